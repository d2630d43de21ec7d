import type { HotlineDirectory } from '../hotlines/hotline-schema';
import { pickHotlines, type PickedHotline } from '../hotlines/pick-hotlines';
import { buildReport } from '../report/build-report';
import { UnsafeChannelError } from '../report/channel-guard';
import { renderText } from '../report/render-text';
import type { Report, ReportLang } from '../report/report-schema';
import type { RulePack } from '../rules/compiled-rule';
import type { AdRecord, Cluster } from './model';

export interface BenchReportOptions {
  hotline: PickedHotline;
  /** The reviewer's country (the directory the hotline was picked from). */
  country: string;
  lang: ReportLang;
  note?: string;
}

/** The hotlines for reporting ads from `country`, best first (the report flow's own choice). */
export function reportHotlines(directory: HotlineDirectory, country: string): PickedHotline[] {
  return pickHotlines(directory, { country, purpose: 'report-ad' });
}

/** Each fired rule's explanation in the report language, from the rule pack. */
export function explanations(pack: RulePack, ruleIds: readonly string[], lang: ReportLang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ruleIds) {
    const rule = pack.byId.get(id)?.rule;
    if (rule) Object.defineProperty(out, id, { value: rule.explain[lang], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** One ad's hotline report; throws UnsafeChannelError when the hotline shares a contact with the ad. */
export function adReport(record: AdRecord, opts: BenchReportOptions, pack: RulePack): Report {
  const { ad, verdict } = record;
  const captured = ad.post.capturedAt;
  return buildReport({
    post: ad.post,
    verdict: verdict.verdict,
    hotline: opts.hotline,
    country: opts.country,
    note: opts.note,
    seenAt: captured && ISO.test(captured) ? captured : ad.addedAt,
    lang: opts.lang,
    explanations: explanations(pack, verdict.verdict.flags.map((f) => f.ruleId), opts.lang),
  });
}

export interface ReportBundle {
  reports: Report[];
  /** Ads left out, with why (a hotline number that appears in the ad itself). */
  skipped: { adId: string; ref: string; reason: string }[];
  text: string;
  json: string;
}

export interface BundleWords {
  /** "Report on {count} ads" */
  heading: (count: number) => string;
  /** "37 ads share Telegram @example_hr" lines, for a cluster. */
  shared?: string[];
  adHeading: (n: number, of: number) => string;
  skipped: (ref: string, reason: string) => string;
}

/**
 * Reports for several ads (a selection or a cluster): one report per ad, rendered one after the
 * other under a short heading, and as JSON `{ format, cluster?, reports }` for the hotline's import.
 */
export function reportBundle(
  records: readonly AdRecord[],
  opts: BenchReportOptions,
  pack: RulePack,
  words: BundleWords,
  cluster?: Cluster,
): ReportBundle {
  const reports: Report[] = [];
  const skipped: ReportBundle['skipped'] = [];
  for (const record of records) {
    try {
      reports.push(adReport(record, opts, pack));
    } catch (err) {
      if (!(err instanceof UnsafeChannelError)) throw err;
      skipped.push({ adId: record.ad.id, ref: record.ad.ref, reason: err.message });
    }
  }
  const head = [words.heading(reports.length), ...(words.shared ?? []), ...skipped.map((s) => words.skipped(s.ref, s.reason))];
  const parts = reports.map((r, i) => `===== ${words.adHeading(i + 1, reports.length)} =====\n${renderText(r)}`);
  const text = [head.join('\n'), ...parts].join('\n\n');
  const json = JSON.stringify(
    {
      format: 'waspada-report-bundle/1',
      ...(cluster ? { cluster: { id: cluster.id, shared: cluster.shared, maxBand: cluster.maxBand, adIds: cluster.adIds } } : {}),
      reports,
    },
    null,
    2,
  );
  return { reports, skipped, text, json };
}
