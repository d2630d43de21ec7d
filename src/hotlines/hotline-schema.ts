import { z } from '../model/zod';

/**
 * The hotline directory format: one YAML file per country under rules/hotlines/. Every value is
 * copied from the research with its source; see rules/hotlines/README.md for the policy.
 */

/** How a person reaches an organisation. `website` is an information page, `web-form` takes a report. */
export const CHANNEL_TYPES = ['phone', 'whatsapp', 'sms', 'email', 'web-form', 'website', 'app'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** What an organisation handles. A fixed list so pick-hotlines can rank by fit. */
export const SCOPES = [
  'trafficking',
  'migrant-workers',
  'consular-help-abroad',
  'recruiter-licence-check',
  'bank-account-check',
  'police',
  'cybercrime',
  'labour',
  // Fallback lines (Kenya 1195, Brazil 180) that are not trafficking lines but do take such calls.
  'gender-based-violence',
] as const;
export type Scope = (typeof SCOPES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Where a number can be dialled from, when the source says so. */
export const REACHES = ['in-country', 'from-abroad'] as const;
export type Reach = (typeof REACHES)[number];

export const OPERATORS = ['government', 'embassy', 'ngo'] as const;
export type Operator = (typeof OPERATORS)[number];

/** What a verification link lets a person check. */
export const CHECKS = ['recruiter-licence', 'job-order', 'illegal-recruiter-list', 'bank-account', 'overseas-job-offer'] as const;
export type Check = (typeof CHECKS)[number];

const COUNTRY_CODE = /^[a-z]{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;
// Research sometimes gives a bare domain (doe.go.th/ipd); kept as written, a scheme is added when linking.
const WEB_ADDRESS = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i;
const EMAIL = /^[^\s@<>"]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const DIAL = /^[\d\s()+.-]*\d[\d\s()+.-]*$/;
const SEEN = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/;
const LANG = /^[a-z]{2,3}$/;

const text = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const countryCode = () => z.string().check(z.regex(COUNTRY_CODE, 'must be a lower-case ISO 3166 alpha-2 code such as "id"'));
const slug = () => z.string().check(z.regex(SLUG, 'must be lower-case words joined by hyphens, e.g. "kp2mi-call-centre"'));
const httpUrl = () => z.string().check(z.regex(HTTP_URL, 'must be a full http(s):// address'));
const seen = () =>
  z.string().check(z.regex(SEEN, 'must be the source date as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"'));

export const ChannelSchema = z
  .strictObject({
    type: z.enum(CHANNEL_TYPES),
    /** As the source wrote it: number, address, URL or app name. */
    value: text(),
    hours: z.optional(text()),
    cost: z.optional(text()),
    reach: z.optional(z.enum(REACHES)),
    /** Overrides the organisation's confidence/verified for this one channel. */
    confidence: z.optional(z.enum(CONFIDENCES)),
    verified: z.optional(z.boolean()),
    note: z.optional(text()),
  })
  .check(
    z.superRefine((c, ctx) => {
      const problem = channelValueProblem(c.type, c.value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'], input: c.value });
    }),
  );
export type Channel = z.infer<typeof ChannelSchema>;

/** Why `value` cannot be a channel of `type`, or undefined when it can. */
export function channelValueProblem(type: ChannelType, value: string): string | undefined {
  switch (type) {
    case 'phone':
    case 'whatsapp':
    case 'sms':
      return DIAL.test(value) ? undefined : `a ${type} value must be a number (digits, spaces, + ( ) - . only)`;
    case 'email':
      return EMAIL.test(value) ? undefined : 'an email value must be an address like name@example.org';
    case 'web-form':
    case 'website':
      return WEB_ADDRESS.test(value) ? undefined : `a ${type} value must be a web address`;
    case 'app':
      return undefined;
  }
}

export const OrganisationSchema = z.strictObject({
  id: slug(),
  name: text(),
  operator: z.optional(z.enum(OPERATORS)),
  /** Embassies and consulates: the country they sit in (lines for nationals who are there). */
  located_in: z.optional(countryCode()),
  /** Other countries an embassy covers, as its source says (Bangkok for the Myanmar border …). */
  also_covers: z.optional(z.array(countryCode())),
  scope: z.array(z.enum(SCOPES)).check(z.minLength(1, 'needs at least one scope')),
  /** The research's own wording of who the line is for. */
  scope_note: z.optional(text()),
  /** ISO 639 codes, only where the source names the languages. */
  languages: z.optional(z.array(z.string().check(z.regex(LANG, 'must be an ISO 639 code such as "id"'))).check(z.minLength(1))),
  channels: z.array(ChannelSchema).check(z.minLength(1, 'needs at least one channel (put a missing line under gaps:)')),
  source_url: httpUrl(),
  other_sources: z.optional(z.array(httpUrl())),
  /** Publication date of the newest source page showing the value — not a date anyone called it. */
  source_seen: seen(),
  confidence: z.enum(CONFIDENCES),
  /** True only when seen on the operator's own site (or its ministry's). */
  verified: z.boolean(),
  notes: z.optional(text()),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const VerificationLinkSchema = z.strictObject({
  id: slug(),
  name: text(),
  url: z.string().check(z.regex(WEB_ADDRESS, 'must be a web address')),
  checks: z.array(z.enum(CHECKS)).check(z.minLength(1, 'needs at least one check')),
  what_it_checks: z.strictObject({ en: text(), id: text() }),
  source_url: httpUrl(),
  source_seen: seen(),
  confidence: z.enum(CONFIDENCES),
  verified: z.boolean(),
  notes: z.optional(text()),
});
export type VerificationLink = z.infer<typeof VerificationLinkSchema>;

/** Points at an organisation kept in another country's file, so no line is copied twice. */
export const ReferralSchema = z.strictObject({
  country: countryCode(),
  organisation: slug(),
  note: text(),
});
export type Referral = z.infer<typeof ReferralSchema>;

const envelopeShape = {
  country: countryCode(),
  names: z.strictObject({ en: text(), id: text() }),
  /** Honest list of what the research could not find. */
  gaps: z.optional(text()),
};

/** The whole file, as documented. The loader checks the items one by one so one typo drops one entry. */
export const HotlineFileSchema = z.strictObject({
  ...envelopeShape,
  organisations: z.array(OrganisationSchema),
  verification_links: z.optional(z.array(VerificationLinkSchema)),
  referrals: z.optional(z.array(ReferralSchema)),
});
export type HotlineFile = z.infer<typeof HotlineFileSchema>;

/** The file with its lists unchecked, for item-by-item validation. */
export const HotlineEnvelopeSchema = z.strictObject({
  ...envelopeShape,
  organisations: z.array(z.unknown()),
  verification_links: z.optional(z.array(z.unknown())),
  referrals: z.optional(z.array(z.unknown())),
});

/** One country as loaded: every list present, every item valid. */
export interface HotlineCountry {
  readonly country: string;
  readonly names: { readonly en: string; readonly id: string };
  readonly organisations: readonly Organisation[];
  readonly verificationLinks: readonly VerificationLink[];
  readonly referrals: readonly Referral[];
  readonly gaps?: string;
  /** Path of the file it came from, relative to rules/. */
  readonly file: string;
}

export interface HotlineDirectory {
  /** Keyed by lower-case country code. */
  readonly countries: Readonly<Record<string, HotlineCountry>>;
}

/** Confidence and verified status of a channel, falling back to its organisation's. */
export function channelTrust(org: Organisation, channel: Channel): { confidence: Confidence; verified: boolean } {
  return { confidence: channel.confidence ?? org.confidence, verified: channel.verified ?? org.verified };
}
