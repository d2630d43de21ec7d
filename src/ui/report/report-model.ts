import { channelTrust, type HotlineDirectory } from '../../hotlines/hotline-schema';
import { pickHotlines, type PickedHotline } from '../../hotlines/pick-hotlines';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import { buildReport } from '../../report/build-report';
import { findChannelConflicts } from '../../report/channel-guard';
import type { Report, ReportLang, Reporter } from '../../report/report-schema';
import type { RulePack } from '../../rules/compiled-rule';
import type { ReportDraft } from '../../storage/report-drafts';

/**
 * The report page's logic without the DOM: what the user edited, which hotlines to offer, and the
 * Report they produce. Pure, so the component tests and this file's tests agree.
 */

export interface ReportEdits {
  readonly platform: string;
  readonly postUrl: string;
  readonly title: string;
  readonly poster: string;
  readonly company: string;
  readonly location: string;
  readonly salary: string;
  readonly text: string;
  /** ISO date or date-time the post was seen. */
  readonly seenAt: string;
  readonly note: string;
  /** Rule ids the user left out of the report. */
  readonly excludedFlags: readonly string[];
  /** contactKey()s the user left out. */
  readonly excludedContacts: readonly string[];
  /** Only what the user typed; null while "add my contact details" is off. */
  readonly reporter: Reporter | null;
  readonly lang: ReportLang;
}

export const contactKey = (c: { type: string; value: string }): string => `${c.type}:${c.value}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The editable fields as the draft has them; the date seen is the capture time, else when Report was pressed. */
export function initialEdits(draft: ReportDraft, lang: ReportLang): ReportEdits {
  const p = draft.post;
  const seen = p.capturedAt && ISO_DATE.test(p.capturedAt) ? p.capturedAt : draft.createdAt;
  return {
    platform: p.platform ?? '',
    postUrl: p.url ?? '',
    title: p.title ?? '',
    poster: p.postedBy ?? '',
    company: p.company ?? '',
    location: p.location ?? '',
    salary: p.salary ?? '',
    text: p.text,
    seenAt: seen,
    note: '',
    excludedFlags: [],
    excludedContacts: [],
    reporter: null,
    lang,
  };
}

export interface HotlineOption {
  readonly picked: PickedHotline;
  /** Set when a channel of this organisation appears in the post itself: never offered. */
  readonly blockedBy?: string;
}

export interface HotlineOptions {
  readonly options: readonly HotlineOption[];
  /** True when the country has no line for reporting an ad and these are its lines for citizens abroad. */
  readonly fallback: boolean;
}

const ADDRESS_TYPES = new Set(['phone', 'whatsapp', 'sms', 'email', 'web-form', 'website']);

/**
 * The lines to offer for `country`, best first: lines for reporting a recruitment ad; when the
 * directory has none, the country's lines for citizens in trouble abroad. Organisations sharing a
 * number or address with the post are marked blocked (never route people to the post's contacts).
 */
export function hotlineOptions(directory: HotlineDirectory, country: string | null, verdict: Verdict): HotlineOptions {
  if (!country) return { options: [], fallback: false };
  let picked = pickHotlines(directory, { country, purpose: 'report-ad' });
  let fallback = false;
  if (picked.length === 0) {
    picked = pickHotlines(directory, { country, purpose: 'help-abroad' });
    fallback = picked.length > 0;
  }
  const options = picked.map((p): HotlineOption => {
    const addresses = p.organisation.channels.filter((c) => ADDRESS_TYPES.has(c.type)).map((c) => c.value);
    const [conflict] = findChannelConflicts(addresses, verdict.entities);
    return conflict ? { picked: p, blockedBy: conflict.channelValue } : { picked: p };
  });
  return { options, fallback };
}

/** Whether an organisation (or the channel it is reached on) was seen on the operator's own site. */
export function isVerified(option: HotlineOption): boolean {
  return option.picked.organisation.verified;
}

export function unverifiedChannelValues(option: HotlineOption): Set<string> {
  const org = option.picked.organisation;
  return new Set(org.channels.filter((c) => !channelTrust(org, c).verified).map((c) => c.value));
}

/** Rule explanations in the report language, for the rules that fired. */
export function explanationsFor(pack: RulePack, verdict: Verdict, lang: ReportLang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of verdict.flags) {
    const rule = pack.byId.get(flag.ruleId)?.rule;
    if (rule) out[flag.ruleId] = rule.explain[lang];
  }
  return out;
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v);

/** The post as the user edited it. */
export function editedPost(draft: ReportDraft, edits: ReportEdits): Post {
  const post: Post = { ...draft.post, text: edits.text };
  const fields: [keyof Post, string][] = [
    ['platform', edits.platform],
    ['url', edits.postUrl],
    ['title', edits.title],
    ['postedBy', edits.poster],
    ['company', edits.company],
    ['location', edits.location],
    ['salary', edits.salary],
  ];
  for (const [key, value] of fields) {
    const v = optional(value);
    if (v === undefined) delete (post as Record<string, unknown>)[key];
    else (post as Record<string, unknown>)[key] = v;
  }
  return post;
}

/**
 * The report for the chosen hotline. The safety check runs against every contact in the post, also
 * those the user left out of the report; excluded flags and contacts are removed afterwards.
 */
export function buildDraftReport(input: {
  readonly draft: ReportDraft;
  readonly edits: ReportEdits;
  readonly hotline: PickedHotline;
  readonly country: string;
  readonly explanations: Readonly<Record<string, string>>;
}): Report {
  const { draft, edits } = input;
  const seenAt = ISO_DATE.test(edits.seenAt.trim()) ? edits.seenAt.trim() : draft.createdAt;
  const note = edits.note.trim();
  const report = buildReport({
    post: editedPost(draft, edits),
    verdict: draft.verdict,
    hotline: { country: input.hotline.country, organisation: input.hotline.organisation },
    country: input.country,
    seenAt,
    lang: edits.lang,
    explanations: input.explanations,
    ...(note ? { note } : {}),
    ...(edits.reporter ? { reporter: edits.reporter } : {}),
  });
  const flags = new Set(edits.excludedFlags);
  const contacts = new Set(edits.excludedContacts);
  if (flags.size === 0 && contacts.size === 0) return report;
  return {
    ...report,
    flags: report.flags.filter((f) => !flags.has(f.ruleId)),
    contacts: report.contacts.filter((c) => !contacts.has(contactKey(c))),
  };
}

/** A date input's value (YYYY-MM-DD) for an ISO date-time. */
export const dateInputValue = (iso: string): string => (/^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '');
