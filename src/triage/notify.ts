/**
 * Change notices between extension contexts (the bench page, its workers, the background, the
 * options page) over a BroadcastChannel, which every extension context of the origin shares.
 */
const CHANNEL = 'waspada-triage';

export type TriageNotice =
  /** Ads were added or changed elsewhere (an ad sent from a page): reload. */
  | { type: 'changed' }
  /** Everything was deleted (options page): drop what is shown. */
  | { type: 'deleted' };

export function notifyTriage(notice: TriageNotice): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(notice);
  channel.close();
}

/** Calls `listener` for notices from other contexts; returns the function that stops listening. */
export function listenTriage(listener: (notice: TriageNotice) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TriageNotice>) => listener(event.data);
  return () => channel.close();
}
