import { describe, expect, test } from 'vitest';
import {
  evidenceSnippet, favourFlags, headlineFamily, headlineKey, reasonQuotes, shouldWarn, topReasons, warningFlags,
} from '../../../src/ui/components/present-verdict';
import { FLAGS, POST, evidence, flag, verdict } from './samples';

describe('which warning to show', () => {
  test('shouldWarn follows the minimum band setting', () => {
    expect(shouldWarn(verdict({ band: 'low' }), 'medium')).toBe(false);
    expect(shouldWarn(verdict({ band: 'medium' }), 'medium')).toBe(true);
    expect(shouldWarn(verdict({ band: 'medium' }), 'high')).toBe(false);
    expect(shouldWarn(verdict({ band: 'high' }), 'high')).toBe(true);
  });

  test('headline family: the family with most weight; neutral flags do not vote; ties go to trafficking', () => {
    expect(headlineFamily(verdict())).toBe('trafficking');
    expect(headlineFamily(verdict({ flags: [flag({ ruleId: 'a', family: 'job-scam', weight: 30 }), flag({ ruleId: 'b', weight: 10 })] }))).toBe('job-scam');
    expect(headlineFamily(verdict({ flags: [flag({ ruleId: 'a', family: 'job-scam', weight: 10 }), flag({ ruleId: 'b', weight: 10 })] }))).toBe('trafficking');
    expect(headlineFamily(verdict({ flags: [flag({ ruleId: 'a', family: 'any', weight: 30 })] }))).toBe('generic');
    // A legitimacy cue never makes the headline.
    expect(headlineFamily(verdict({ flags: [flag({ ruleId: 'a', kind: 'legitimacy', family: 'job-scam', weight: 30 })] }))).toBe('generic');
    expect(headlineKey(verdict({ band: 'medium' }))).toBe('headline.trafficking.medium');
    expect(headlineKey(verdict({ band: 'low' }))).toBe('headline.low');
  });

  test('warning flags strongest first; legitimacy cues apart', () => {
    expect(warningFlags(verdict()).map((f) => f.weight)).toEqual([35, 22, 20, 12, 10]);
    expect(favourFlags(verdict()).map((f) => f.ruleId)).toEqual(['named-office']);
  });

  test('top reasons skip flags that only repeat words already quoted, unless there is room', () => {
    expect(topReasons(verdict()).map((f) => f.ruleId)).toEqual(['hotspot-town-job-offer', 'tourist-visa-for-work', 'text-chat-interview']);
    expect(topReasons(verdict(), 5).map((f) => f.ruleId)).toEqual(['hotspot-town-job-offer', 'scam-hotspot-town', 'tourist-visa-for-work', 'text-chat-interview', 'free-flight-and-visa']);
    // The same words quoted from another field also count as a repeat.
    const text = { ...POST, text: `${POST.text} Office in Sihanoukville.` };
    const twice = [
      flag({ ruleId: 'a', weight: 30, evidence: [evidence(text, 'location', 'Sihanoukville')] }),
      flag({ ruleId: 'b', weight: 20, evidence: [evidence(text, 'text', 'Sihanoukville')] }),
      flag({ ruleId: 'c', weight: 10, evidence: [evidence(text, 'text', 'tourist visa')] }),
    ];
    expect(topReasons(verdict({ flags: twice }), 2).map((f) => f.ruleId)).toEqual(['a', 'c']);
  });

  test('reason quotes prefer words not quoted yet', () => {
    const a = flag({ ruleId: 'a', weight: 30, evidence: [evidence(POST, 'text', 'tourist visa')] });
    const b = flag({ ruleId: 'b', weight: 20, evidence: [evidence(POST, 'text', 'tourist visa'), evidence(POST, 'text', 'Telegram')] });
    const quotes = reasonQuotes([a, b]);
    expect(quotes.get(a)!.map((e) => e.quote)).toEqual(['tourist visa']);
    expect(quotes.get(b)!.map((e) => e.quote)).toEqual(['Telegram']);
  });
});

describe('evidence snippets', () => {
  test('the quote with words around it, cut at spaces, on one line', () => {
    const post = { ...POST, text: 'Line one.\nWe pay 1500 USD per month, plus a free   flight. Contact us.' };
    const snippet = evidenceSnippet(post, evidence(post, 'text', 'free   flight'), 20);
    expect(snippet).toEqual({ field: 'text', before: '…per month, plus a ', quote: 'free flight', after: '. Contact us.' });
  });

  test('a span that no longer matches its field shows the quote alone', () => {
    const stale = { field: 'text' as const, start: 0, end: 5, quote: 'other' };
    expect(evidenceSnippet(POST, stale)).toEqual({ field: 'text', before: '', quote: 'other', after: '' });
    expect(evidenceSnippet(undefined, stale).quote).toBe('other');
  });

  test('very long quotes are shortened', () => {
    const long = { ...POST, text: 'x'.repeat(400) };
    expect(evidenceSnippet(long, { field: 'text', start: 0, end: 400, quote: long.text }).quote).toHaveLength(160);
  });

  test('the sample flags all point into the sample post', () => {
    for (const f of FLAGS) for (const e of f.evidence) expect(POST[e.field]!.slice(e.start, e.end)).toBe(e.quote);
  });
});
