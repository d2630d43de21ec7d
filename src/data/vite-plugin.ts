// Build-time: bundles the YAML data of rules/ as plain JSON, so no YAML parser ships in the extension,
// and precomputes the English inflections of phrases marked `inflect: en`, so compromise does not ship
// either. Validation still happens at load, in the same code the CLI uses.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { englishInflector } from '../rules/english-inflector.ts';
import { readYamlDir } from './read-yaml-dir.ts';
import { phrasesToInflect } from './phrases-to-inflect.ts';

const VIRTUAL_ID = 'virtual:waspada-data';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function waspadaData(rulesDir: string): Plugin {
  const root = resolve(rulesDir);
  return {
    name: 'waspada-data',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const sources = readYamlDir(root, root);
      for (const s of sources) this.addWatchFile(resolve(root, s.file));
      const inflections = Object.fromEntries(phrasesToInflect(sources).map((p) => [p, englishInflector(p)]));
      return `export default ${JSON.stringify(sources)};\nexport const inflections = ${JSON.stringify(inflections)};`;
    },
  };
}
