import { defineExtractor } from '../define-extractor';
import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryItemRoots } from '../selector-table';
import { stableId } from '../stable-id';
import type { ExtractedItem, SiteExtractor } from '../types';
import { FACEBOOK_TEXT_SKIP, post as postTable, postAuthor, postText } from './selectors';

const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;
/** /groups/<g>/posts/<id>, /<page>/posts/<id or pfbid…>, permalink.php?story_fbid=<id>, /permalink/<id>. */
const POST_ID = /\/posts\/([\w]+)|[?&]story_fbid=([\w]+)|\/permalink\/(\d+)/;
const MIN_TEXT_LENGTH = 2;

const ARTICLE = '[role="article"]';

/** A comment is an article inside another article. */
const isTopLevel = (element: Element): boolean => !element.parentElement?.closest(ARTICLE);

/**
 * Inside a comment: in an article, within the post, that is not the post's own (outermost) article.
 * A feed item may wrap its post in an article; comments are articles nested inside that.
 */
function inComment(candidate: Element, post: Element): boolean {
  const article = candidate.closest(ARTICLE);
  if (!article || article === post || !post.contains(article)) return false;
  const outer = article.parentElement?.closest(ARTICLE);
  return Boolean(outer && (outer === post || post.contains(outer)));
}

function permalink(post: Element, pageUrl: URL): { id: string; url: string } | undefined {
  for (const link of Array.from(post.querySelectorAll('a[href*="/posts/"], a[href*="story_fbid"], a[href*="/permalink/"]'))) {
    const href = link.getAttribute('href') ?? '';
    const match = POST_ID.exec(href);
    const id = match?.[1] ?? match?.[2] ?? match?.[3];
    if (!id) continue;
    try {
      const url = new URL(href, pageUrl);
      url.search = url.searchParams.has('story_fbid') ? `?story_fbid=${id}` : '';
      return { id, url: url.href };
    } catch {
      return { id, url: pageUrl.href };
    }
  }
  return undefined;
}

function extractFacebookPosts(root: ParentNode, url: URL): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  const skip = FACEBOOK_TEXT_SKIP;
  for (const root_ of queryItemRoots(root, postTable, isTopLevel)) {
    const element = root_.element;
    const matched = [root_.name];
    const author = readField(element, postAuthor, { skip, accept: (_, candidate) => !inComment(candidate, element) });
    // The dir="auto" fallback must not pick the author's name or a comment.
    const text = take(
      readField(element, postText, {
        skip,
        multiline: true,
        accept: (value, candidate) =>
          value.length >= MIN_TEXT_LENGTH &&
          !candidate.closest('h2, h3, h4') &&
          !(author && (author.element.contains(candidate) || candidate.contains(author.element))) &&
          !inComment(candidate, element),
      }),
      matched,
    );
    if (!text) continue;
    const postedBy = take(author, matched);
    const link = permalink(element, url);
    const post = makePost({
      id: link ? `facebook:post:${link.id}` : `facebook:post-text:${stableId([postedBy, text.slice(0, 200)])}`,
      platform: 'facebook',
      kind: 'social-post',
      url: link?.url,
      postedBy,
      text,
    });
    if (post) items.push({ post, element, placement: 'feed-item', matched });
  }
  return items;
}

/** Facebook feed, group and permalink posts. */
export const facebookExtractor: SiteExtractor = defineExtractor({
  site: 'facebook',
  matches: (url) => FACEBOOK_HOST.test(url.hostname),
  extract: extractFacebookPosts,
});
