// Every RegExp the rule pack compiles must run in linear time on hostile input. Phrases are found by
// word and character lookup, not RegExp; what remains is the hand-written `regex` matchers. recheck's automaton checker decides linearity exactly for the regular subset
// these use; for a hand-written pattern it cannot decide in time, the fuzzing checker gives a second opinion.
import { checkSync } from 'recheck';
import { expect, test } from 'vitest';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

type Status = 'safe' | 'vulnerable' | 'unknown';
const automaton = (source: string) => checkSync(source, 'u', { checker: 'automaton', timeout: 10_000 }).status as Status;
const fuzz = (source: string) => checkSync(source, 'u', { checker: 'fuzz', timeout: 20_000 }).status as Status;

function allRegExps(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const c of pack.rules) {
    [...c.any, ...c.all, ...c.unless].forEach((m, i) => {
      if (m.kind === 'regex') out.push({ where: `${c.rule.id} regex #${i}`, re: m.re });
    });
  }
  return out;
}

test('the pack has RegExps to check (the test is not vacuous)', () => {
  expect(allRegExps().length).toBeGreaterThan(0);
});

test('every rule RegExp is free of catastrophic backtracking', () => {
  const problems: string[] = [];
  for (const { where, re } of allRegExps()) {
    const status = automaton(re.source);
    if (status === 'safe' || (status === 'unknown' && fuzz(re.source) === 'safe')) continue;
    problems.push(`${where}: ${status}: /${re.source.slice(0, 200)}/`);
  }
  expect(problems).toEqual([]);
}, 600_000);

test('the checker does catch a catastrophic pattern (it can fail)', () => {
  expect(automaton('^(a+)+$')).toBe('vulnerable');
  expect(automaton('(?:x+)+y')).toBe('vulnerable');
});
