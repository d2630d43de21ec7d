import { defineExtractor } from '../define-extractor';
import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryItemRoots } from '../selector-table';
import { stableId } from '../stable-id';
import type { ExtractedItem, SiteExtractor } from '../types';
import { author as authorTable, caption, post as postTable } from './selectors';

const INSTAGRAM_HOST = /(^|\.)instagram\.com$/i;
const SHORTCODE = /\/(p|reel)\/([\w-]+)/;

/** The post's /p/ or /reel/ link; on a permalink page (one post) the URL path also names it. */
function shortcodeOf(post: Element, pagePath: string | undefined): { kind: string; code: string } | undefined {
  const hrefs = Array.from(post.querySelectorAll('a[href*="/p/"], a[href*="/reel/"]')).map((a) => a.getAttribute('href') ?? '');
  for (const value of pagePath ? [...hrefs, pagePath] : hrefs) {
    const match = SHORTCODE.exec(value);
    if (match?.[1] && match[2]) return { kind: match[1], code: match[2] };
  }
  return undefined;
}

function extractInstagramPosts(root: ParentNode, url: URL): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  const posts = queryItemRoots(root, postTable);
  for (const root_ of posts) {
    const element = root_.element;
    const matched = [root_.name];
    const postedBy = take(readField(element, authorTable), matched);
    // Skip rows that are only the author's handle.
    const text = take(
      readField(element, caption, { multiline: true, accept: (value) => value !== postedBy }),
      matched,
    );
    if (!text) continue;
    const code = shortcodeOf(element, posts.length === 1 ? url.pathname : undefined);
    const post = makePost({
      id: code ? `instagram:post:${code.code}` : `instagram:post-text:${stableId([postedBy, text.slice(0, 200)])}`,
      platform: 'instagram',
      kind: 'social-post',
      url: code ? `https://www.instagram.com/${code.kind}/${code.code}/` : undefined,
      postedBy,
      text,
    });
    if (post) items.push({ post, element, placement: 'feed-item', matched });
  }
  return items;
}

/** Instagram feed and permalink posts: the caption only; comments are not read. */
export const instagramExtractor: SiteExtractor = defineExtractor({
  site: 'instagram',
  matches: (url) => INSTAGRAM_HOST.test(url.hostname),
  extract: extractInstagramPosts,
});
