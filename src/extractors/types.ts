import type { Post } from '../model/post';

/** Where the overlay goes: over a whole job ad, on a card in a list, or on one item of a feed or chat. */
export type Placement = 'detail' | 'card' | 'feed-item';

export interface ExtractedItem {
  post: Post;
  /** The element the overlay or badge anchors to. */
  element: Element;
  placement: Placement;
  /** Names of the selector alternatives (and fallbacks) that matched, e.g. 'linkedin.jobTitle#classic-2026'. */
  matched: string[];
}

export interface SiteExtractor {
  /** Site family, also used as Post.platform unless the extractor knows better. */
  site: string;
  matches(url: URL): boolean;
  /** Reads the page; never throws and never modifies it. */
  extract(root: ParentNode, url: URL): ExtractedItem[];
}
