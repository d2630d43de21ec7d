// Every rule's own examples are test cases (like ESLint's RuleTester and `semgrep --test`):
// positives must fire the rule, negatives must not.
import { describe, expect, test } from 'vitest';
import { analysePost } from '../../src/engine/screen-post';
import type { RuleExample } from '../../src/rules/rule-schema';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

function firedIds(example: RuleExample): string[] {
  const { lang: _lang, note: _note, kind, ...fields } = example;
  return analysePost({ ...fields, kind: kind ?? 'pasted' }, pack).hits.map((h) => h.compiled.rule.id);
}

describe.each(pack.rules.map((r) => [r.rule.id, r] as const))('%s', (id, compiled) => {
  const { positive, negative } = compiled.rule.examples;
  test.each(positive.map((e) => [e.lang, e.text, e] as const))('fires on [%s] %s', (_l, _t, example) => {
    expect(firedIds(example)).toContain(id);
  });
  test.each(negative.map((e) => [e.lang, e.text, e] as const))('stays silent on [%s] %s', (_l, _t, example) => {
    expect(firedIds(example)).not.toContain(id);
  });
});
