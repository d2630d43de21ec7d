// Node-only entry (CLI, tests, eval, bench): reads rules/ from disk and loads the pack.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlDir } from '../data/read-yaml-dir';
import { cachedEnglishInflector } from './cached-inflector';
import { loadRulePack, type LoadedRulePack } from './load-rule-pack';

/** The rules/ folder of this checkout. */
export const DEFAULT_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

export function loadRulesFromDisk(dir: string = DEFAULT_RULES_DIR): LoadedRulePack {
  const inflector = cachedEnglishInflector();
  const loaded = loadRulePack(readYamlDir(dir), { inflector });
  inflector.save();
  return loaded;
}
