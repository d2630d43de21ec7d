import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleFeedback } from '../../src/background/feedback';
import {
  clearNotScam,
  isMarkedNotScam,
  listNotScam,
  makeNotScamEntry,
  markNotScam,
  notScamKeys,
  notScamKeySet,
  unmarkNotScam,
  watchNotScam,
  withNotScam,
} from '../../src/storage/not-scam';
import { resetMigrationState } from '../../src/storage/store';
import { makePost, makeVerdict } from '../report/fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});

describe('notScamKeys', () => {
  it('uses the platform id and a hash of the text, ignoring spacing and case', () => {
    const keys = notScamKeys(makePost({ id: 'urn:1', platform: 'LinkedIn', text: 'Hello   World' }));
    expect(keys[0]).toBe('id:linkedin:urn:1');
    expect(keys[1]).toBe(notScamKeys(makePost({ id: undefined, text: ' hello world ' }))[0]);
  });
});

describe('"not a scam" entries', () => {
  it('store only what is needed to recognise the post', () => {
    const post = makePost({ text: 'x'.repeat(500) });
    const entry = makeNotScamEntry(post, makeVerdict(makePost()), '2026-11-27T10:00:00Z');
    expect(entry.excerpt.length).toBeLessThanOrEqual(160);
    expect(JSON.stringify(entry)).not.toContain('x'.repeat(200));
    expect(entry).toMatchObject({ band: 'high', title: 'Customer Service di Kamboja', company: 'PT Sukses Jaya' });
  });

  it('replace an earlier entry for the same post and keep unreadable items', () => {
    const post = makePost();
    const e = makeNotScamEntry(post, makeVerdict(post), '2026-11-27T10:00:00Z');
    const raw = withNotScam(withNotScam(['junk'], e), { ...e, savedAt: 'later' });
    expect(raw).toHaveLength(2);
    expect(notScamKeySet(raw).has(e.keys[0]!)).toBe(true);
  });
});

describe('feedback/not-a-scam', () => {
  it('remembers the post locally, and it can be listed, unmarked and cleared', async () => {
    const post = makePost();
    expect(await handleFeedback({ type: 'feedback/not-a-scam', post, verdict: makeVerdict(post) }, {})).toEqual({ ok: true });
    expect(await isMarkedNotScam(post)).toBe(true);
    expect(await isMarkedNotScam(makePost({ id: 'other', text: 'different text' }))).toBe(false);
    const { entries } = await listNotScam();
    expect(entries).toHaveLength(1);
    await unmarkNotScam(entries[0]!.keys[1]!);
    expect(await isMarkedNotScam(post)).toBe(false);
    await markNotScam(post, makeVerdict(post));
    await clearNotScam();
    expect((await listNotScam()).entries).toEqual([]);
  });

  it('tells watchers (content scripts) about changes', async () => {
    const sizes: number[] = [];
    const stop = watchNotScam((keys) => sizes.push(keys.size));
    const post = makePost();
    await markNotScam(post, makeVerdict(post));
    stop();
    expect(sizes).toEqual([2]);
  });
});
