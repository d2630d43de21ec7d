import { ReportSchema, type Report } from './report-schema';

/** The report as pretty JSON, the attachment NGOs import; keys in schema order, so output is stable. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** File name for the JSON attachment, named by the report reference so e-mails can point at it. */
export function reportFileName(report: Pick<Report, 'reference'>): string {
  return `waspada-report-${report.reference.replace(/[^A-Za-z0-9-]/g, '')}.json`;
}

/** Reads a JSON report back (NGO import, tests); throws with zod's issues when it does not fit the schema. */
export function parseReportJson(text: string): Report {
  return ReportSchema.parse(JSON.parse(text));
}
