import type { RulePack } from '../rules/compiled-rule';
import type { ScoredRecord } from './output-row';

const BAND_WORDS = { en: { low: 'LOW', medium: 'MEDIUM', high: 'HIGH' }, id: { low: 'RENDAH', medium: 'SEDANG', high: 'TINGGI' } } as const;

/** A readable block per record: band and score, then each flag with its explanation and quotes. */
export function formatExplain(r: ScoredRecord, pack: RulePack, lang: 'en' | 'id'): string {
  const v = r.verdict;
  const lines = [`${r.id} (${r.ref}): ${BAND_WORDS[lang][v.band]} risk, score ${v.score}/100, language ${v.lang}${v.isJobOffer ? '' : ', not a job offer'}`];
  if (v.notes.length) lines.push(`  notes: ${v.notes.join(', ')}`);
  for (const f of v.flags) {
    const rule = pack.byId.get(f.ruleId)?.rule;
    const sign = f.weight >= 0 ? '+' : '';
    lines.push(`  ${sign}${f.weight}  ${f.ruleId} [${f.category}, ${f.strength}] ${f.title}`);
    if (rule) lines.push(`        ${rule.explain[lang]}`);
    for (const e of f.evidence) lines.push(`        ${e.field} ${e.start}-${e.end}: "${e.quote.replace(/\s+/g, ' ')}"`);
  }
  const contacts = v.entities.filter((e) => e.type !== 'money');
  if (contacts.length) lines.push(`  contacts: ${contacts.map((e) => `${e.type} ${e.value}`).join('; ')}`);
  const money = v.entities.filter((e) => e.type === 'money' && e.money);
  if (money.length) {
    lines.push(`  pay: ${money.map((e) => `"${e.evidence.quote}" ≈ ${e.money!.monthlyUsd !== undefined ? `${Math.round(e.money!.monthlyUsd)} USD/month` : 'one-off'}`).join('; ')}`);
  }
  return lines.join('\n');
}
