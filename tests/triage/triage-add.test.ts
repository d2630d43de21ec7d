import { describe, expect, it } from 'vitest';
import { createTriageAdd } from '../../src/background/triage-add';
import { screenPost } from '../../src/engine/screen-post';
import type { Post } from '../../src/model/post';
import { DbHandle } from '../../src/triage/db/open';
import { adRecord, allAdRecords } from '../../src/triage/repo/ads';
import { clustersStale } from '../../src/triage/repo/clusters';
import { rulePack } from '../helpers/rule-pack';
import { freshDb } from './helpers';

const post: Post = { kind: 'job-posting', platform: 'linkedin', url: 'https://www.linkedin.com/jobs/view/1', title: 'Operator Laos', company: '', text: 'Operator job in Golden Triangle SEZ, Laos. Free visa and ticket. Telegram @laos_jobs_hr' };

describe('send to bench (triage/add)', () => {
  it('stores the post once, as new, with a verdict of its own, and marks clusters stale', async () => {
    const { db, name } = await freshDb();
    const add = createTriageAdd({ db: new DbHandle({ name }), pack: () => rulePack().pack, now: () => new Date('2026-11-27T10:00:00Z'), isPrivateTab: async () => false });
    const forged = { ...screenPost(post, rulePack().pack), score: 0, band: 'low' as const };
    expect(await add({ type: 'triage/add', post, verdict: forged }, { tabId: 4 })).toEqual({ ok: true, duplicate: false });
    expect(await add({ type: 'triage/add', post: { ...post, text: `  ${post.text.toUpperCase()} ` }, verdict: forged }, { tabId: 4 })).toEqual({ ok: true, duplicate: true });
    const [record] = await allAdRecords(db);
    expect(record!.ad).toMatchObject({ importId: 'browsing', ref: post.url, addedAt: '2026-11-27T10:00:00.000Z' });
    expect(record!.ad.post.company).toBeUndefined(); // empty fields are not stored
    expect(record!.review.status).toBe('new');
    expect(record!.verdict.verdict).toEqual(screenPost(record!.ad.post, rulePack().pack));
    expect(await clustersStale(db)).toBe(true);
    expect(await adRecord(db, 'nope')).toBeUndefined();
  });

  it('stores nothing from a private window', async () => {
    const { db, name } = await freshDb();
    const add = createTriageAdd({ db: new DbHandle({ name }), pack: () => rulePack().pack, now: () => new Date(), isPrivateTab: async (id) => id === 7 });
    await expect(add({ type: 'triage/add', post, verdict: screenPost(post, rulePack().pack) }, { tabId: 7 })).rejects.toThrow(/private/);
    expect(await allAdRecords(db)).toEqual([]);
  });
});
