import Papa from 'papaparse';
import type { ScoredRecord } from './output-row';

const COLUMNS = ['id', 'ref', 'score', 'band', 'is_job_offer', 'lang', 'flags', 'top_evidence', 'contacts'] as const;

function row(r: ScoredRecord): string[] {
  const v = r.verdict;
  const contacts = v.entities.filter((e) => e.type !== 'money').map((e) => `${e.type}:${e.value}`);
  return [
    r.id,
    r.ref,
    String(v.score),
    v.band,
    String(v.isJobOffer),
    v.lang,
    v.flags.filter((f) => f.kind !== 'legitimacy').map((f) => f.ruleId).join(' '),
    v.flags[0]?.evidence[0]?.quote ?? '',
    contacts.join(' '),
  ];
}

export const csvHeader = () => Papa.unparse([COLUMNS as unknown as string[]]);
export const formatCsv = (r: ScoredRecord) => Papa.unparse([row(r)], { header: false });
