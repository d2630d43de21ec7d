import type { EntityType } from '../model/verdict';
import type { PostField } from '../model/post';
import type { Rule } from './rule-schema';
import type { NegationLexicon } from './negation-lexicon';
import type { PhraseIndex } from './phrase-index';

/** A matcher ready to run: RegExps built once, when the pack is loaded. */
export type CompiledMatcher =
  /** A phrase list, found by the single word pass (see phrase-index.ts). */
  | { readonly kind: 'phrases'; readonly slot: number }
  /** `needs`: a phrase slot that must have hits in the field before the RegExp runs. */
  | { readonly kind: 'regex'; readonly re: RegExp; readonly needs?: number }
  | { readonly kind: 'near'; readonly a: number; readonly b: number; readonly within: number }
  | { readonly kind: 'money'; readonly minMonthlyUsd: number; readonly maxMonthlyUsd: number }
  | { readonly kind: 'entity'; readonly types: ReadonlySet<EntityType> }
  | { readonly kind: 'missing'; readonly fields: readonly PostField[] };

export interface CompiledRule {
  readonly rule: Rule;
  readonly fields: readonly PostField[];
  readonly any: readonly CompiledMatcher[];
  readonly all: readonly CompiledMatcher[];
  readonly unless: readonly CompiledMatcher[];
  /**
   * Phrase slots of which at least one must have been found for the rule to fire at all, or
   * undefined when an `any` matcher does not depend on phrases (money, entity, missing, a RegExp
   * without `needs`). Lets the engine skip most rules after one set lookup.
   */
  readonly gate?: readonly number[];
}

/** All valid rules compiled once, with the version hash verdicts carry so they can be re-scored later. */
export interface RulePack {
  readonly version: string;
  readonly rules: readonly CompiledRule[];
  readonly byId: ReadonlyMap<string, CompiledRule>;
  readonly negation: NegationLexicon;
  readonly phrases: PhraseIndex;
}
