import type { ExtractedItem, SiteExtractor } from './types';

/**
 * Wraps an extractor so odd markup can never break the page or the content script: any exception
 * becomes "nothing found here".
 */
export function defineExtractor(extractor: SiteExtractor): SiteExtractor {
  return {
    site: extractor.site,
    matches(url) {
      try {
        return extractor.matches(url);
      } catch {
        return false;
      }
    },
    extract(root, url): ExtractedItem[] {
      try {
        return extractor.extract(root, url);
      } catch {
        return [];
      }
    },
  };
}

/** Runs each part on its own, so a failure in (say) the card reader still leaves the detail. */
export function collectEach(parts: readonly (() => ExtractedItem[])[]): ExtractedItem[] {
  return parts.flatMap((part) => {
    try {
      return part();
    } catch {
      return [];
    }
  });
}
