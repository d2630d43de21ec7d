// Build-time (Node): a virtual module with only the title and explanations of each rule, so content
// scripts can explain a verdict without shipping the rule pack (≈ 0.5 MB with examples and patterns).
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readYamlDir } from '../../data/read-yaml-dir';
import { ruleTextsFromData } from './rule-texts';

const VIRTUAL_ID = 'virtual:waspada-rule-texts';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function waspadaRuleTexts(rulesDir: string): Plugin {
  const root = resolve(rulesDir);
  return {
    name: 'waspada-rule-texts',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const sources = readYamlDir(root, root).filter((s) => !/^(hotlines|lexicon)\//.test(s.file.replace(/\\/g, '/')));
      for (const s of sources) this.addWatchFile(resolve(root, s.file));
      const texts = ruleTextsFromData(sources.map((s) => s.data));
      // A JSON string, parsed on first use: pages without a warning never pay for it.
      return `export default ${JSON.stringify(JSON.stringify([...texts]))};`;
    },
  };
}
