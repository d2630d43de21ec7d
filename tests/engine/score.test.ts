import { describe, expect, test } from 'vitest';
import type { RuleHit } from '../../src/engine/match/evaluate-rules';
import { judgeOffer } from '../../src/engine/score/job-offer-context';
import { scoreHits } from '../../src/engine/score/score-hits';
import { BAND_THRESHOLDS, CAP_NOT_JOB_OFFER, CAP_WITHOUT_STRONG_FLAG } from '../../src/engine/score/scoring-policy';
import type { Entity } from '../../src/model/verdict';
import type { Rule } from '../../src/rules/rule-schema';

let n = 0;
function hit(over: Partial<Rule>): RuleHit {
  const rule = {
    id: `r${++n}`,
    title: 't',
    kind: 'red-flag',
    family: 'trafficking',
    category: 'job-type',
    strength: 'weak',
    weight: 5,
    ...over,
  } as Rule;
  return { compiled: { rule, fields: [], any: [], all: [], unless: [] }, evidence: [{ field: 'text', start: 0, end: 1, quote: 'x' }] };
}
const offer = { isJobOffer: true, isAwareness: false };

describe('combination scoring', () => {
  test('many weak and medium cues never reach high without a strong flag or bundle', () => {
    const hits = (['job-type', 'pay', 'everything-paid', 'recruitment-channel', 'requirements', 'employer', 'destination'] as const).map((category) =>
      hit({ category, strength: 'medium', weight: 15 }),
    );
    const s = scoreHits(hits, offer);
    expect(s.score).toBe(CAP_WITHOUT_STRONG_FLAG);
    expect(s.band).toBe('medium');
    expect(s.notes).toContain('weak-cues-only');
  });

  test('a bundle (combo) lifts the same cues to high', () => {
    const hits = (['job-type', 'pay', 'destination'] as const).map((category) => hit({ category, strength: 'medium', weight: 15 }));
    hits.push(hit({ kind: 'combo', category: 'bundle', strength: 'hard', weight: 35 }));
    expect(scoreHits(hits, offer).band).toBe('high');
  });

  test('further flags of one category count half as much as the one before', () => {
    const s = scoreHits([hit({ category: 'pay', weight: 20, strength: 'strong' }), hit({ category: 'pay', weight: 20, strength: 'strong' }), hit({ category: 'pay', weight: 20, strength: 'strong' })], offer);
    expect(s.score).toBe(20 + 10 + 5);
    expect(s.flags.map((f) => f.weight)).toEqual([20, 10, 5]);
  });

  test('a post that is not a job offer stays low', () => {
    const s = scoreHits([hit({ strength: 'hard', weight: 45 }), hit({ kind: 'combo', category: 'bundle', strength: 'hard', weight: 35 })], { isJobOffer: false, isAwareness: true });
    expect(s.score).toBe(CAP_NOT_JOB_OFFER);
    expect(s.band).toBe('low');
    expect(s.notes).toContain('awareness-post');
  });

  test('legitimacy cues lower the score but never below a hard flag', () => {
    const red = [hit({ strength: 'hard', weight: 45, category: 'visa-and-travel' }), hit({ strength: 'medium', weight: 14, category: 'destination' })];
    const legit = [hit({ kind: 'legitimacy', category: 'licensed-recruitment', weight: 30 }), hit({ kind: 'legitimacy', category: 'genuine-employer', weight: 30 })];
    const s = scoreHits([...red, ...legit], offer);
    expect(s.score).toBe(45);
    expect(s.notes).toContain('legitimacy-cues');
    expect(s.flags.filter((f) => f.kind === 'legitimacy').every((f) => f.weight < 0)).toBe(true);
  });

  test('legitimacy cues can take a medium post down to low', () => {
    const red = [hit({ strength: 'medium', weight: 15, category: 'pay' }), hit({ strength: 'medium', weight: 15, category: 'everything-paid' })];
    const s = scoreHits([...red, hit({ kind: 'legitimacy', category: 'licensed-recruitment', weight: 25 })], offer);
    expect(s.band).toBe('low');
  });

  test('bands follow the thresholds', () => {
    expect(scoreHits([hit({ strength: 'strong', weight: BAND_THRESHOLDS.medium })], offer).band).toBe('medium');
    expect(scoreHits([hit({ strength: 'strong', weight: BAND_THRESHOLDS.medium - 1 })], offer).band).toBe('low');
    expect(scoreHits([hit({ strength: 'hard', weight: 60 })], offer).band).toBe('high');
  });
});

describe('is it a job offer?', () => {
  const phone: Entity = { type: 'phone', value: '+6281200001234', evidence: { field: 'text', start: 0, end: 1, quote: '0' } };
  const money: Entity = { type: 'money', value: 'USD 1000', evidence: { field: 'text', start: 0, end: 1, quote: '$' } };

  test('warning language outweighing offer signs makes an awareness post', () => {
    const c = judgeOffer([hit({ kind: 'awareness', weight: 3 }), hit({ kind: 'awareness', weight: 3 })], [phone, money], 'social-post');
    expect(c).toEqual({ isJobOffer: false, isAwareness: true });
  });

  test('a call to apply with contacts outweighs one warning word', () => {
    const c = judgeOffer([hit({ kind: 'awareness', weight: 3 }), hit({ kind: 'job-offer', weight: 3 })], [phone, money], 'social-post');
    expect(c.isJobOffer).toBe(true);
  });

  test('a job listing is an offer even without a call to apply', () => {
    expect(judgeOffer([], [], 'job-card').isJobOffer).toBe(true);
  });

  test('a post with no sign of an offer and no red flag is not one', () => {
    expect(judgeOffer([], [], 'social-post')).toEqual({ isJobOffer: false, isAwareness: false });
  });

  test('place names alone do not make a post an offer (a travel post about Mae Sot)', () => {
    const places = [hit({ category: 'destination', strength: 'medium', weight: 14 }), hit({ category: 'destination', strength: 'strong', weight: 20 })];
    expect(judgeOffer(places, [], 'social-post').isJobOffer).toBe(false);
    expect(judgeOffer([...places, hit({ category: 'visa-and-travel', strength: 'hard', weight: 45 })], [], 'social-post').isJobOffer).toBe(true);
  });

  test("a recruiter's chat message with red flags but no call to apply still counts as an offer", () => {
    expect(judgeOffer([hit({ strength: 'hard', weight: 45 })], [], 'chat-message').isJobOffer).toBe(true);
  });
});
