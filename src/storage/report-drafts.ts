import { browser } from 'wxt/browser';
import { PostSchema } from '../model/post';
import { VerdictSchema } from '../model/verdict';
import { z } from '../model/zod';
import { DRAFT_PREFIX, SESSION_FALLBACK_PREFIX } from './layout';

/**
 * Reports being prepared. A draft is written when the user presses Report and read by report.html.
 * It lives in storage.session (memory only, gone when the browser closes); where a browser has no
 * session area it goes to storage.local under a prefix and is pruned after a day.
 */

/** Longest screenshot kept, as data-URL characters (≈2.2 MB of image); storage.session holds 10 MB in all. */
export const MAX_SCREENSHOT_CHARS = 3_000_000;
/** Drafts kept at most; the oldest go first. */
export const MAX_DRAFTS = 6;
const FALLBACK_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/;

export const ScreenshotSchema = z.object({
  dataUrl: z.string().check(z.regex(DATA_URL), z.maxLength(MAX_SCREENSHOT_CHARS)),
  capturedAt: z.string(),
  /** tab: captured by Waspada from the post's tab; file: an image the user chose. */
  source: z.enum(['tab', 'file']),
});
export type Screenshot = z.infer<typeof ScreenshotSchema>;

export const ReportDraftSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{4,64}$/)),
  createdAt: z.string(),
  post: PostSchema,
  verdict: VerdictSchema,
  /** The tab the post was read in, to go back to it for a screenshot. */
  sourceTabId: z.optional(z.number()),
  sourceWindowId: z.optional(z.number()),
  screenshot: z.optional(ScreenshotSchema),
  /** The tab showing report.html for this draft, so the popup can return to it after a capture. */
  reportTabId: z.optional(z.number()),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

type Area = { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string | string[]): Promise<void> };

function draftArea(): { area: Area; prefix: string; kind: 'session' | 'local' } {
  const session = (browser.storage as unknown as { session?: Area }).session;
  if (session && typeof session.get === 'function') return { area: session, prefix: DRAFT_PREFIX, kind: 'session' };
  return { area: browser.storage.local as unknown as Area, prefix: SESSION_FALLBACK_PREFIX + DRAFT_PREFIX, kind: 'local' };
}

/** Where drafts are kept in this browser (shown in the privacy notes). */
export function draftStorageKind(): 'session' | 'local' {
  return draftArea().kind;
}

export function newDraftId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from({ length: 4 }, () => Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0')).join('-');
}

async function allDrafts(): Promise<{ key: string; draft: ReportDraft }[]> {
  const { area, prefix } = draftArea();
  const all = await area.get(null);
  const out: { key: string; draft: ReportDraft }[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const parsed = ReportDraftSchema.safeParse(value);
    if (parsed.success) out.push({ key, draft: parsed.data });
  }
  return out.sort((a, b) => (a.draft.createdAt < b.draft.createdAt ? 1 : a.draft.createdAt > b.draft.createdAt ? -1 : 0));
}

/** Keeps the newest MAX_DRAFTS drafts (and, in the storage.local fallback, only those younger than a day). */
export async function pruneDrafts(now: number = Date.now()): Promise<void> {
  const { area, prefix, kind } = draftArea();
  const all = await area.get(null);
  const drafts = await allDrafts();
  const keep = new Set(
    drafts
      .filter((d) => kind === 'session' || now - Date.parse(d.draft.createdAt) < FALLBACK_MAX_AGE_MS)
      .slice(0, MAX_DRAFTS)
      .map((d) => d.key),
  );
  const drop = Object.keys(all).filter((k) => k.startsWith(prefix) && !keep.has(k));
  if (drop.length > 0) await area.remove(drop);
}

export interface NewDraft {
  readonly post: ReportDraft['post'];
  readonly verdict: ReportDraft['verdict'];
  readonly sourceTabId?: number;
  readonly sourceWindowId?: number;
  readonly screenshot?: Screenshot;
  readonly id?: string;
  readonly createdAt?: string;
}

export async function saveDraft(input: NewDraft): Promise<ReportDraft> {
  const draft = ReportDraftSchema.parse({
    id: input.id ?? newDraftId(),
    createdAt: input.createdAt ?? new Date().toISOString(),
    post: input.post,
    verdict: input.verdict,
    ...(input.sourceTabId !== undefined ? { sourceTabId: input.sourceTabId } : {}),
    ...(input.sourceWindowId !== undefined ? { sourceWindowId: input.sourceWindowId } : {}),
    ...(input.screenshot ? { screenshot: input.screenshot } : {}),
  });
  const { area, prefix } = draftArea();
  await area.set({ [prefix + draft.id]: draft });
  await pruneDrafts();
  return draft;
}

export async function getDraft(id: string): Promise<ReportDraft | undefined> {
  const { area, prefix } = draftArea();
  const key = prefix + id;
  const { [key]: value } = await area.get(key);
  const parsed = ReportDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Adds (or with undefined removes) the screenshot of a draft. */
export async function setDraftScreenshot(id: string, screenshot: Screenshot | undefined): Promise<ReportDraft> {
  const draft = await getDraft(id);
  if (!draft) throw new Error('this report draft is no longer available');
  const next: ReportDraft = { ...draft };
  if (screenshot) next.screenshot = ScreenshotSchema.parse(screenshot);
  else delete next.screenshot;
  const { area, prefix } = draftArea();
  await area.set({ [prefix + id]: next });
  return next;
}

/** Records the tab that shows this draft's report page. */
export async function setDraftReportTab(id: string, tabId: number): Promise<void> {
  const draft = await getDraft(id);
  if (!draft || draft.reportTabId === tabId) return;
  const { area, prefix } = draftArea();
  await area.set({ [prefix + id]: { ...draft, reportTabId: tabId } });
}

/** The newest draft opened from `tabId`, so the popup on that tab can add a screenshot to it. */
export async function latestDraftForTab(tabId: number): Promise<ReportDraft | undefined> {
  return (await allDrafts()).find((d) => d.draft.sourceTabId === tabId)?.draft;
}

export async function deleteAllDrafts(): Promise<void> {
  const { area, prefix } = draftArea();
  const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix));
  if (keys.length > 0) await area.remove(keys);
}

/** Calls back with the draft whenever it changes (a screenshot added from the popup, say). */
export function watchDraft(id: string, callback: (draft: ReportDraft | undefined) => void): () => void {
  const { prefix, kind } = draftArea();
  const key = prefix + id;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== kind || !(key in changes)) return;
    const parsed = ReportDraftSchema.safeParse(changes[key]!.newValue);
    callback(parsed.success ? parsed.data : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
