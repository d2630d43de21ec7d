import { loadRulesFromDisk } from '../../src/rules/load-rules-from-disk';
import type { LoadedRulePack } from '../../src/rules/load-rule-pack';

let cached: LoadedRulePack | undefined;

/** The checked-in rule pack, loaded once per test file. */
export function rulePack(): LoadedRulePack {
  cached ??= loadRulesFromDisk();
  return cached;
}
