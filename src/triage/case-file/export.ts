import Papa from 'papaparse';
import type { Post } from '../../model/post';
import type { TriageDatabase } from '../db/open';
import { TRIAGE_DB_VERSION } from '../db/schema';
import type { AdRecord, Cluster, ImportLog } from '../model';
import { allAdRecords } from '../repo/ads';
import { allClusters } from '../repo/clusters';
import { allImportLogs } from '../repo/imports';
import { CASE_CSV_COLUMNS, CASE_FILE_FORMAT, FORMULA_START, POST_COLUMNS, TAG_SEPARATOR, type CaseAd, type CaseCsvColumn } from './format';

export type CaseFileFormat = 'json' | 'csv';

export interface CaseFileContents {
  records: readonly AdRecord[];
  clusters: readonly Cluster[];
  imports: readonly ImportLog[];
  rulePackVersion: string;
  exportedAt: string;
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  text: string;
}

function caseAd({ ad, verdict, review }: AdRecord): CaseAd {
  return {
    id: ad.id,
    post: ad.post,
    importId: ad.importId,
    ref: ad.ref,
    ...(ad.extra ? { extra: ad.extra } : {}),
    addedAt: ad.addedAt,
    verdict: verdict.verdict,
    scoredAt: verdict.scoredAt,
    review: { status: review.status, note: review.note, tags: review.tags, updatedAt: review.updatedAt },
  };
}

/** The JSON case file as an object (what `caseFileJson` writes). */
export function caseFileObject(contents: CaseFileContents) {
  return {
    format: CASE_FILE_FORMAT,
    exportedAt: contents.exportedAt,
    schemaVersion: TRIAGE_DB_VERSION,
    rulePackVersion: contents.rulePackVersion,
    ads: contents.records.map(caseAd),
    clusters: contents.clusters,
    imports: contents.imports,
  };
}

export function caseFileJson(contents: CaseFileContents): string {
  return JSON.stringify(caseFileObject(contents), null, 1);
}

/** One CSV row per ad; readable columns first, then what a restore needs verbatim. */
export function caseFileCsv(contents: CaseFileContents): string {
  const clusterOf = new Map<string, string>();
  for (const c of contents.clusters) for (const id of c.adIds) clusterOf.set(id, c.id);
  const rows = contents.records.map(({ ad, verdict, review }) => {
    const v = verdict.verdict;
    const cells: Record<CaseCsvColumn, string | number> = {
      waspada_case: CASE_FILE_FORMAT,
      id: ad.id,
      status: review.status,
      band: v.band,
      score: v.score,
      title: '',
      company: '',
      location: '',
      salary: '',
      posted_by: '',
      platform: '',
      url: '',
      kind: '',
      post_lang: '',
      captured_at: '',
      post_id: '',
      text: ad.post.text,
      rules: v.flags.filter((f) => f.kind !== 'legitimacy').map((f) => f.ruleId).join(' '),
      contacts: v.entities.filter((e) => e.type !== 'money').map((e) => `${e.type}:${e.value}`).join(' '),
      cluster: clusterOf.get(ad.id) ?? '',
      tags: review.tags.join(TAG_SEPARATOR),
      note: review.note,
      reviewed_at: review.updatedAt,
      added_at: ad.addedAt,
      import_id: ad.importId,
      ref: ad.ref,
      scored_at: verdict.scoredAt,
      verdict_json: JSON.stringify(v),
      extra_json: ad.extra ? JSON.stringify(ad.extra) : '',
    };
    for (const [field, column] of POST_COLUMNS) cells[column] = (ad.post as Post)[field] ?? '';
    return CASE_CSV_COLUMNS.map((c) => cells[c]);
  });
  // The BOM makes spreadsheet programs read the file as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CASE_CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** `waspada-case-2026-11-27.json` */
export function caseFileName(format: CaseFileFormat, exportedAt: string): string {
  return `waspada-case-${exportedAt.slice(0, 10)}.${format}`;
}

/** Everything on the bench, read in one go. */
export async function readCaseFile(db: TriageDatabase, opts: { rulePackVersion: string; now?: Date }): Promise<CaseFileContents> {
  const [records, clusters, imports] = await Promise.all([allAdRecords(db), allClusters(db), allImportLogs(db)]);
  return { records, clusters, imports, rulePackVersion: opts.rulePackVersion, exportedAt: (opts.now ?? new Date()).toISOString() };
}

/** Reads the whole bench and renders it as a case file. */
export async function exportCaseFile(
  db: TriageDatabase,
  format: CaseFileFormat,
  opts: { rulePackVersion: string; now?: Date },
): Promise<ExportedFile> {
  const contents = await readCaseFile(db, opts);
  const { exportedAt } = contents;
  return format === 'json'
    ? { fileName: caseFileName('json', exportedAt), mime: 'application/json', text: caseFileJson(contents) }
    : { fileName: caseFileName('csv', exportedAt), mime: 'text/csv', text: caseFileCsv(contents) };
}
