import type { EntityType } from '../model/verdict';
import type { PostField } from '../model/post';
import type { Rule } from './rule-schema';
import type { NegationLexicon } from './negation-lexicon';

/** A matcher ready to run: RegExps built once, when the pack is loaded. */
export type CompiledMatcher =
  /** `phrase`: the match is capture group 1 or 2 (see phrasesToRegExp); `regex`: the whole match. */
  | { readonly kind: 'pattern'; readonly re: RegExp; readonly captured: boolean }
  | { readonly kind: 'near'; readonly a: RegExp; readonly b: RegExp; readonly within: number }
  | { readonly kind: 'money'; readonly minMonthlyUsd: number; readonly maxMonthlyUsd: number }
  | { readonly kind: 'entity'; readonly types: ReadonlySet<EntityType> };

export interface CompiledRule {
  readonly rule: Rule;
  readonly fields: readonly PostField[];
  readonly any: readonly CompiledMatcher[];
  readonly all: readonly CompiledMatcher[];
  readonly unless: readonly CompiledMatcher[];
}

/** All valid rules compiled once, with the version hash verdicts carry so they can be re-scored later. */
export interface RulePack {
  readonly version: string;
  readonly rules: readonly CompiledRule[];
  readonly byId: ReadonlyMap<string, CompiledRule>;
  readonly negation: NegationLexicon;
}
