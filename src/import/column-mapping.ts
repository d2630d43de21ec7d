import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from './types';

/**
 * Column names each Post field is recognised by, best first, compared after `headerKey`
 * ("Job Title", "job_title" and "jobTitle" are all "jobtitle").
 */
const ALIASES: Readonly<Record<MappableField, readonly string[]>> = {
  text: ['text', 'description', 'body', 'content', 'message', 'post', 'ad', 'jobdescription', 'adtext', 'posttext'],
  title: ['title', 'jobtitle', 'position'],
  company: ['company', 'employer', 'companyname', 'employername'],
  location: ['location', 'city', 'country'],
  salary: ['salary', 'salaryrange', 'pay'],
  url: ['url', 'link'],
  id: ['id', 'jobid'],
  platform: ['platform', 'source', 'site'],
  postedBy: ['postedby', 'author', 'poster'],
  lang: ['lang', 'language'],
  capturedAt: ['capturedat'],
  kind: ['kind'],
};

/** Without a `location` column, "city" and "country" together make the location. */
const LOCATION_PARTS = ['city', 'country'];

/**
 * Job-ad exports (EMSCAD, Workable, most ATS dumps) split the ad body into sections. When the body
 * column is `description`, these follow it in the text, in this order, as the reader saw them.
 * EMSCAD's `company_profile` is deliberately not one of them, nor the company: it is the employer's
 * boilerplate "about us" (its first line is a sentence, not a name), repeated verbatim across an
 * employer's ads, so in the text it would make one employer's ads look like near-duplicates and let
 * the profile, not the offer, decide the score. It stays in `extra`; a caller who wants it scored
 * maps it explicitly: { text: ['company_profile', 'description', 'requirements', 'benefits'] }.
 */
const TEXT_SECTIONS = ['requirements', 'benefits'];

/**
 * Without a company column, an "about us" profile (EMSCAD's `company_profile`) stands in for the
 * employer: it is how the employer identifies itself, and an ad whose employer says nothing about
 * itself is a known warning sign. Only its opening line is kept (see `employerLine`).
 */
const EMPLOYER_PROFILE = 'companyprofile';

const keyCache = new Map<string, string>();

/** Lower-cased letters and digits only, so spelling variants of a header compare equal. */
export function headerKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (keyCache.size < 10_000) keyCache.set(name, key);
  }
  return key;
}

/** The mapping the column names suggest. `text` is missing when no column looks like the ad body. */
export function autoMapping(columns: readonly string[]): ColumnMapping {
  const byKey = new Map<string, string>();
  for (const column of columns) {
    const key = headerKey(column);
    if (!byKey.has(key)) byKey.set(key, column);
  }
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const alias = ALIASES[field].find((a) => byKey.has(a));
    if (alias !== undefined) mapping[field] = byKey.get(alias)!;
  }
  if (!byKey.has('location')) {
    const parts = LOCATION_PARTS.flatMap((p) => byKey.get(p) ?? []);
    if (parts.length > 1) mapping.location = parts;
  }
  if (mapping.company === undefined && byKey.has(EMPLOYER_PROFILE)) mapping.company = byKey.get(EMPLOYER_PROFILE)!;
  if (mapping.text !== undefined && headerKey(mapping.text as string) === 'description') {
    const sections = TEXT_SECTIONS.flatMap((s) => byKey.get(s) ?? []);
    if (sections.length > 0) mapping.text = [mapping.text as string, ...sections];
  }
  return mapping;
}

/**
 * The explicit mapping laid over the automatic one, field by field: a caller who only picks the
 * text column keeps the recognised title, company …; '' or [] unmaps a field.
 */
export function resolveMapping(columns: readonly string[], explicit?: ColumnMapping): ColumnMapping {
  const mapping = autoMapping(columns);
  if (!explicit) return mapping;
  for (const field of MAPPABLE_FIELDS) {
    const chosen = explicit[field];
    if (chosen === undefined) continue;
    if (columnsOf(chosen).length === 0) delete mapping[field];
    else mapping[field] = chosen;
  }
  return mapping;
}

export function columnsOf(source: string | readonly string[] | undefined): readonly string[] {
  if (source === undefined || source === '') return [];
  return typeof source === 'string' ? [source] : source.filter((c) => c !== '');
}

/** Names the mapping refers to that are not among `columns`. */
export function unknownColumns(mapping: ColumnMapping, columns: readonly string[]): string[] {
  const known = new Set(columns);
  return MAPPABLE_FIELDS.flatMap((f) => columnsOf(mapping[f]).filter((c) => !known.has(c)));
}

/** Every column the mapping reads, so the rest can go to `extra`. */
export function mappedColumns(mapping: ColumnMapping): Set<string> {
  return new Set(MAPPABLE_FIELDS.flatMap((f) => columnsOf(mapping[f])));
}
