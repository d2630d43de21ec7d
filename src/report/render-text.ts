import type { Report, ReportFlag } from './report-schema';
import { reportStrings, type ReportStrings } from './report-strings';
import { reportFileName } from './render-json';
import { trimText } from './report-limits';

/** How much of the reporter's note a compact text keeps, so a long note cannot push out the evidence. */
const COMPACT_NOTE = 600;

/**
 * Plain-text report in the report's language, for e-mail bodies and copy-paste. Sections run from
 * most to least important, so a link that has to cut the end loses ad text before the warning signs.
 */

function metaLines(r: Report, s: ReportStrings): string[] {
  const rows: [string, string | null][] = [
    [s.platform, r.platform],
    [s.postUrl, r.postUrl],
    [s.title, r.title],
    [s.poster, r.poster],
    [s.company, r.company],
    [s.location, r.location],
    [s.salary, r.salary],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null).map(([label, value]) => `${label}: ${value}`);
}

function flagLines(flag: ReportFlag, n: number, s: ReportStrings, explain = true): string[] {
  const lines = [`${n}. ${flag.title}`];
  for (const q of flag.quotes) lines.push(`   "${q.quote}"${q.field === 'text' ? '' : ` (${q.field})`}`);
  if (explain && flag.explanation) lines.push(`   ${s.why}: ${flag.explanation}`);
  return lines;
}

function warningSection(r: Report, s: ReportStrings, explain = true): string[] {
  const warnings = r.flags.filter((f) => f.kind !== 'legitimacy');
  const out = [`${s.flags} (${warnings.length})`];
  if (warnings.length === 0) out.push(s.noFlags);
  warnings.forEach((f, i) => out.push(...flagLines(f, i + 1, s, explain)));
  if (r.flagsOmitted > 0) out.push(`(${s.flagsOmitted(r.flagsOmitted)})`);
  return out;
}

function legitimacySection(r: Report, s: ReportStrings): string[] {
  const legit = r.flags.filter((f) => f.kind === 'legitimacy');
  if (legit.length === 0) return [];
  const out = [`${s.legitimacy} (${legit.length})`];
  legit.forEach((f, i) => out.push(...flagLines(f, i + 1, s)));
  return out;
}

function contactSection(r: Report, s: ReportStrings): string[] {
  if (r.contacts.length === 0) return [];
  const out = [`${s.contacts} (${r.contacts.length})`, s.contactsWarning];
  for (const c of r.contacts) {
    const extra = [c.detail, c.asWritten !== c.value ? `${s.asWritten}: "${c.asWritten}"` : undefined].filter(Boolean);
    out.push(`- ${s.contactTypes[c.type]}: ${c.value}${extra.length ? ` (${extra.join('; ')})` : ''}`);
  }
  if (r.contactsOmitted > 0) out.push(`(${s.contactsOmitted(r.contactsOmitted)})`);
  return out;
}

function reporterLines(r: Report, s: ReportStrings): string[] {
  if (!r.reporter) return [];
  const rows: [string, string | undefined][] = [
    [s.reporterName, r.reporter.name],
    [s.reporterEmail, r.reporter.email],
    [s.reporterPhone, r.reporter.phone],
  ];
  return [s.reporter, ...rows.filter(([, v]) => v).map(([label, v]) => `${label}: ${v}`)];
}

export function hotlineLine(r: Report, s: ReportStrings): string {
  return `${s.sentTo}: ${r.hotline.name}${r.hotline.verified ? '' : ` (${s.unverified})`}`;
}

export interface TextOptions {
  /**
   * For links too short for the whole report (the JSON has everything): leave out the ad text, the
   * legitimacy cues and the rule explanations, and put the reporter's own note before the warning
   * signs so a cut never loses what the person wrote.
   */
  readonly compact?: boolean;
}

/** The whole report as plain text, lines joined with "\n". */
export function renderText(r: Report, { compact = false }: TextOptions = {}): string {
  const s = reportStrings(r.lang);
  // Warning signs, the post's contacts and the user's note are what a hotline acts on; they go first.
  const sections: string[][] = [
    [`WASPADA — ${s.heading}`, `${s.reference}: ${r.reference}`, `${s.seenAt}: ${r.seenAt}`, hotlineLine(r, s)],
    reporterLines(r, s),
    [s.post, ...metaLines(r, s)],
    compact && r.note ? [s.note, trimText(r.note, COMPACT_NOTE, s.textTrimmed).text] : [],
    [`${s.risk}: ${s.bands[r.risk.band]} (${s.score} ${r.risk.score}; ${s.rules} ${r.risk.rulePackVersion})`],
    warningSection(r, s, !compact),
    contactSection(r, s),
    !compact && r.note ? [s.note, r.note] : [],
    compact ? [] : legitimacySection(r, s),
    compact ? [] : [s.postText, r.postText],
    compact ? [] : [...(r.reporter ? [] : [s.noReporter]), s.intro, s.fullReport(reportFileName(r))],
  ];
  return sections.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

/** A few lines for a chat message: what, where, the strongest signs and the contacts to check. */
export function renderShortText(r: Report): string {
  const s = reportStrings(r.lang);
  const warnings = r.flags.filter((f) => f.kind !== 'legitimacy').slice(0, 5);
  const lines = [
    `WASPADA — ${s.heading} (${r.reference})`,
    ...metaLines(r, s).slice(0, 5),
    `${s.risk}: ${s.bands[r.risk.band]}`,
    ...(warnings.length ? [`${s.flags}:`, ...warnings.map((f) => `- ${f.title}`)] : []),
    ...(r.contacts.length ? [`${s.contacts}:`, ...r.contacts.slice(0, 8).map((c) => `- ${s.contactTypes[c.type]}: ${c.asWritten}`)] : []),
    ...(r.note ? [`${s.note}: ${r.note}`] : []),
    s.fullReport(reportFileName(r)),
  ];
  return lines.join('\n');
}
