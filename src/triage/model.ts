import type { ImportError, ImportFormat } from '../import/types';
import type { Post } from '../model/post';
import type { Band, EntityType, Verdict } from '../model/verdict';

/** A reviewer's decision on one ad; every new ad starts as `new`. */
export const REVIEW_STATUSES = ['new', 'reviewing', 'confirmed', 'false-positive', 'reported'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Where an ad came from when it was not a file or a paste: "send to bench" from a page. */
export const BROWSING_IMPORT_ID = 'browsing';

/**
 * One stored ad: what was imported, exactly as read, never changed afterwards. The key is the
 * content hash of title + company + text (src/import/content-hash.ts), so importing the same ad
 * again finds it, whatever its row or id in the new file.
 */
export interface StoredAd {
  id: string;
  post: Post;
  /** The import that brought it (`imp-…`), or `browsing`. */
  importId: string;
  /** Its position in that import ('row 7', 'line 3', 'ad 2'), or the page it was sent from. */
  ref: string;
  /** Unmapped input columns, e.g. a `label` column or EMSCAD's `fraudulent`. */
  extra?: Record<string, string>;
  /** ISO-8601 time it was stored. */
  addedAt: string;
}

/** The engine's verdict on an ad; replaced when the rule pack changes. */
export interface StoredVerdict {
  adId: string;
  verdict: Verdict;
  scoredAt: string;
}

/**
 * What the `ads` store holds: the ad with its verdict, one record per ad (IndexedDB's cost is per
 * write, not per byte: see db/schema.ts), and the key of the row chunk that holds its table row.
 */
export interface AdEntry extends StoredAd {
  verdict: Verdict;
  scoredAt: string;
  rowChunk: string;
}

/** Table rows stored together, one record per import batch (see db/schema.ts). */
export interface RowChunk {
  id: string;
  rows: TriageRow[];
}

/**
 * The reviewer's work on one ad. Kept apart from the ad so re-scoring never touches it. Written on
 * the first change: an ad without one is `new` (`newReview`), which saves a write per imported ad.
 */
export interface Review {
  adId: string;
  status: ReviewStatus;
  note: string;
  /** Short labels; never contain ';' or line breaks (see `cleanTag`), so CSV can join them. */
  tags: string[];
  /** ISO-8601 time of the last change (the import time for an untouched ad). */
  updatedAt: string;
}

/**
 * What the table and the clustering need about an ad, derived from the ad and its verdict and
 * rebuilt whenever the verdict is (never edited by hand). Small, so 10,000 of them load at once.
 */
export interface TriageRow {
  id: string;
  score: number;
  band: Band;
  isJobOffer: boolean;
  /** Title, else the first line of the text, at most 140 characters. */
  title: string;
  lang: string;
  platform: string;
  /** ISO country codes of the phone numbers in the ad (upper case), sorted. */
  countries: string[];
  /** `post.capturedAt` when given, else when it was stored. */
  date: string;
  addedAt: string;
  importId: string;
  /** Fired red-flag and combo rules, strongest first. */
  ruleIds: string[];
  categories: string[];
  /** Cluster link keys of the ad's contacts (`telegram:example_hr`, `phone:+6281…`), sorted. */
  links: string[];
  /** MinHash of the masked text (see cluster/minhash.ts); absent for very short texts. */
  signature?: Uint32Array;
  rulePackVersion: string;
}

/** One contact shared by several ads of a cluster. */
export interface SharedLink {
  key: string;
  type: LinkType;
  /** As shown to people: '+6281234567890', '@example_hr', 'recruit-asia.com'. */
  value: string;
  /** Ads in the cluster that carry it. */
  count: number;
}

export type LinkType = Exclude<EntityType, 'money' | 'url'> | 'url';

/**
 * A group of ads (two or more), derived from the rows. `contact`: ads linked by shared contacts,
 * directly or through a chain (A and B share a phone, B and C a Telegram handle). `text`: ads whose
 * texts are the same template with other numbers. The two kinds are built separately, so a common
 * template cannot chain hundreds of unrelated recruiters into one group (an ad can be in one of each).
 */
export interface Cluster {
  /** `c-` (contact) or `t-` (text) + the smallest ad id in it, so it keeps its id while that ad stays in it. */
  id: string;
  kind: 'contact' | 'text';
  /** Highest score first. */
  adIds: string[];
  /** Contacts carried by ≥ 2 of its ads, most shared first (a text cluster may have none). */
  shared: SharedLink[];
  maxBand: Band;
  maxScore: number;
}

/** One import, as remembered for the import panel (errors capped at MAX_LOGGED_ERRORS). */
export interface ImportLog {
  id: string;
  at: string;
  /** File name, 'paste', or 'browsing'. */
  source: string;
  format: ImportFormat | 'case-file';
  total: number;
  added: number;
  duplicates: number;
  errorCount: number;
  errors: ImportError[];
  cancelled: boolean;
  /** How long it took, import and scoring, in ms. */
  ms: number;
}

export const MAX_LOGGED_ERRORS = 1000;

/** Everything the bench shows about one ad, joined. */
export interface AdRecord {
  ad: StoredAd;
  verdict: StoredVerdict;
  review: Review;
}

export function newReview(adId: string, at: string): Review {
  return { adId, status: 'new', note: '', tags: [], updatedAt: at };
}

const MAX_TAG = 40;

/** A tag as stored: trimmed, inner spaces collapsed, no ';' or line breaks, at most 40 characters; '' when nothing is left. */
export function cleanTag(tag: string): string {
  return tag.replace(/[;\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG).trim();
}

/** Tags cleaned, empty ones dropped, each once (first spelling kept), in the given order. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tags) {
    const tag = cleanTag(t);
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

const OPTIONAL_POST_FIELDS = ['id', 'platform', 'url', 'kind', 'title', 'company', 'location', 'salary', 'postedBy', 'lang', 'capturedAt'] as const;

/**
 * The post as stored: optional fields that are empty strings are left out, so a CSV export (where
 * "" and "absent" look the same) restores it exactly. Everything else is kept as written.
 */
export function canonicalPost(post: Post): Post {
  const out: Post = { text: post.text };
  for (const key of OPTIONAL_POST_FIELDS) {
    const value = post[key];
    if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
