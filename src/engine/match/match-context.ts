import type { PostField } from '../../model/post';
import type { Entity, Evidence } from '../../model/verdict';
import type { NegationLexicon } from '../../rules/negation-lexicon';
import type { NormalisedField } from '../normalise/normalise';

export interface FieldViews {
  readonly field: PostField;
  readonly views: NormalisedField;
}

/** Everything rules match against: each non-empty field in both views, and the entities found in them. */
export interface MatchContext {
  readonly fields: readonly FieldViews[];
  readonly entities: readonly Entity[];
  readonly negation: NegationLexicon;
}

// A rule needs one piece of evidence to fire; a few more help a reviewer, hundreds help no one.
export const MAX_EVIDENCE_PER_MATCHER = 5;

export type { Evidence };
