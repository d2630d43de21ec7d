import type { Post } from '../model/post';
import { facebookExtractor } from './facebook';
import { indeedExtractor } from './indeed';
import { instagramExtractor } from './instagram';
import { jsonLdJobBoardExtractor } from './job-boards';
import { jobstreetExtractor } from './jobstreet';
import { linkedinExtractor } from './linkedin';
import { makePost } from './make-post';
import { stableId } from './stable-id';
import { MAX_TEXT_LENGTH } from './text';
import type { ExtractedItem, SiteExtractor } from './types';
import { xExtractor } from './x';
import { telegramExtractor } from './telegram';

export const EXTRACTORS: readonly SiteExtractor[] = [
  linkedinExtractor,
  facebookExtractor,
  xExtractor,
  telegramExtractor,
  instagramExtractor,
  jobstreetExtractor,
  indeedExtractor,
  jsonLdJobBoardExtractor,
];

/**
 * Our demo page (tests/fixtures/demo/linkedin-like--<yyyy-mm>.html), served locally or opened as a
 * file, uses LinkedIn's classic markup so the LinkedIn extractor reads it.
 */
export function isWaspadaDemoPage(url: URL): boolean {
  const local = url.protocol === 'file:' || /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname);
  return local && /\/linkedin-like--\d{4}-\d{2}\.html$/.test(url.pathname);
}

/** The extractors for a page's URL (usually one). */
export function extractorsFor(url: URL): SiteExtractor[] {
  if (isWaspadaDemoPage(url)) return [linkedinExtractor];
  return EXTRACTORS.filter((extractor) => extractor.matches(url));
}

/** Every item on the page, from every extractor that matches its URL. */
export function extractPage(root: ParentNode, url: URL): ExtractedItem[] {
  return extractorsFor(url).flatMap((extractor) => extractor.extract(root, url));
}

/** Site family of a URL for a pasted or selected text, e.g. 'linkedin'; undefined for other sites. */
function platformOf(url: URL | undefined): string | undefined {
  return url ? EXTRACTORS.find((extractor) => extractor.matches(url))?.site : undefined;
}

/**
 * A Post for text the user selected ("Check with Waspada" in the context menu) or pasted. The text
 * is kept as given (up to the cap); undefined when it is blank.
 */
export function selectionToPost(text: string, url?: URL | string): Post | undefined {
  let pageUrl: URL | undefined;
  try {
    pageUrl = url === undefined ? undefined : new URL(url);
  } catch {
    pageUrl = undefined;
  }
  const clipped = text.slice(0, MAX_TEXT_LENGTH);
  return makePost({
    id: `pasted:${stableId([pageUrl?.href, clipped.slice(0, 200)])}`,
    platform: platformOf(pageUrl) ?? 'paste',
    kind: 'pasted',
    url: pageUrl?.href,
    text: clipped,
  });
}
