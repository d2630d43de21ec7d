import type { Verdict } from '../model/verdict';
import { linkKeys } from './cluster/link-keys';
import { minhashSignature } from './cluster/minhash';
import type { StoredAd, TriageRow } from './model';

const TITLE_CHARS = 140;

/** The line shown in the table: the title, else the first non-empty line of the text. */
export function rowTitle(post: StoredAd['post']): string {
  const source = post.title?.trim() || post.text.trim().split(/\r?\n/, 1)[0]!.trim();
  const chars = [...source];
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : source;
}

/** Countries of the phone and WhatsApp numbers in the verdict (libphonenumber's region), upper-case, sorted. */
export function phoneCountries(verdict: Verdict): string[] {
  const out = new Set<string>();
  for (const e of verdict.entities) if ((e.type === 'phone' || e.type === 'whatsapp') && e.detail && /^[A-Za-z]{2}$/.test(e.detail)) out.add(e.detail.toUpperCase());
  return [...out].sort();
}

/** Red flags and combos, strongest first: the rules a reviewer filters by. */
function firedRules(verdict: Verdict): { ruleIds: string[]; categories: string[] } {
  const warnings = verdict.flags.filter((f) => f.kind !== 'legitimacy').sort((a, b) => b.weight - a.weight || (a.ruleId < b.ruleId ? -1 : 1));
  return { ruleIds: warnings.map((f) => f.ruleId), categories: [...new Set(warnings.map((f) => f.category))].sort() };
}

/** The table row for an ad and its verdict (pure; rebuilt whenever the verdict is). */
export function buildRow(ad: StoredAd, verdict: Verdict): TriageRow {
  const { ruleIds, categories } = firedRules(verdict);
  const row: TriageRow = {
    id: ad.id,
    score: verdict.score,
    band: verdict.band,
    isJobOffer: verdict.isJobOffer,
    title: rowTitle(ad.post),
    lang: verdict.lang,
    platform: ad.post.platform ?? '',
    countries: phoneCountries(verdict),
    date: ad.post.capturedAt ?? ad.addedAt,
    addedAt: ad.addedAt,
    importId: ad.importId,
    ruleIds,
    categories,
    links: linkKeys(verdict.entities),
    rulePackVersion: verdict.rulePackVersion,
  };
  const signature = minhashSignature([ad.post.title ?? '', ad.post.text].join('\n'));
  if (signature) row.signature = signature;
  return row;
}
