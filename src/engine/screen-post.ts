import { POST_TEXT_FIELDS, type Post } from '../model/post';
import type { Entity, Verdict } from '../model/verdict';
import type { RulePack } from '../rules/compiled-rule';
import { countryForLanguage, extractEntities } from './entities/extract-entities';
import { obfuscatedTelegramHandles } from './entities/obfuscated-handles';
import { detectLanguage } from './language/detect-language';
import { evaluateRules, type RuleHit } from './match/evaluate-rules';
import type { FieldViews, ScannedField } from './match/match-context';
import { scanPhrases } from './match/scan-phrases';
import { FoundSlots } from './match/slot-hits';
import { tokenize } from './match/tokenize';
import { findMoney } from './money/parse-money';
import { normalise } from './normalise/normalise';
import { judgeOffer } from './score/job-offer-context';
import { quotedPassages } from './score/quoted-passages';
import { scoreHits } from './score/score-hits';

/**
 * The engine reads at most this many characters of each field. Real ads are far shorter (LinkedIn and
 * Telegram cap posts at a few thousand characters); the cap keeps a pasted 5 MB blob from freezing
 * anything. Evidence offsets stay valid because the kept part is a prefix of the original.
 */
export const MAX_SCREENED_CHARS = 200_000;

function fieldViews(post: Post, notes: string[]): FieldViews[] {
  const out: FieldViews[] = [];
  for (const field of POST_TEXT_FIELDS) {
    let value = post[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (value.length > MAX_SCREENED_CHARS) {
      value = value.slice(0, MAX_SCREENED_CHARS);
      notes.push(`${field}-truncated`);
    }
    out.push({ field, views: normalise(value) });
  }
  return out;
}

// A bare salary figure ("gaji 5000000") is in the local currency of the post's language.
const LOCAL_CURRENCY: Readonly<Record<string, string>> = { id: 'IDR', ms: 'MYR', tl: 'PHP', vi: 'VND', th: 'THB', km: 'KHR', my: 'MMK' };

function entitiesOf(fields: readonly FieldViews[], lang: string): Entity[] {
  const defaultCountry = countryForLanguage(lang);
  const defaultCurrency = LOCAL_CURRENCY[lang];
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const { field, views } of fields) {
    const found = [...extractEntities(views.light, field, { defaultCountry }), ...obfuscatedTelegramHandles(views.full, field), ...findMoney(views.light, field, { defaultCurrency })];
    for (const e of found) {
      const key = e.type === 'money' ? `money:${e.evidence.field}:${e.evidence.start}` : `${e.type}:${e.value}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(e);
      }
    }
  }
  return out;
}

/** The verdict and every rule that fired, context rules included (rule tests and the eval harness read them). */
export interface Analysis {
  readonly verdict: Verdict;
  readonly hits: readonly RuleHit[];
}

/**
 * The engine: Post → Verdict. Pure and deterministic (no DOM, no clock, no storage), so the overlay,
 * the popup, the triage bench and the CLI all get the same answer for the same post and rule pack.
 */
export function screenPost(post: Post, pack: RulePack): Verdict {
  return analysePost(post, pack).verdict;
}

export function analysePost(post: Post, pack: RulePack): Analysis {
  const truncation: string[] = [];
  const fields = fieldViews(post, truncation);
  const body = fields.find((f) => f.field === 'text') ?? fields[0];
  const lang = body ? detectLanguage(body.views.light.text, post.lang) : 'und';
  const entities = entitiesOf(fields, lang);
  const scanned: ScannedField[] = fields.map((f) => ({ ...f, hits: scanPhrases(pack.phrases, f.views.full.text, tokenize(f.views.full.text)) }));
  const foundSlots = new FoundSlots(pack.phrases.slots, scanned.map((f) => f.hits));
  const hits = evaluateRules(pack, { kind: post.kind, fields: scanned, foundSlots, entities, negation: pack.negation.forLanguage(lang) });
  for (const f of scanned) f.hits.release(); // nothing reads the phrase spans after the rules
  const context = judgeOffer(hits, entities, post.kind, () => quotedPassages((post.text ?? '').slice(0, MAX_SCREENED_CHARS)));
  const { score, band, flags, notes } = scoreHits(hits, context);
  const verdict: Verdict = {
    score,
    band,
    isJobOffer: context.isJobOffer,
    isAwareness: context.isAwareness,
    lang,
    flags,
    entities,
    notes: [...notes, ...truncation],
    rulePackVersion: pack.version,
  };
  return { verdict, hits };
}
