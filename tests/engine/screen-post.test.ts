import { describe, expect, test } from 'vitest';
import { MAX_SCREENED_CHARS, screenPost } from '../../src/engine/screen-post';
import { POST_TEXT_FIELDS, type Post } from '../../src/model/post';
import { VerdictSchema } from '../../src/model/verdict';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

describe('screenPost', () => {
  const risky: Post = {
    kind: 'social-post',
    title: 'Customer Service – Overseas',
    text: 'Lowongan CS di K4mboja 🇰🇭 gaji 1500 USD, tiket & visa gratis. Berangkat pakai visa turis dulu, izin kerja diurus di sana. Hubungi T3legram @hr_k4mboja',
  };

  test('every evidence quote is the exact slice of the original field', () => {
    const v = screenPost(risky, pack);
    expect(v.flags.length).toBeGreaterThan(0);
    for (const f of v.flags) {
      for (const e of f.evidence) expect(e.quote).toBe((risky[e.field] ?? '').slice(e.start, e.end));
    }
    for (const e of v.entities) expect(e.evidence.quote).toBe((risky[e.evidence.field] ?? '').slice(e.evidence.start, e.evidence.end));
  });

  test('is deterministic and valid against the Verdict schema', () => {
    const a = screenPost(risky, pack);
    expect(screenPost(risky, pack)).toEqual(a);
    expect(VerdictSchema.safeParse(a).success).toBe(true);
    expect(a.rulePackVersion).toBe(pack.version);
  });

  test('an obfuscated scam-compound ad is high risk with the reasons named', () => {
    const v = screenPost(risky, pack);
    expect(v.band).toBe('high');
    expect(v.flags.map((f) => f.ruleId)).toContain('tourist-visa-for-work');
    expect(v.entities).toContainEqual(expect.objectContaining({ type: 'telegram', value: 'hr_k4mboja' }));
    expect(v.entities).toContainEqual(expect.objectContaining({ type: 'money', money: expect.objectContaining({ currency: 'USD', monthlyUsd: 1500 }) }));
  });

  test('an empty post is low, with no flags', () => {
    const v = screenPost({ text: '' }, pack);
    expect(v).toMatchObject({ score: 0, band: 'low', flags: [], entities: [] });
  });

  test('only text fields are read; every field can carry evidence', () => {
    const v = screenPost({ text: 'apply now', location: 'Sihanoukville, Cambodia', kind: 'job-posting' }, pack);
    const fields = v.flags.flatMap((f) => f.evidence.map((e) => e.field));
    expect(fields).toContain('location');
    for (const f of fields) expect(POST_TEXT_FIELDS).toContain(f);
  });

  test('a 5 MB post is screened up to the cap, says so, and keeps evidence bounded', () => {
    const text = `${risky.text}\n`.repeat(Math.ceil((5 * 1024 * 1024) / (risky.text.length + 1)));
    const v = screenPost({ text }, pack);
    expect(v.band).toBe('high');
    expect(v.notes).toContain('text-truncated');
    expect(v.flags.every((f) => f.evidence.length <= 10 && f.evidence.every((e) => e.end <= MAX_SCREENED_CHARS))).toBe(true);
  });

  test('hostile input (control characters, lone surrogates, bidi overrides) does not throw', () => {
    const text = '\u0000\u0007\ud800\udfff\u202e\u2066 visa turis \uffff\u{10ffff}'.repeat(100);
    expect(() => screenPost({ text }, pack)).not.toThrow();
  });
});
