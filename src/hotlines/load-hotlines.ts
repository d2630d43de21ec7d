import type { DataError, DataSource } from '../data/data-source';
import { issuesToDataErrors, type IssueLike } from './describe-issue';
import {
  HotlineEnvelopeSchema,
  OrganisationSchema,
  ReferralSchema,
  VerificationLinkSchema,
  type HotlineCountry,
  type HotlineDirectory,
  type Organisation,
  type Referral,
  type VerificationLink,
} from './hotline-schema';

const HOTLINE_FILE = /^hotlines\/([^/]+)\.ya?ml$/;

interface ItemSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** Validates list items one by one: a broken entry is reported and dropped, its siblings survive. */
function parseItems<T extends object>(
  file: string,
  listName: string,
  items: readonly unknown[],
  schema: ItemSchema<T>,
  errors: DataError[],
): T[] {
  const out: T[] = [];
  const seenIds = new Map<string, number>();
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      errors.push(...issuesToDataErrors(file, result.error.issues, item, [listName, i]));
      return;
    }
    const id = 'id' in result.data && typeof result.data.id === 'string' ? result.data.id : undefined;
    if (id !== undefined) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        errors.push({ file, field: `${listName}.${i}.id`, message: `duplicate id "${id}" (already used by ${listName}.${first})` });
        return;
      }
      seenIds.set(id, i);
    }
    out.push(result.data);
  });
  return out;
}

function loadCountryFile(source: DataSource, errors: DataError[]): HotlineCountry | undefined {
  const { file } = source;
  if (source.error !== undefined) {
    errors.push({ file, field: '', message: source.error });
    return undefined;
  }
  const envelope = HotlineEnvelopeSchema.safeParse(source.data);
  if (!envelope.success) {
    errors.push(...issuesToDataErrors(file, envelope.error.issues, source.data));
    return undefined;
  }
  const data = envelope.data;
  const expected = HOTLINE_FILE.exec(file)?.[1];
  if (data.country !== expected) {
    errors.push({ file, field: 'country', message: `"${data.country}" does not match the file name; name the file ${data.country}.yaml` });
    return undefined;
  }
  return {
    country: data.country,
    names: data.names,
    organisations: parseItems<Organisation>(file, 'organisations', data.organisations, OrganisationSchema, errors),
    verificationLinks: parseItems<VerificationLink>(file, 'verification_links', data.verification_links ?? [], VerificationLinkSchema, errors),
    referrals: parseItems<Referral>(file, 'referrals', data.referrals ?? [], ReferralSchema, errors),
    ...(data.gaps !== undefined ? { gaps: data.gaps } : {}),
    file,
  };
}

/** Referrals must point at an organisation that loaded; a dangling one is reported and dropped. */
function resolveReferrals(countries: Record<string, HotlineCountry>, errors: DataError[]): void {
  for (const [code, entry] of Object.entries(countries)) {
    const kept = entry.referrals.filter((ref, i) => {
      const target = countries[ref.country]?.organisations.some((o) => o.id === ref.organisation);
      if (!target) {
        errors.push({
          file: entry.file,
          field: `referrals.${i}.organisation`,
          message: `no organisation "${ref.organisation}" in hotlines/${ref.country}.yaml`,
        });
      }
      return target;
    });
    if (kept.length !== entry.referrals.length) countries[code] = { ...entry, referrals: kept };
  }
}

/**
 * Builds the hotline directory from the data files under `hotlines/`. Pure: works on the sources read
 * by readYamlDir in Node or bundled as `virtual:waspada-data` in the browser.
 */
export function loadHotlineDirectory(sources: readonly DataSource[]): { directory: HotlineDirectory; errors: DataError[] } {
  const errors: DataError[] = [];
  const countries: Record<string, HotlineCountry> = {};
  const hotlineSources = sources
    .map((s) => ({ ...s, file: s.file.replace(/\\/g, '/') }) as DataSource)
    .filter((s) => HOTLINE_FILE.test(s.file))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const source of hotlineSources) {
    const entry = loadCountryFile(source, errors);
    if (!entry) continue;
    const existing = countries[entry.country];
    if (existing) {
      errors.push({ file: entry.file, field: 'country', message: `"${entry.country}" is already defined in ${existing.file}` });
      continue;
    }
    countries[entry.country] = entry;
  }
  resolveReferrals(countries, errors);
  return { directory: { countries }, errors };
}
