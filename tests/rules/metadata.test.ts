// Repository-wide rule policy (in the spirit of Sigma's test_rules.py and ESLint's rule checks).
import { describe, expect, test } from 'vitest';
import { readYamlDir } from '../../src/data/read-yaml-dir';
import { DEFAULT_RULES_DIR } from '../../src/rules/load-rules-from-disk';
import { rulePack } from '../helpers/rule-pack';

const { pack, errors } = rulePack();
const rules = pack.rules.map((c) => c.rule);

test('every rule file loads without errors', () => {
  expect(errors.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([]);
});

test('every YAML file outside hotlines/ and lexicon/ became a rule', () => {
  const files = readYamlDir(DEFAULT_RULES_DIR).filter((s) => !/^(hotlines|lexicon)[\\/]/.test(s.file));
  expect(rules.length).toBe(files.length);
});

test('rule ids are unique', () => {
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test('has a reference, explanations in English and Indonesian, and known false positives', () => {
    expect(rule.references.length).toBeGreaterThan(0);
    expect(rule.explain.en.trim()).not.toBe('');
    expect(rule.explain.id.trim()).not.toBe('');
    expect(rule.falsePositives.length).toBeGreaterThan(0);
  });

  test('has a positive and a negative example in every declared language', () => {
    for (const lang of rule.languages) {
      expect(rule.examples.positive.some((e) => e.lang === lang), `positive example in ${lang}`).toBe(true);
      expect(rule.examples.negative.some((e) => e.lang === lang), `negative example in ${lang}`).toBe(true);
    }
  });

  test('every regex matcher names the words it needs, so it costs nothing on posts without them', () => {
    const matchers = [...(rule.match?.any ?? []), ...(rule.match?.all ?? []), ...(rule.match?.unless ?? [])];
    for (const m of matchers) if ('regex' in m) expect(m.needs?.length, `regex /${m.regex}/ needs \`needs\``).toBeGreaterThan(0);
  });

  test('examples carry no real-looking contact details', () => {
    const all = [...rule.examples.positive, ...rule.examples.negative].map((e) => e.text).join('\n');
    expect(all).not.toMatch(/[\w.+-]+@(?!example\.)[\w-]+\.[a-z]{2,}/i);
  });
});
