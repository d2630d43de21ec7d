import { z } from './zod';
import { POST_TEXT_FIELDS } from './post';

export const BANDS = ['low', 'medium', 'high'] as const;
export type Band = (typeof BANDS)[number];

/** A quoted span of the original, un-normalised field: `quote === post[field].slice(start, end)`. */
export const EvidenceSchema = z.object({
  field: z.enum(POST_TEXT_FIELDS),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FLAG_KINDS = ['red-flag', 'combo', 'legitimacy'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const STRENGTHS = ['weak', 'medium', 'strong', 'hard'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Which harm a red flag points to: trafficking into forced labour, an ordinary job scam, or either. */
export const FAMILIES = ['trafficking', 'job-scam', 'any'] as const;
export type Family = (typeof FAMILIES)[number];

/** A fired rule. `weight` is the points it added to the score after category damping (negative for legitimacy cues). */
export const FlagSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  kind: z.enum(FLAG_KINDS),
  family: z.enum(FAMILIES),
  category: z.string(),
  strength: z.enum(STRENGTHS),
  weight: z.number(),
  evidence: z.array(EvidenceSchema),
});
export type Flag = z.infer<typeof FlagSchema>;

export const ENTITY_TYPES = [
  'phone',
  'whatsapp',
  'telegram',
  'line',
  'wechat',
  'email',
  'url',
  'domain',
  'bank-account',
  'ewallet',
  'money',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const MONEY_PERIODS = ['hour', 'day', 'week', 'month', 'year', 'once'] as const;
export type MoneyPeriod = (typeof MONEY_PERIODS)[number];

export const MoneySchema = z.object({
  /** ISO-4217 code; USDT counts as USD. */
  currency: z.string(),
  min: z.number(),
  max: z.number(),
  period: z.optional(z.enum(MONEY_PERIODS)),
  /** The upper end converted to US dollars a month with a fixed, documented rate table; absent for one-off sums. */
  monthlyUsd: z.optional(z.number()),
});
export type Money = z.infer<typeof MoneySchema>;

/**
 * Entity: something a person can act on or link across ads. `value` is the normalised key used for
 * clustering (E.164 phone, lower-case handle without @, lower-case e-mail, host name, digits of an account).
 */
export const EntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  value: z.string(),
  evidence: EvidenceSchema,
  /** Bank or wallet name for accounts (BCA, GCash …), country for phones, when known. */
  detail: z.optional(z.string()),
  money: z.optional(MoneySchema),
});
export type Entity = z.infer<typeof EntitySchema>;

/** Verdict: everything the engine decided about one Post. Same Post + same rule pack → same Verdict. */
export const VerdictSchema = z.object({
  score: z.number(),
  band: z.enum(BANDS),
  isJobOffer: z.boolean(),
  /** True when the post reads as a warning, news story or awareness post. */
  isAwareness: z.boolean(),
  lang: z.string(),
  flags: z.array(FlagSchema),
  entities: z.array(EntitySchema),
  /** Short machine-readable reasons for caps applied to the score (e.g. "not-a-job-offer"). */
  notes: z.array(z.string()),
  rulePackVersion: z.string(),
});
export type Verdict = z.infer<typeof VerdictSchema>;
