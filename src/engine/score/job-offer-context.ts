import type { PostKind } from '../../model/post';
import type { Entity } from '../../model/verdict';
import type { RuleHit } from '../match/evaluate-rules';
import { AWARENESS_THRESHOLD, OFFER_POINTS } from './scoring-policy';

const CONTACT_TYPES = new Set(['phone', 'whatsapp', 'telegram', 'line', 'wechat', 'email']);

export interface OfferContext {
  readonly isJobOffer: boolean;
  readonly isAwareness: boolean;
}

const sumWeights = (hits: readonly RuleHit[], kind: string) =>
  hits.filter((h) => h.compiled.rule.kind === kind).reduce((s, h) => s + h.compiled.rule.weight, 0);

/**
 * Is this post recruiting at all? News, government warnings and awareness posts contain every red-flag
 * word; they are recognised by warning language outweighing the signs of an offer (a call to apply,
 * contacts, pay, a job listing).
 */
export function judgeOffer(hits: readonly RuleHit[], entities: readonly Entity[], kind: PostKind | undefined): OfferContext {
  const aware = sumWeights(hits, 'awareness');
  const cues = sumWeights(hits, 'job-offer');
  const hasContact = entities.some((e) => CONTACT_TYPES.has(e.type));
  const hasPay = entities.some((e) => e.type === 'money');
  const listing = kind === 'job-posting' || kind === 'job-card';
  const offer =
    cues + (hasContact ? OFFER_POINTS.contact : 0) + (hasPay ? OFFER_POINTS.pay : 0) + (listing ? OFFER_POINTS.jobListing : 0);
  // Place names alone are not an offer: a travel post about Mae Sot names the same towns as a recruiter.
  const redFlags = hits.some((h) => h.compiled.rule.kind === 'red-flag' && h.compiled.rule.category !== 'destination');
  // Ties go to the offer: one warning phrase in an ad with pay must not hide the ad's red flags.
  const isAwareness = aware >= AWARENESS_THRESHOLD && aware > offer;
  // Without any other sign of an offer, red flags still count as one: a recruiter's chat message
  // ("say you are on holiday at immigration") has no call to apply. Testimonies and news are told
  // apart by warning and reporting language (awareness rules), not by the absence of a contact.
  const isJobOffer = !isAwareness && (offer > 0 || redFlags);
  return { isJobOffer, isAwareness };
}
