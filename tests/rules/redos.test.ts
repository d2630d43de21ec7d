// Every RegExp the rule pack compiles must run in linear time on hostile input. recheck's automaton
// checker decides this exactly for the regular subset our patterns use; a fuzz checker only samples,
// and misreads the consumed word boundary of phrase patterns as polynomial.
import { checkSync } from 'recheck';
import { expect, test } from 'vitest';
import { phraseToPattern } from '../../src/rules/phrase-pattern';
import type { Matcher } from '../../src/rules/rule-schema';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

type Status = 'safe' | 'vulnerable' | 'unknown';
const check = (source: string): Status => checkSync(source, 'u', { checker: 'automaton', timeout: 10_000 }).status as Status;

/** The phrase lists of a matcher, each checked alone when the whole alternation is too big to decide in time. */
function phraseLists(m: Matcher): string[][] {
  if ('phrases' in m) return [m.phrases];
  if ('near' in m) return [m.near[0], m.near[1]];
  return [];
}

test('every rule RegExp is free of catastrophic backtracking', () => {
  const problems: string[] = [];
  for (const c of pack.rules) {
    const matchers = [...(c.rule.match?.any ?? []), ...(c.rule.match?.all ?? []), ...(c.rule.match?.unless ?? [])];
    const compiled = [...c.any, ...c.all, ...c.unless];
    compiled.forEach((m, i) => {
      const res = m.kind === 'pattern' ? [m.re] : m.kind === 'near' ? [m.a, m.b] : [];
      for (const re of res) {
        const status = check(re.source);
        if (status === 'safe') continue;
        const source = matchers[i]!;
        // A phrase alternation has no outer repetition, so it is linear when every phrase pattern is.
        const pieces = status === 'unknown' ? phraseLists(source).flat().map((p) => phraseToPattern(p).source) : [];
        const piecesSafe = pieces.length > 0 && pieces.every((p) => check(p) === 'safe');
        // A hand-written regex the automaton cannot decide in time gets the fuzzing checker as a second opinion.
        const fuzzSafe =
          status === 'unknown' && 'regex' in source && checkSync(re.source, 'u', { checker: 'fuzz', timeout: 20_000 }).status === 'safe';
        if (!piecesSafe && !fuzzSafe) problems.push(`${c.rule.id} match #${i}: ${status}: /${re.source.slice(0, 200)}/`);
      }
    });
  }
  expect(problems).toEqual([]);
}, 600_000);

test('the checker does catch a catastrophic pattern (it can fail)', () => {
  expect(check('^(a+)+$')).toBe('vulnerable');
  expect(check('(?:^|[^\\p{L}\\p{N}])((?:x+)+y)')).toBe('vulnerable');
});
