import type { PostKind } from '../../model/post';
import type { Entity, Evidence } from '../../model/verdict';
import type { RuleHit } from '../match/evaluate-rules';
import { insidePassage, type Passage } from './quoted-passages';
import { AWARENESS_THRESHOLD, OFFER_POINTS } from './scoring-policy';

const CONTACT_TYPES = new Set(['phone', 'whatsapp', 'telegram', 'line', 'wechat', 'email']);

export interface OfferContext {
  readonly isJobOffer: boolean;
  readonly isAwareness: boolean;
}

const sumWeights = (hits: readonly RuleHit[], kind: string) =>
  hits.filter((h) => h.compiled.rule.kind === kind).reduce((s, h) => s + h.compiled.rule.weight, 0);

/** Evidence that lies wholly inside the body's quoted passages. */
function quotedOnly(evidence: readonly Evidence[], passages: readonly Passage[]): boolean {
  return passages.length > 0 && evidence.length > 0 && evidence.every((e) => e.field === 'text' && insidePassage(passages, e.start, e.end));
}

/**
 * Is this post recruiting at all? News, government warnings and awareness posts contain every red-flag
 * word; they are recognised by warning language outweighing the signs of an offer (a call to apply,
 * contacts, pay, a job listing). `quoted` gives the body's quoted passages: a warning or a worried question
 * that quotes a whole offer ("Is this legit? \"Salary 1,500 USD … WA 0812…\"") does not make that offer
 * itself, so the quoted call to apply, contact and pay count only when the post speaks them.
 */
export function judgeOffer(
  hits: readonly RuleHit[],
  entities: readonly Entity[],
  kind: PostKind | undefined,
  quoted: () => readonly Passage[] = () => [],
): OfferContext {
  // Passages are found only for posts with some warning language: most posts have none.
  const passages = sumWeights(hits, 'awareness') >= AWARENESS_THRESHOLD ? quoted() : [];
  const aware = sumWeights(hits.filter((h) => !quotedOnly(h.evidence, passages)), 'awareness');
  // Quotation only matters in a post that warns or asks in its own words; an ad may quote itself.
  const quotes = aware >= AWARENESS_THRESHOLD ? passages : [];
  const own = (h: RuleHit) => !quotedOnly(h.evidence, quotes);
  const ownEntities = entities.filter((e) => !quotedOnly([e.evidence], quotes));
  const cues = sumWeights(hits.filter(own), 'job-offer');
  const hasContact = ownEntities.some((e) => CONTACT_TYPES.has(e.type));
  const hasPay = ownEntities.some((e) => e.type === 'money');
  const listing = kind === 'job-posting' || kind === 'job-card';
  const offer =
    cues + (hasContact ? OFFER_POINTS.contact : 0) + (hasPay ? OFFER_POINTS.pay : 0) + (listing ? OFFER_POINTS.jobListing : 0);
  // Place names alone are not an offer: a travel post about Mae Sot names the same towns as a recruiter.
  const redFlags = hits.some((h) => own(h) && h.compiled.rule.kind === 'red-flag' && h.compiled.rule.category !== 'destination');
  // Ties go to the offer: one warning phrase in an ad with pay must not hide the ad's red flags.
  const isAwareness = aware >= AWARENESS_THRESHOLD && aware > offer;
  // Without any other sign of an offer, red flags still count as one: a recruiter's chat message
  // ("say you are on holiday at immigration") has no call to apply. Testimonies and news are told
  // apart by warning and reporting language (awareness rules), not by the absence of a contact.
  const isJobOffer = !isAwareness && (offer > 0 || redFlags);
  return { isJobOffer, isAwareness };
}
