import type { Band, Flag } from '../../model/verdict';
import type { RuleHit } from '../match/evaluate-rules';
import type { OfferContext } from './job-offer-context';
import {
  BAND_THRESHOLDS,
  CAP_NOT_JOB_OFFER,
  CAP_WITHOUT_STRONG_FLAG,
  MAX_LEGITIMACY_DISCOUNT,
  SAME_CATEGORY_DAMPING,
} from './scoring-policy';

export interface Scored {
  readonly score: number;
  readonly band: Band;
  readonly flags: Flag[];
  readonly notes: string[];
}

function toFlags(hits: readonly RuleHit[], sign: 1 | -1): Flag[] {
  // Strongest first inside each category, then damped: the first counts fully, the next half, …
  const byCategory = new Map<string, RuleHit[]>();
  for (const h of hits) {
    const list = byCategory.get(h.compiled.rule.category) ?? [];
    list.push(h);
    byCategory.set(h.compiled.rule.category, list);
  }
  const flags: Flag[] = [];
  for (const list of byCategory.values()) {
    list.sort((a, b) => b.compiled.rule.weight - a.compiled.rule.weight || a.compiled.rule.id.localeCompare(b.compiled.rule.id));
    list.forEach((h, i) => {
      const r = h.compiled.rule;
      const weight = Math.round(r.weight * SAME_CATEGORY_DAMPING ** i * 10) / 10;
      flags.push({
        ruleId: r.id,
        title: r.title,
        kind: r.kind === 'legitimacy' ? 'legitimacy' : r.kind === 'combo' ? 'combo' : 'red-flag',
        family: r.family,
        category: r.category,
        strength: r.strength,
        weight: sign * weight,
        evidence: [...h.evidence],
      });
    });
  }
  return flags;
}

export function bandOf(score: number): Band {
  return score >= BAND_THRESHOLDS.high ? 'high' : score >= BAND_THRESHOLDS.medium ? 'medium' : 'low';
}

/** Fired rules → score, band and flags, applying the documented caps in scoring-policy.ts. */
export function scoreHits(hits: readonly RuleHit[], context: OfferContext): Scored {
  const red = hits.filter((h) => h.compiled.rule.kind === 'red-flag' || h.compiled.rule.kind === 'combo');
  const legit = hits.filter((h) => h.compiled.rule.kind === 'legitimacy');
  const redFlags = toFlags(red, 1);
  const legitFlags = toFlags(legit, -1);
  const notes: string[] = [];

  let score = redFlags.reduce((s, f) => s + f.weight, 0);
  const hardest = Math.max(0, ...redFlags.filter((f) => f.strength === 'hard').map((f) => f.weight));
  const discount = Math.min(MAX_LEGITIMACY_DISCOUNT, -legitFlags.reduce((s, f) => s + f.weight, 0));
  if (discount > 0 && score > 0) {
    score = Math.max(score - discount, hardest);
    notes.push('legitimacy-cues');
  }
  const strong = redFlags.some((f) => f.strength === 'strong' || f.strength === 'hard' || f.kind === 'combo');
  if (!strong && score > CAP_WITHOUT_STRONG_FLAG) {
    score = CAP_WITHOUT_STRONG_FLAG;
    notes.push('weak-cues-only');
  }
  if (!context.isJobOffer && score > CAP_NOT_JOB_OFFER) {
    score = CAP_NOT_JOB_OFFER;
    notes.push(context.isAwareness ? 'awareness-post' : 'not-a-job-offer');
  }
  score = Math.max(0, Math.min(100, Math.round(score)));
  const flags = [...redFlags, ...legitFlags].sort((a, b) => b.weight - a.weight || a.ruleId.localeCompare(b.ruleId));
  return { score, band: bandOf(score), flags, notes };
}
