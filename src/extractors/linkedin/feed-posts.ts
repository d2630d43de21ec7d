import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryItemRoots } from '../selector-table';
import { stableId } from '../stable-id';
import type { ExtractedItem } from '../types';
import { feedAuthor, feedPost, feedText, LINKEDIN_TEXT_SKIP } from './selectors';
import { findActivityUrn, linkedInPostUrl } from './urls';

const URN_ATTRIBUTES = ['data-urn', 'data-id', 'data-activity-urn', 'componentkey'];

/**
 * The post's own activity URN: on the root or its wrappers first (a reshare holds the original's URN
 * further down), then the timestamp link to /feed/update/urn:li:activity:<id>.
 */
function postUrn(post: Element): { type: string; id: string } | undefined {
  let node: Element | null = post;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    for (const attribute of URN_ATTRIBUTES) {
      const urn = findActivityUrn(node.getAttribute(attribute));
      if (urn) return urn;
    }
  }
  for (const link of Array.from(post.querySelectorAll('a[href*="urn:li:"]'))) {
    const urn = findActivityUrn(link.getAttribute('href'));
    if (urn) return urn;
  }
  return undefined;
}

/** Feed posts with their commentary; posts without text (a bare image, a like) are skipped. */
export function extractLinkedInFeedPosts(root: ParentNode, _url: URL): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  const skip = LINKEDIN_TEXT_SKIP;
  for (const root_ of queryItemRoots(root, feedPost)) {
    const element = root_.element;
    const matched = [root_.name];
    const text = take(readField(element, feedText, { skip, multiline: true }), matched);
    if (!text) continue;
    // An SDUI profile link holds name, headline and time on separate lines; the name is the first.
    const postedBy = take(readField(element, feedAuthor, { skip, multiline: true }), matched)?.split('\n')[0];
    const urn = postUrn(element);
    const post = makePost({
      id: urn ? `linkedin:${urn.type}:${urn.id}` : `linkedin:post-text:${stableId([postedBy, text.slice(0, 200)])}`,
      platform: 'linkedin',
      kind: 'social-post',
      url: urn ? linkedInPostUrl(urn) : undefined,
      postedBy,
      text,
    });
    if (post) items.push({ post, element, placement: 'feed-item', matched });
  }
  return items;
}
