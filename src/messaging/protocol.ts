import { PostSchema } from '../model/post';
import { VerdictSchema } from '../model/verdict';
import { z } from '../model/zod';

/**
 * Every message between content scripts, extension pages and the background, as one discriminated
 * union validated on receipt. Requests carry `type`; each type has one response shape.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /** Score posts read from the page (the engine runs in the background, see README "Architecture"). */
  z.object({ type: z.literal('screen'), posts: z.array(PostSchema).check(z.maxLength(200)) }),
  /**
   * Open the report flow for a flagged post. `sourceTabId` (optional): the tab the post was read in,
   * when the sender is not that tab (the context-menu verdict page); the report page can then
   * capture that tab, which the context-menu click granted activeTab on.
   */
  z.object({ type: z.literal('report/open'), post: PostSchema, verdict: VerdictSchema, sourceTabId: z.optional(z.number()) }),
  /** The user says this post is not a scam: remember it locally and hide the warning. */
  z.object({ type: z.literal('feedback/not-a-scam'), post: PostSchema, verdict: VerdictSchema }),
  /** Send a flagged post to the triage bench. */
  z.object({ type: z.literal('triage/add'), post: PostSchema, verdict: VerdictSchema }),
  /** What was screened on a tab (for the popup). */
  z.object({ type: z.literal('stats/get'), tabId: z.number() }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface TabStats {
  counts: { low: number; medium: number; high: number };
  /** The most recent medium- or high-band post on the tab. */
  latest?: { post: z.infer<typeof PostSchema>; verdict: z.infer<typeof VerdictSchema> };
}

export interface Responses {
  screen: { verdicts: z.infer<typeof VerdictSchema>[] };
  'report/open': { ok: true };
  'feedback/not-a-scam': { ok: true };
  'triage/add': { ok: true; duplicate: boolean };
  'stats/get': TabStats;
}

export type Response<T extends RequestType> = Responses[T] | { error: string };
