import { z } from '../model/zod';
import { BANDS, ENTITY_TYPES, FAMILIES, FLAG_KINDS, STRENGTHS } from '../model/verdict';
import { POST_TEXT_FIELDS } from '../model/post';
import { CHANNEL_TYPES, CONFIDENCES, REACHES } from '../hotlines/hotline-schema';

export const REPORT_LANGS = ['en', 'id'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** Bumped when a field changes meaning, so an NGO importing JSON reports can tell versions apart. */
export const REPORT_FORMAT = 'waspada-report/1';

const nullableString = () => z.nullable(z.string());

export const ReportFlagSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  kind: z.enum(FLAG_KINDS),
  /** Trafficking, ordinary job scam, or either: tells the hotline which kind of case it may be. */
  family: z.enum(FAMILIES),
  strength: z.enum(STRENGTHS),
  /** Why the rule matters, in the report language, when the caller passed explanations. */
  explanation: z.optional(z.string()),
  quotes: z.array(z.object({ field: z.enum(POST_TEXT_FIELDS), quote: z.string() })),
});
export type ReportFlag = z.infer<typeof ReportFlagSchema>;

/** Something the post asks people to contact or pay: a lead for the hotline, never a place to send the user. */
export const ReportContactSchema = z.object({
  type: z.enum(ENTITY_TYPES),
  /** Normalised key (E.164 phone, handle without @, host name, account digits). */
  value: z.string(),
  /** The text exactly as it appeared in the post. */
  asWritten: z.string(),
  detail: z.optional(z.string()),
});
export type ReportContact = z.infer<typeof ReportContactSchema>;

export const ReportChannelSchema = z.object({
  type: z.enum(CHANNEL_TYPES),
  value: z.string(),
  hours: z.optional(z.string()),
  cost: z.optional(z.string()),
  reach: z.optional(z.enum(REACHES)),
  note: z.optional(z.string()),
  confidence: z.enum(CONFIDENCES),
  verified: z.boolean(),
});
export type ReportChannel = z.infer<typeof ReportChannelSchema>;

/** A snapshot of the directory entry, so the report stands alone when the directory changes. */
export const ReportHotlineSchema = z.object({
  country: z.string(),
  organisationId: z.string(),
  name: z.string(),
  channels: z.array(ReportChannelSchema),
  sourceUrl: z.string(),
  sourceSeen: z.string(),
  confidence: z.enum(CONFIDENCES),
  verified: z.boolean(),
});
export type ReportHotline = z.infer<typeof ReportHotlineSchema>;

export const ReporterSchema = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type Reporter = z.infer<typeof ReporterSchema>;

export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  /** Short stable reference derived from the content, e.g. to name the JSON attachment. */
  reference: z.string(),
  lang: z.enum(REPORT_LANGS),
  /** The user's country, whose directory the hotline was chosen from. */
  country: z.string(),
  seenAt: z.string(),
  platform: nullableString(),
  postUrl: nullableString(),
  title: nullableString(),
  poster: nullableString(),
  company: nullableString(),
  location: nullableString(),
  salary: nullableString(),
  postText: z.string(),
  postTextTrimmed: z.boolean(),
  postTextLength: z.number(),
  risk: z.object({ band: z.enum(BANDS), score: z.number(), rulePackVersion: z.string() }),
  flags: z.array(ReportFlagSchema),
  /** How many flags were left out to keep the report short. */
  flagsOmitted: z.number(),
  contacts: z.array(ReportContactSchema),
  contactsOmitted: z.number(),
  note: nullableString(),
  hotline: ReportHotlineSchema,
  /** Present only when the user chose to include their own details. */
  reporter: z.optional(ReporterSchema),
});
export type Report = z.infer<typeof ReportSchema>;
