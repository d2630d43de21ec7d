import type { PostField, PostKind } from '../../model/post';
import type { Entity, Evidence } from '../../model/verdict';
import type { ActiveNegation } from '../../rules/negation-lexicon';
import type { NormalisedField } from '../normalise/normalise';
import type { RegexLiteralIndex } from './regex-literal-index';
import type { SlotHits } from './scan-phrases';

export interface FieldViews {
  readonly field: PostField;
  readonly views: NormalisedField;
}

/** A field with its phrase spans, found once for all rules. */
export interface ScannedField extends FieldViews {
  readonly hits: SlotHits;
}

/** Everything rules match against: each non-empty field in both views, and the entities found in them. */
export interface MatchContext {
  readonly kind: PostKind | undefined;
  readonly fields: readonly ScannedField[];
  /** Every phrase slot found in any field (see CompiledRule.gate). */
  readonly foundSlots: { has(slot: number): boolean };
  readonly entities: readonly Entity[];
  /** Negation cues for the post's language. */
  readonly negation: ActiveNegation;
  /** The pack's RegExp prefilter strings, found once per field (evaluateRules supplies it). */
  readonly literals?: RegexLiteralIndex | null;
}

// A rule needs one piece of evidence to fire; a few more help a reviewer, hundreds help no one.
export const MAX_EVIDENCE_PER_MATCHER = 5;

export type { Evidence };
