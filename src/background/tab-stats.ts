import type { Handlers } from '../messaging/handle';
import type { TabStats } from '../messaging/protocol';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';

// Kept in memory only: counts for the popup, never written to disk.
const stats = new Map<number, TabStats>();

export function recordVerdicts(tabId: number, posts: readonly Post[], verdicts: readonly Verdict[]): void {
  const s = stats.get(tabId) ?? { counts: { low: 0, medium: 0, high: 0 } };
  verdicts.forEach((v, i) => {
    s.counts[v.band]++;
    if (v.band !== 'low' && v.isJobOffer) s.latest = { post: posts[i]!, verdict: v };
  });
  stats.set(tabId, s);
}

export function forgetTab(tabId: number): void {
  stats.delete(tabId);
}

export const handleStats: Handlers['stats/get'] = async (request) => stats.get(request.tabId) ?? { counts: { low: 0, medium: 0, high: 0 } };
