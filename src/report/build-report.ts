import type { Post } from '../model/post';
import type { Entity, Flag, Verdict } from '../model/verdict';
import { channelTrust, type Organisation } from '../hotlines/hotline-schema';
import { findChannelConflicts, UnsafeChannelError } from './channel-guard';
import { cleanPostUrl } from './clean-url';
import { REPORT_LIMITS, shortField, trimText } from './report-limits';
import {
  REPORT_FORMAT,
  ReportSchema,
  type Report,
  type ReportContact,
  type ReportFlag,
  type ReportHotline,
  type Reporter,
  type ReportLang,
} from './report-schema';
import { reportStrings } from './report-strings';

/** The directory entry the user chose; a PickedHotline fits. */
export interface HotlineChoice {
  readonly country: string;
  readonly organisation: Organisation;
}

export interface BuildReportInput {
  readonly post: Post;
  readonly verdict: Verdict;
  readonly hotline: HotlineChoice;
  /** The user's country (the directory they picked from). */
  readonly country: string;
  readonly note?: string;
  /** Only what the user typed into the "add my contact details" fields; never filled in automatically. */
  readonly reporter?: Reporter;
  /** ISO-8601 time the user saw the post; passed in so the same input gives the same report. */
  readonly seenAt: string;
  readonly lang: ReportLang;
  /** Rule id → why it matters, in `lang`. */
  readonly explanations?: Readonly<Record<string, string>>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// App names are labels, not addresses: nothing to compare with the post's contacts.
const ADDRESS_CHANNELS = new Set(['phone', 'whatsapp', 'sms', 'email', 'web-form', 'website']);

/** FNV-1a: a short, stable, dependency-free content hash for the report reference. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

function snapshotHotline({ country, organisation: org }: HotlineChoice): ReportHotline {
  return {
    country,
    organisationId: org.id,
    name: org.name,
    channels: org.channels.map((c) => ({
      type: c.type,
      value: c.value,
      ...(c.hours !== undefined ? { hours: c.hours } : {}),
      ...(c.cost !== undefined ? { cost: c.cost } : {}),
      ...(c.reach !== undefined ? { reach: c.reach } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
      ...channelTrust(org, c),
    })),
    sourceUrl: org.source_url,
    sourceSeen: org.source_seen,
    confidence: org.confidence,
    verified: org.verified,
  };
}

/** Leads for the hotline: every contact-type entity once, in the engine's order (amounts are not contacts). */
function contactsFrom(entities: readonly Entity[]): ReportContact[] {
  const seen = new Set<string>();
  const out: ReportContact[] = [];
  for (const e of entities) {
    if (e.type === 'money') continue;
    const key = `${e.type}\u0000${e.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: e.type,
      value: e.value,
      asWritten: shortField(e.evidence.quote, REPORT_LIMITS.quote) ?? e.value,
      ...(e.detail !== undefined ? { detail: e.detail } : {}),
    });
  }
  return out;
}

const KIND_ORDER: Readonly<Record<Flag['kind'], number>> = { combo: 0, 'red-flag': 1, legitimacy: 2 };

/** Warning signs first (strongest first), legitimacy cues last, so a cut keeps what matters. */
function reportFlags(flags: readonly Flag[], explanations: Readonly<Record<string, string>> | undefined): ReportFlag[] {
  return [...flags]
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        Math.abs(b.weight) - Math.abs(a.weight) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    )
    .map((f) => {
      const quotes: ReportFlag['quotes'] = [];
      const seen = new Set<string>();
      for (const ev of f.evidence) {
        const quote = shortField(ev.quote, REPORT_LIMITS.quote);
        if (!quote || seen.has(`${ev.field}\u0000${quote}`)) continue;
        seen.add(`${ev.field}\u0000${quote}`);
        if (quotes.length < REPORT_LIMITS.quotesPerFlag) quotes.push({ field: ev.field, quote });
      }
      // Own string properties only: a rule id like "constructor" must not pick up Object.prototype.
      const explanation =
        explanations && Object.hasOwn(explanations, f.ruleId) && typeof explanations[f.ruleId] === 'string'
          ? explanations[f.ruleId]
          : undefined;
      return {
        ruleId: f.ruleId,
        title: f.title,
        kind: f.kind,
        family: f.family,
        strength: f.strength,
        ...(explanation ? { explanation } : {}),
        quotes,
      };
    });
}

function reporterFrom(reporter: Reporter | undefined): Reporter | undefined {
  if (!reporter) return undefined;
  const out: { name?: string; email?: string; phone?: string } = {};
  for (const key of ['name', 'email', 'phone'] as const) {
    const v = shortField(reporter[key], REPORT_LIMITS.reporterField);
    if (v) out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Builds the evidence bundle for a hotline. Pure and deterministic: no clock, no randomness, no
 * DOM. Throws UnsafeChannelError when the chosen hotline shares a number or address with the post.
 */
export function buildReport(input: BuildReportInput): Report {
  const { post, verdict, lang } = input;
  const s = reportStrings(lang);
  if (!ISO_DATE.test(input.seenAt)) throw new Error(`seenAt must be an ISO-8601 date or time, got "${input.seenAt}"`);

  const hotline = snapshotHotline(input.hotline);
  const allContacts = contactsFrom(verdict.entities);
  const addresses = hotline.channels.filter((c) => ADDRESS_CHANNELS.has(c.type)).map((c) => c.value);
  const [conflict] = findChannelConflicts(addresses, allContacts);
  if (conflict) throw new UnsafeChannelError(conflict.channelValue, conflict.contact);

  const allFlags = reportFlags(verdict.flags, input.explanations);
  const text = post.text.replace(/\r\n?/g, '\n').trim();
  const postText = trimText(text, REPORT_LIMITS.postText, s.textTrimmed);
  const note = input.note?.replace(/\r\n?/g, '\n').trim();
  const postUrl = cleanPostUrl(post.url);
  const reporter = reporterFrom(input.reporter);

  const reference =
    'WSP-' + fnv1a(JSON.stringify([postUrl, text, input.seenAt, input.country, hotline.country, hotline.organisationId]));

  const report: Report = {
    format: REPORT_FORMAT,
    reference,
    lang,
    country: input.country,
    seenAt: input.seenAt,
    platform: shortField(post.platform, 60),
    postUrl,
    title: shortField(post.title),
    poster: shortField(post.postedBy),
    company: shortField(post.company),
    location: shortField(post.location),
    salary: shortField(post.salary),
    postText: postText.text,
    postTextTrimmed: postText.trimmed,
    postTextLength: text.length,
    risk: { band: verdict.band, score: verdict.score, rulePackVersion: verdict.rulePackVersion },
    flags: allFlags.slice(0, REPORT_LIMITS.flags),
    flagsOmitted: Math.max(0, allFlags.length - REPORT_LIMITS.flags),
    contacts: allContacts.slice(0, REPORT_LIMITS.contacts),
    contactsOmitted: Math.max(0, allContacts.length - REPORT_LIMITS.contacts),
    note: note ? trimText(note, REPORT_LIMITS.note, s.textTrimmed).text : null,
    hotline,
    ...(reporter ? { reporter } : {}),
  };
  // Validating our own output catches a drift between this builder and the published schema.
  return ReportSchema.parse(report);
}
