import type { TriageDatabase } from '../db/open';
import { cleanTag, cleanTags, newReview, type Review, type ReviewStatus } from '../model';

/** A change to apply to one or many ads' reviews; absent parts stay as they are. */
export interface ReviewChange {
  status?: ReviewStatus;
  note?: string;
  /** Replaces the tags. */
  tags?: readonly string[];
  addTags?: readonly string[];
  removeTags?: readonly string[];
}

export const MAX_NOTE_CHARS = 20_000;

/** The review after a change (pure). */
export function applyReviewChange(review: Review, change: ReviewChange, at: string): Review {
  let tags = change.tags !== undefined ? cleanTags(change.tags) : review.tags;
  if (change.addTags) tags = cleanTags([...tags, ...change.addTags]);
  if (change.removeTags) {
    const drop = new Set(change.removeTags.map((t) => cleanTag(t).toLowerCase()));
    tags = tags.filter((t) => !drop.has(t.toLowerCase()));
  }
  return {
    adId: review.adId,
    status: change.status ?? review.status,
    note: change.note !== undefined ? change.note.slice(0, MAX_NOTE_CHARS) : review.note,
    tags,
    updatedAt: at,
  };
}

/** Applies a change to the reviews of the given ads in one transaction; returns the new reviews. Unknown ids are skipped. */
export async function updateReviews(db: TriageDatabase, ids: readonly string[], change: ReviewChange, at: string): Promise<Review[]> {
  const tx = db.transaction(['reviews', 'ads'], 'readwrite');
  const reviews = tx.objectStore('reviews');
  const out: Review[] = [];
  const [current, exists] = await Promise.all([
    Promise.all(ids.map((id) => reviews.get(id))),
    Promise.all(ids.map((id) => tx.objectStore('ads').getKey(id))),
  ]);
  const writes: Promise<unknown>[] = [];
  ids.forEach((id, i) => {
    if (exists[i] === undefined) return;
    const next = applyReviewChange(current[i] ?? newReview(id, at), change, at);
    out.push(next);
    writes.push(reviews.put(next));
  });
  await Promise.all([...writes, tx.done]);
  return out;
}

/** Puts whole reviews (restoring a case file): each replaces the stored one only when it is newer. */
export async function mergeReviews(db: TriageDatabase, incoming: readonly Review[]): Promise<number> {
  const tx = db.transaction('reviews', 'readwrite');
  const current = await Promise.all(incoming.map((r) => tx.store.get(r.adId)));
  let changed = 0;
  const writes: Promise<unknown>[] = [];
  incoming.forEach((review, i) => {
    const old = current[i];
    if (old && old.updatedAt >= review.updatedAt) return;
    changed++;
    writes.push(tx.store.put(review));
  });
  await Promise.all([...writes, tx.done]);
  return changed;
}

export async function allReviews(db: TriageDatabase): Promise<Review[]> {
  return db.getAll('reviews');
}
