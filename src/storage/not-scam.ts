import { fnv1a } from '../data/hash';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';
import { BANDS } from '../model/verdict';
import { z } from '../model/zod';
import { LOCAL_KEYS } from './layout';
import { readLocal, updateLocal, watchLocal, writeLocal } from './store';

/**
 * Posts the user marked "not a scam". Kept on this device only, to hide the warning on that post
 * from then on; nothing is sent anywhere. Only what the user needs to recognise the entry in the
 * options page is stored (title, company, the start of the text), not the whole post.
 */

export const NOT_SCAM_LIMIT = 1000;
const EXCERPT = 160;

export const NotScamEntrySchema = z.object({
  /** Keys that identify the post (see notScamKeys); any one matching counts. */
  keys: z.array(z.string()).check(z.minLength(1)),
  savedAt: z.string(),
  platform: z.nullable(z.string()),
  url: z.nullable(z.string()),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  excerpt: z.string(),
  band: z.enum(BANDS),
  score: z.number(),
  rulePackVersion: z.string(),
});
export type NotScamEntry = z.infer<typeof NotScamEntrySchema>;

const squash = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The keys a post is remembered by: its platform id when the extractor gave one, and a hash of its
 * text (so the same ad seen in a feed and on its own page, or reposted, still matches).
 */
export function notScamKeys(post: Post): string[] {
  const platform = squash(post.platform).toLowerCase();
  const keys: string[] = [];
  if (post.id) keys.push(`id:${platform}:${post.id}`);
  const text = squash(post.text).toLowerCase();
  if (text) keys.push(`text:${fnv1a(text)}`);
  return keys;
}

export function makeNotScamEntry(post: Post, verdict: Verdict, savedAt: string): NotScamEntry {
  const text = squash(post.text);
  return {
    keys: notScamKeys(post),
    savedAt,
    platform: squash(post.platform) || null,
    url: post.url ?? null,
    title: squash(post.title) || null,
    company: squash(post.company) || null,
    excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
    band: verdict.band,
    score: verdict.score,
    rulePackVersion: verdict.rulePackVersion,
  };
}

const asArray = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : []);
const keysOf = (item: unknown): string[] => {
  const keys = typeof item === 'object' && item !== null ? (item as { keys?: unknown }).keys : undefined;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
};

export function parseNotScam(raw: unknown): { entries: NotScamEntry[]; unreadable: number } {
  const entries: NotScamEntry[] = [];
  let unreadable = 0;
  for (const item of asArray(raw)) {
    const parsed = NotScamEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else unreadable++;
  }
  return { entries, unreadable };
}

/** Pure: the stored list with `entry` first, replacing entries that share a key, capped. */
export function withNotScam(raw: unknown, entry: NotScamEntry, limit = NOT_SCAM_LIMIT): unknown[] {
  const keys = new Set(entry.keys);
  return [entry, ...asArray(raw).filter((item) => !keysOf(item).some((k) => keys.has(k)))].slice(0, limit);
}

/** Every key of every stored entry, for a fast `has` check in content scripts. */
export function notScamKeySet(raw: unknown): Set<string> {
  return new Set(asArray(raw).flatMap(keysOf));
}

export async function markNotScam(post: Post, verdict: Verdict, savedAt: string = new Date().toISOString()): Promise<NotScamEntry> {
  const entry = makeNotScamEntry(post, verdict, savedAt);
  await updateLocal(LOCAL_KEYS.notScam, (raw) => withNotScam(raw, entry));
  return entry;
}

export async function isMarkedNotScam(post: Post): Promise<boolean> {
  const keys = notScamKeySet(await readLocal(LOCAL_KEYS.notScam));
  return notScamKeys(post).some((k) => keys.has(k));
}

export async function listNotScam(): Promise<{ entries: NotScamEntry[]; unreadable: number }> {
  return parseNotScam(await readLocal(LOCAL_KEYS.notScam));
}

/** Forgets one entry (by any of its keys): the warning shows again on that post. */
export async function unmarkNotScam(key: string): Promise<void> {
  await updateLocal(LOCAL_KEYS.notScam, (raw) => asArray(raw).filter((item) => !keysOf(item).includes(key)));
}

export async function clearNotScam(): Promise<void> {
  await writeLocal(LOCAL_KEYS.notScam, []);
}

export function watchNotScam(callback: (keys: Set<string>) => void): () => void {
  return watchLocal(LOCAL_KEYS.notScam, (value) => callback(notScamKeySet(value)));
}
