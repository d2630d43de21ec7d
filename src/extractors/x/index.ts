import { defineExtractor } from '../define-extractor';
import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryItemRoots } from '../selector-table';
import { stableId } from '../stable-id';
import type { ExtractedItem, SiteExtractor } from '../types';
import { tweet as tweetTable, tweetAuthor, tweetText } from './selectors';

const X_HOST = /(^|\.)(x|twitter)\.com$/i;
const STATUS_LINK = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/** The tweet's own permalink is the link around its <time>; other status links may be a quoted tweet. */
function statusOf(tweet: Element): { handle: string; id: string } | undefined {
  const links = Array.from(tweet.querySelectorAll('a[href*="/status/"]'));
  const own = links.find((link) => link.querySelector('time')) ?? links[0];
  const match = STATUS_LINK.exec(own?.getAttribute('href') ?? '');
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : undefined;
}

/** X marks text it could not classify (und), hashtag-only (qht) and so on; those are no hint. */
const languageHint = (lang: string | null | undefined): string | undefined =>
  lang && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) && !/^(und|zxx|qme|qht|qam|qst)$/.test(lang) ? lang : undefined;

/** User-Name reads "Display Name" then "@handle·2h": → "Display Name (@handle)". */
function authorOf(userName: string | undefined, handle: string | undefined): string | undefined {
  const lines = (userName ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const name = lines.find((line) => !line.startsWith('@') && line !== '·');
  const at = handle ? `@${handle}` : /@\w{1,15}/.exec(userName ?? '')?.[0];
  if (name && at) return `${name} (${at})`;
  return name ?? at;
}

function extractTweets(root: ParentNode, _url: URL): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  for (const root_ of queryItemRoots(root, tweetTable)) {
    const element = root_.element;
    const matched = [root_.name];
    // The first text in document order is the tweet's own; a quoted tweet's comes after it.
    const textRead = readField(element, tweetText, { multiline: true });
    const text = take(textRead, matched);
    if (!text) continue;
    const status = statusOf(element);
    const postedBy = authorOf(take(readField(element, tweetAuthor, { multiline: true }), matched), status?.handle);
    const post = makePost({
      id: status ? `x:status:${status.id}` : `x:post-text:${stableId([postedBy, text.slice(0, 200)])}`,
      platform: 'x',
      kind: 'social-post',
      url: status ? `https://x.com/${status.handle}/status/${status.id}` : undefined,
      postedBy,
      text,
      lang: languageHint(textRead?.element.getAttribute('lang')),
    });
    if (post) items.push({ post, element, placement: 'feed-item', matched });
  }
  return items;
}

/** X timeline, search and status pages. */
export const xExtractor: SiteExtractor = defineExtractor({
  site: 'x',
  matches: (url) => X_HOST.test(url.hostname),
  extract: extractTweets,
});
