// The rule texts built into this bundle (see components/rule-texts-plugin.ts); imported only by
// entrypoints, so tests and other bundles can pass their own table.
import json from 'virtual:waspada-rule-texts';
import type { RuleText, RuleTexts } from '../components/rule-texts';

let texts: Map<string, RuleText> | undefined;
const load = (): Map<string, RuleText> => (texts ??= new Map(JSON.parse(json) as [string, RuleText][]));

/** The table, parsed from JSON the first time a warning needs it. */
export function bundledRuleTexts(): RuleTexts {
  return {
    get: (id: string) => load().get(id),
    has: (id: string) => load().has(id),
    get size() {
      return load().size;
    },
    forEach: (callback, thisArg) => load().forEach(callback, thisArg),
    entries: () => load().entries(),
    keys: () => load().keys(),
    values: () => load().values(),
    [Symbol.iterator]: () => load()[Symbol.iterator](),
  } as RuleTexts;
}
