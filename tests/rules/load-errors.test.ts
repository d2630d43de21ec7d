// A broken rule file must be reported with its file and field, and never take the other rules down.
import { expect, test } from 'vitest';
import type { DataSource } from '../../src/data/data-source';
import { readYamlDir } from '../../src/data/read-yaml-dir';
import { DEFAULT_RULES_DIR } from '../../src/rules/load-rules-from-disk';
import { loadRulePack } from '../../src/rules/load-rule-pack';

const good = readYamlDir(DEFAULT_RULES_DIR);
const goodCount = loadRulePack(good).pack.rules.length;
const tourist = good.find((s) => s.file.endsWith('tourist-visa-for-work.yaml'))!;

function withExtra(...extra: DataSource[]) {
  return loadRulePack([...good, ...extra]);
}

test('a file that is not YAML is reported and skipped', () => {
  const { pack, errors } = withExtra({ file: 'pay/broken.yaml', error: 'not valid YAML: bad indentation' });
  expect(errors).toContainEqual({ file: 'pay/broken.yaml', field: '', message: 'not valid YAML: bad indentation' });
  expect(pack.rules.length).toBe(goodCount);
});

test('a missing required field names the field', () => {
  const data = { ...(tourist.data as object), id: 'no-title' } as Record<string, unknown>;
  delete data.title;
  const { pack, errors } = withExtra({ file: 'visa-and-travel/no-title.yaml', data });
  expect(errors.some((e) => e.file === 'visa-and-travel/no-title.yaml' && e.field === 'title')).toBe(true);
  expect(pack.rules.length).toBe(goodCount);
});

test('an invalid RegExp names the matcher', () => {
  const data = { ...(tourist.data as object), id: 'bad-regex', match: { any: [{ regex: 'visa(turis' }] } };
  const { errors } = withExtra({ file: 'visa-and-travel/bad-regex.yaml', data });
  expect(errors).toContainEqual(expect.objectContaining({ file: 'visa-and-travel/bad-regex.yaml', field: 'match.any.0.regex' }));
});

test('an id that differs from the file name is refused', () => {
  const { errors } = withExtra({ file: 'visa-and-travel/other-name.yaml', data: tourist.data });
  expect(errors).toContainEqual(expect.objectContaining({ file: 'visa-and-travel/other-name.yaml', field: 'id' }));
});

test('a duplicate id is refused', () => {
  const { errors, pack } = withExtra({ file: 'elsewhere/tourist-visa-for-work.yaml', data: tourist.data });
  expect(errors).toContainEqual(expect.objectContaining({ field: 'id', message: expect.stringContaining('duplicate') }));
  expect(pack.rules.length).toBe(goodCount);
});

test('a combo naming a rule that did not load is skipped with a reason', () => {
  const combo = good.find((s) => s.file.endsWith('scam-compound-bundle.yaml'))!;
  const data = { ...(combo.data as object), id: 'dangling', when: { all: ['no-such-rule'] } };
  const { errors, pack } = withExtra({ file: 'bundle/dangling.yaml', data });
  expect(errors).toContainEqual(expect.objectContaining({ file: 'bundle/dangling.yaml', field: 'when' }));
  expect(pack.byId.has('dangling')).toBe(false);
});

test('a corrupt negation lexicon switches negation off with an error, rules still load', () => {
  const sources = good.map((s) => (s.file.replace(/\\/g, '/') === 'lexicon/negation.yaml' ? { file: s.file, data: { before: 'oops' } } : s));
  const { pack, errors } = loadRulePack(sources);
  expect(errors.some((e) => e.file.endsWith('negation.yaml'))).toBe(true);
  expect(pack.rules.length).toBe(goodCount);
  expect(pack.negation.before).toEqual([]);
});

test('the pack version changes when a rule changes', () => {
  const a = loadRulePack(good).pack.version;
  const changed = good.map((s) => (s === tourist ? { file: s.file, data: { ...(s.data as object), weight: 44 } } : s));
  expect(loadRulePack(changed).pack.version).not.toBe(a);
  expect(loadRulePack(good).pack.version).toBe(a);
});
