import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/model/verdict';
import { segments } from '../../../src/ui/triage/highlight';

const flag = (ruleId: string, spans: [number, number, string][], kind: Flag['kind'] = 'red-flag'): Flag => ({
  ruleId,
  title: ruleId,
  kind,
  family: 'trafficking',
  category: 'destination',
  strength: 'strong',
  weight: 10,
  evidence: spans.map(([start, end, quote]) => ({ field: 'text', start, end, quote })),
});

describe('evidence segments', () => {
  const text = 'Work in Cambodia, free visa and ticket';

  it('cuts the text at every evidence boundary and names the rules over each run', () => {
    const out = segments(text, [flag('hub', [[8, 16, 'Cambodia']]), flag('free', [[18, 38, 'free visa and ticket']]), flag('visa', [[23, 27, 'visa']])]);
    expect(out).toEqual([
      { text: 'Work in ', ruleIds: [] },
      { text: 'Cambodia', ruleIds: ['hub'] },
      { text: ', ', ruleIds: [] },
      { text: 'free ', ruleIds: ['free'] },
      { text: 'visa', ruleIds: ['free', 'visa'] },
      { text: ' and ticket', ruleIds: ['free'] },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores evidence of other fields, of legitimacy cues, outside the text, or that no longer matches it', () => {
    const other: Flag = { ...flag('t', []), evidence: [{ field: 'title', start: 0, end: 4, quote: 'Work' }] };
    const out = segments(text, [other, flag('legit', [[0, 4, 'Work']], 'legitimacy'), flag('stale', [[0, 4, 'Play']]), flag('out', [[30, 99, 'x']])]);
    expect(out).toEqual([{ text, ruleIds: [] }]);
  });
});
