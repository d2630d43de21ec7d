// The rule pack as shipped inside the extension: the YAML under rules/ was turned into JSON at build
// time (src/data/vite-plugin.ts) and is validated and compiled here, once per extension context.
import sources, { inflections } from 'virtual:waspada-data';
import { tableInflector } from './inflector';
import { loadRulePack, type LoadedRulePack } from './load-rule-pack';

let loaded: LoadedRulePack | undefined;

export function bundledRulePack(): LoadedRulePack {
  loaded ??= loadRulePack(sources, { inflector: tableInflector(inflections) });
  return loaded;
}
