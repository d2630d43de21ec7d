import type { Post, PostField } from '../../model/post';
import type { Band, Evidence, Flag, Verdict } from '../../model/verdict';

/*
 * Pure decisions about how a Verdict is shown: which headline, which reasons first, which quotes.
 * No DOM and no browser APIs, so the overlay, the verdict page and the tests share them.
 */

export const BAND_RANK: Readonly<Record<Band, number>> = { low: 0, medium: 1, high: 2 };

/** Whether a verdict is worth a warning on the page, given the user's lowest band to show. */
export function shouldWarn(verdict: Verdict, minBand: 'medium' | 'high'): boolean {
  return BAND_RANK[verdict.band] >= BAND_RANK[minBand];
}

/** Which harm the headline names: trafficking into a scam compound, an ordinary job scam, or neither clearly. */
export type HeadlineFamily = 'trafficking' | 'job-scam' | 'generic';

const isWarning = (flag: Flag): boolean => flag.kind !== 'legitimacy' && flag.weight > 0;

/** The family with the most weight behind it; family-neutral flags ('any') do not vote; ties go to trafficking. */
export function headlineFamily(verdict: Verdict): HeadlineFamily {
  let trafficking = 0;
  let jobScam = 0;
  for (const flag of verdict.flags) {
    if (!isWarning(flag)) continue;
    if (flag.family === 'trafficking') trafficking += flag.weight;
    else if (flag.family === 'job-scam') jobScam += flag.weight;
  }
  if (trafficking > 0 && trafficking >= jobScam) return 'trafficking';
  if (jobScam > 0) return 'job-scam';
  return 'generic';
}

export type HeadlineKey =
  | `headline.${HeadlineFamily}.${'high' | 'medium'}`
  | 'headline.low';

export function headlineKey(verdict: Verdict): HeadlineKey {
  if (verdict.band === 'low') return 'headline.low';
  return `headline.${headlineFamily(verdict)}.${verdict.band}`;
}

/** Red flags and combos that added to the score, strongest first (stable for equal weights). */
export function warningFlags(verdict: Verdict): Flag[] {
  return verdict.flags
    .map((flag, index) => ({ flag, index }))
    .filter(({ flag }) => isWarning(flag))
    .sort((a, b) => b.flag.weight - a.flag.weight || a.index - b.index)
    .map(({ flag }) => flag);
}

/** Legitimacy cues that lowered the score. */
export function favourFlags(verdict: Verdict): Flag[] {
  return verdict.flags.filter((flag) => flag.kind === 'legitimacy' || flag.weight < 0);
}

const overlaps = (a: Evidence, b: Evidence): boolean => a.field === b.field && a.start < b.end && b.start < a.end;
const wordsOf = (e: Evidence): string => e.quote.toLowerCase().replace(/\s+/g, ' ').trim();
/** The same words quoted from another field ("Sihanoukville" in the location and in the text). */
const sameWords = (a: Evidence, b: Evidence): boolean => wordsOf(a) === wordsOf(b);

/**
 * The reasons shown without expanding "Why?": the strongest flags, but each should point at
 * something new in the post. Several rules often fire on the same words ("Sihanoukville" is a
 * hotspot town, in a hub country, in a scam-compound pattern); three quotes of one word would
 * crowd out the fee, the chat-only interview or the free ticket. Flags whose every quote is already
 * shown wait until there is room.
 */
export function topReasons(verdict: Verdict, count = 3): Flag[] {
  const picked: Flag[] = [];
  const repeats: Flag[] = [];
  const shown: Evidence[] = [];
  for (const flag of warningFlags(verdict)) {
    if (picked.length >= count) break;
    const seen = (e: Evidence) => shown.some((s) => overlaps(e, s) || sameWords(e, s));
    const isRepeat = flag.evidence.length > 0 && flag.evidence.every(seen);
    if (isRepeat) {
      repeats.push(flag);
      continue;
    }
    picked.push(flag);
    shown.push(...flag.evidence);
  }
  for (const flag of repeats) if (picked.length < count) picked.push(flag);
  const order = new Map(warningFlags(verdict).map((flag, index) => [flag, index]));
  return picked.sort((a, b) => order.get(a)! - order.get(b)!);
}

/** Distinct quotes of a flag, in order, at most `max`. */
export function distinctEvidence(flag: Flag, max = 2): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const evidence of flag.evidence) {
    const key = evidence.quote.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(evidence);
    if (out.length >= max) break;
  }
  return out;
}

export interface Snippet {
  readonly field: PostField;
  /** Text before the quote, with a leading ellipsis when cut. */
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

const MAX_QUOTE = 160;

/**
 * The quote with a little of the text around it, cut at word boundaries, on one line. Uses the
 * evidence span into the original field when it still matches; otherwise only the quote.
 */
export function evidenceSnippet(post: Post | undefined, evidence: Evidence, radius = 48): Snippet {
  const oneLine = (value: string) => value.replace(/\s+/g, ' ');
  const quote = oneLine(evidence.quote).trim();
  const clippedQuote = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1).trimEnd()}…` : quote;
  const source = post?.[evidence.field];
  if (typeof source !== 'string' || source.slice(evidence.start, evidence.end) !== evidence.quote) {
    return { field: evidence.field, before: '', quote: clippedQuote, after: '' };
  }
  let beforeStart = Math.max(0, evidence.start - radius);
  if (beforeStart > 0) {
    const space = source.indexOf(' ', beforeStart);
    if (space !== -1 && space < evidence.start) beforeStart = space + 1;
  }
  let afterEnd = Math.min(source.length, evidence.end + radius);
  if (afterEnd < source.length) {
    const space = source.lastIndexOf(' ', afterEnd);
    if (space > evidence.end) afterEnd = space;
  }
  const before = oneLine(source.slice(beforeStart, evidence.start)).trimStart();
  const after = oneLine(source.slice(evidence.end, afterEnd)).trimEnd();
  return {
    field: evidence.field,
    before: (beforeStart > 0 ? '…' : '') + before,
    quote: clippedQuote,
    after: after + (afterEnd < source.length ? '…' : ''),
  };
}

/** Count of warning signs (red flags and combos) for the summary line. */
export const warningCount = (verdict: Verdict): number => warningFlags(verdict).length;

/**
 * One quote per reason, in order, each preferring words the reasons above have not quoted yet
 * (falls back to the flag's first quote).
 */
export function reasonQuotes(reasons: readonly Flag[]): Map<Flag, Evidence[]> {
  const shown: Evidence[] = [];
  const out = new Map<Flag, Evidence[]>();
  for (const flag of reasons) {
    const candidates = distinctEvidence(flag, flag.evidence.length);
    const fresh = candidates.find((e) => !shown.some((s) => overlaps(e, s) || sameWords(e, s))) ?? candidates[0];
    out.set(flag, fresh ? [fresh] : []);
    if (fresh) shown.push(fresh);
  }
  return out;
}
