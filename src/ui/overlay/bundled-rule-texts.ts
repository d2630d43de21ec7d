// The rule texts built into this bundle (see components/rule-texts-plugin.ts); imported only by
// entrypoints, so tests and other bundles can pass their own table.
import entries from 'virtual:waspada-rule-texts';
import type { RuleTexts } from '../components/rule-texts';

let texts: RuleTexts | undefined;

export function bundledRuleTexts(): RuleTexts {
  texts ??= new Map(entries);
  return texts;
}
