import { z } from '../model/zod';
import { ENTITY_TYPES, FAMILIES, STRENGTHS } from '../model/verdict';
import { POST_KINDS, POST_TEXT_FIELDS } from '../model/post';

/** What a rule contributes: a red flag, a bundle of flags, a legitimacy cue, or context about the post itself. */
export const RULE_KINDS = ['red-flag', 'combo', 'legitimacy', 'job-offer', 'awareness'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];


export const CATEGORIES = [
  'destination',
  'job-type',
  'pay',
  'everything-paid',
  'visa-and-travel',
  'recruitment-channel',
  'requirements',
  'employer',
  'documents',
  'bundle',
  'upfront-fee',
  'task-scam',
  'money-mule',
  'reshipping',
  'fake-cheque',
  'identity-harvest',
  'licensed-recruitment',
  'genuine-employer',
  'call-to-apply',
  'warning',
] as const;

export const LANGUAGES = ['en', 'id', 'ms', 'tl', 'vi', 'th', 'zh', 'my', 'km', 'pt', 'sw', 'hi', 'bn', 'si', 'ne', 'ur'] as const;
export const STATUSES = ['experimental', 'test', 'stable', 'deprecated'] as const;
/** before: negation words shortly before, or a warning opening the sentence ("Never …"); around: also
 * a denial after ("fee: none"); local: only words shortly before (for warning-language rules); none. */
export const NEGATION_MODES = ['before', 'around', 'local', 'none'] as const;
export type NegationMode = (typeof NEGATION_MODES)[number];

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

const phrases = z.array(nonEmpty).check(z.minLength(1, 'needs at least one phrase'));

/** One way a rule can match; exactly one of the keys is set. */
export const MatcherSchema = z.union([
  z.strictObject({
    phrases,
    /** `en`: also match the English inflections of each phrase (pay → paid, paying; fee → fees). */
    inflect: z.optional(z.literal('en')),
    lang: z.optional(z.enum(LANGUAGES)),
  }),
  z.strictObject({
    regex: nonEmpty,
    /** Words (phrases) of which at least one must be in the field for the RegExp to run at all: a
     * RegExp scan costs far more than the word lookup, and most posts contain none of these words. */
    needs: z.optional(phrases),
    lang: z.optional(z.enum(LANGUAGES)),
  }),
  z.strictObject({
    near: z.tuple([phrases, phrases]),
    within: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
    inflect: z.optional(z.literal('en')),
    lang: z.optional(z.enum(LANGUAGES)),
  }),
  z.strictObject({
    money: z.strictObject({
      minMonthlyUsd: z.optional(z.number().check(z.minimum(0))),
      maxMonthlyUsd: z.optional(z.number().check(z.minimum(0))),
    }),
  }),
  z.strictObject({ entity: z.array(z.enum(ENTITY_TYPES)).check(z.minLength(1)) }),
  /** Matches when every listed field is absent or blank: a job listing that names no employer. */
  z.strictObject({ missing: z.array(z.enum(POST_TEXT_FIELDS)).check(z.minLength(1)) }),
]);
export type Matcher = z.infer<typeof MatcherSchema>;

/** A rule id, `category:<name>` or `family:<name>`, as used by combos. */
const ruleRef = z.string().check(z.regex(/^(?:category:|family:)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a rule id, category:<name> or family:<name>'));

const ExampleSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  text: nonEmpty,
  title: z.optional(z.string()),
  company: z.optional(z.string()),
  location: z.optional(z.string()),
  salary: z.optional(z.string()),
  /** The kind of post the example is (default: pasted); needed for rules limited by `appliesTo`. */
  kind: z.optional(z.enum(POST_KINDS)),
  note: z.optional(z.string()),
});
export type RuleExample = z.infer<typeof ExampleSchema>;

const ReferenceSchema = z.strictObject({
  title: nonEmpty,
  url: z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')),
  /** The source id in shared/research/redflags-hotlines.md, e.g. S33. */
  source: z.optional(z.string()),
});

export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case')),
  title: nonEmpty,
  description: nonEmpty,
  kind: z.enum(RULE_KINDS),
  family: z.enum(FAMILIES),
  category: z.enum(CATEGORIES),
  indicators: z._default(z.array(z.string().check(z.regex(/^ilo:[a-z-]+$/, 'must look like ilo:<indicator>'))), []),
  strength: z.enum(STRENGTHS),
  weight: z.number().check(z.int(), z.minimum(0), z.maximum(60)),
  status: z.enum(STATUSES),
  languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1)),
  fields: z.optional(z.array(z.enum(POST_TEXT_FIELDS)).check(z.minLength(1))),
  /** Only posts of these kinds are checked (default: all); "missing company" only means something on a job listing. */
  appliesTo: z.optional(z.array(z.enum(POST_KINDS)).check(z.minLength(1))),
  negation: z._default(z.enum(NEGATION_MODES), 'before'),
  match: z.optional(
    z.strictObject({
      any: z.array(MatcherSchema).check(z.minLength(1)),
      all: z.optional(z.array(MatcherSchema)),
      unless: z.optional(z.array(MatcherSchema)),
    }),
  ),
  when: z.optional(
    z.strictObject({
      all: z.optional(z.array(ruleRef)),
      any: z.optional(z.array(ruleRef)),
      minAny: z.optional(z.number().check(z.int(), z.minimum(1))),
      none: z.optional(z.array(ruleRef)),
    }),
  ),
  explain: z.strictObject({ en: nonEmpty, id: nonEmpty }),
  staffNote: z.optional(z.string()),
  falsePositives: z.array(nonEmpty).check(z.minLength(1)),
  references: z.array(ReferenceSchema).check(z.minLength(1, 'needs at least one reference')),
  examples: z.strictObject({
    positive: z.array(ExampleSchema).check(z.minLength(1)),
    negative: z.array(ExampleSchema).check(z.minLength(1)),
  }),
  related: z.optional(z.array(z.string())),
});
export type Rule = z.infer<typeof RuleSchema>;
