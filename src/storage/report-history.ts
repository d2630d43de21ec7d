import { z } from '../model/zod';
import { ReportSchema, type Report } from '../report/report-schema';
import { LOCAL_KEYS } from './layout';
import { readLocal, updateLocal, watchLocal, writeLocal } from './store';

/**
 * The local report history: a copy of each report the user sent through one of the channels (or
 * saved). Screenshots are not kept here (they are large and the quota is shared); the report text,
 * flags, contacts and note are.
 */

export const HISTORY_LIMIT = 200;

/** How the user sent a report; recorded so the history can say "e-mailed", "copied" … */
export const HISTORY_CHANNELS = ['copy', 'email', 'whatsapp', 'whatsapp-share', 'web-form', 'phone', 'json', 'html', 'saved'] as const;
export type HistoryChannel = (typeof HISTORY_CHANNELS)[number];

export const HistoryEntrySchema = z.object({
  /** The report reference (WSP-…): the same post, date and hotline update one entry. */
  id: z.string().check(z.minLength(1)),
  savedAt: z.string(),
  channels: z.array(z.string()),
  report: ReportSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export interface ParsedHistory {
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  /** Stored items this version cannot read; kept in storage, not shown. */
  readonly unreadable: number;
}

const asArray = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : []);

/** Reads the stored list leniently: every readable entry, and a count of the others. */
export function parseHistory(raw: unknown): ParsedHistory {
  const entries: HistoryEntry[] = [];
  let unreadable = 0;
  for (const item of asArray(raw)) {
    const parsed = HistoryEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else unreadable++;
  }
  return { entries, unreadable };
}

const idOf = (item: unknown): string | undefined =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;

/**
 * The stored list with `report` added (or its entry replaced, keeping the channels used before),
 * newest first, capped at `limit`. Pure; unreadable items are carried along untouched.
 */
export function withReport(raw: unknown, report: Report, channel: HistoryChannel, savedAt: string, limit = HISTORY_LIMIT): unknown[] {
  const items = asArray(raw);
  const previous = items.find((item) => idOf(item) === report.reference);
  const previousChannels = HistoryEntrySchema.safeParse(previous).success ? (previous as HistoryEntry).channels : [];
  const entry: HistoryEntry = {
    id: report.reference,
    savedAt,
    channels: [...new Set([...previousChannels, channel])],
    report,
  };
  return [entry, ...items.filter((item) => idOf(item) !== report.reference)].slice(0, limit);
}

export async function listReports(): Promise<ParsedHistory> {
  return parseHistory(await readLocal(LOCAL_KEYS.reportHistory));
}

export async function getReport(id: string): Promise<HistoryEntry | undefined> {
  return (await listReports()).entries.find((e) => e.id === id);
}

export async function saveReport(report: Report, channel: HistoryChannel, savedAt: string = new Date().toISOString()): Promise<void> {
  await updateLocal(LOCAL_KEYS.reportHistory, (raw) => withReport(raw, report, channel, savedAt));
}

export async function deleteReport(id: string): Promise<void> {
  await updateLocal(LOCAL_KEYS.reportHistory, (raw) => asArray(raw).filter((item) => idOf(item) !== id));
}

export async function deleteAllReports(): Promise<void> {
  await writeLocal(LOCAL_KEYS.reportHistory, []);
}

/** The history as a JSON document (readable entries only), for "export". */
export function historyExportJson(history: ParsedHistory, exportedAt: string): string {
  return JSON.stringify({ format: 'waspada-report-history/1', exportedAt, reports: history.entries }, null, 2) + '\n';
}

export function watchReports(callback: (history: ParsedHistory) => void): () => void {
  return watchLocal(LOCAL_KEYS.reportHistory, (value) => callback(parseHistory(value)));
}
