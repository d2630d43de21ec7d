// The extension loads the rules from JSON bundled at build time; the CLI reads the YAML from disk.
// Both must give the same pack and the same verdicts.
import { expect, test } from 'vitest';
import { screenPost } from '../../src/engine/screen-post';
import { bundledRulePack } from '../../src/rules/bundled-pack';
import { loadCorpus } from '../eval/corpus';
import { rulePack } from '../helpers/rule-pack';

const disk = rulePack().pack;
const bundled = bundledRulePack().pack;

test('the bundled pack has the same rules and version as the YAML on disk', () => {
  expect(bundled.version).toBe(disk.version);
  expect(bundled.rules.map((r) => r.rule.id)).toEqual(disk.rules.map((r) => r.rule.id));
  expect(bundled.phrases.slots).toBe(disk.phrases.slots);
  expect([...bundled.phrases.byWord.keys()].sort()).toEqual([...disk.phrases.byWord.keys()].sort());
});

// The corpus grows with every part (about 2,800 ads); screening it twice needs more than the default 20 s on a busy machine.
test('both give identical verdicts on the whole development corpus', () => {
  for (const ad of loadCorpus('dev')) expect(screenPost(ad.post, bundled)).toEqual(screenPost(ad.post, disk));
}, 120_000);
