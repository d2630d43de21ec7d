import type { UiLang } from '../../i18n/ui-lang';
import type { RulePack } from '../../rules/compiled-rule';

/** What the UI shows for a rule: its (English) title and its explanation in each UI language. */
export interface RuleText {
  readonly title: string;
  readonly explain: Readonly<Record<UiLang, string>>;
}

/** Rule id → its texts. Content scripts get a build-time table (no rule pack in the page). */
export type RuleTexts = ReadonlyMap<string, RuleText>;

/** Picks the texts out of raw rule data; anything that is not a rule with an explanation is skipped. */
export function ruleTextsFromData(entries: readonly unknown[]): Map<string, RuleText> {
  const out = new Map<string, RuleText>();
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, title, explain } = entry as { id?: unknown; title?: unknown; explain?: { en?: unknown; id?: unknown } };
    if (typeof id !== 'string' || typeof title !== 'string' || typeof explain?.en !== 'string' || typeof explain.id !== 'string') continue;
    out.set(id, { title, explain: { en: explain.en, id: explain.id } });
  }
  return out;
}

/** The same table from a loaded rule pack (extension pages, tests). */
export function ruleTextsFromPack(pack: RulePack): Map<string, RuleText> {
  return ruleTextsFromData(pack.rules.map((compiled) => compiled.rule));
}

/** A flag's explanation in the UI language, falling back to its title. */
export function explainFlag(texts: RuleTexts, ruleId: string, title: string, lang: UiLang): string {
  return texts.get(ruleId)?.explain[lang] ?? title;
}
