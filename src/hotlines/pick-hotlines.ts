import {
  channelTrust,
  CONFIDENCES,
  type Channel,
  type Confidence,
  type HotlineDirectory,
  type Organisation,
  type Scope,
  type VerificationLink,
} from './hotline-schema';

/** Why the user wants a hotline. */
export const PURPOSES = ['report-ad', 'help-abroad', 'check-recruiter'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * How well each scope serves a purpose. A recruitment ad goes to trafficking / migrant-worker
 * lines; someone already abroad needs consular help first (their embassy can act there).
 */
const SCOPE_FIT: Readonly<Record<Purpose, Partial<Record<Scope, number>>>> = {
  'report-ad': {
    trafficking: 3,
    'migrant-workers': 3,
    labour: 2,
    cybercrime: 2,
    'recruiter-licence-check': 1,
    police: 1,
    'gender-based-violence': 0.5,
  },
  'help-abroad': {
    'consular-help-abroad': 4,
    trafficking: 2,
    'migrant-workers': 2,
    police: 0.5,
    'gender-based-violence': 0.5,
  },
  'check-recruiter': {
    'recruiter-licence-check': 4,
    'migrant-workers': 1,
    labour: 1,
  },
};

// The research: "the embassy (KBRI) hotline in the country concerned is the first contact".
const EMBASSY_IN_DESTINATION_BONUS = 2;

export interface PickedHotline {
  /** The file the organisation lives in (differs from the user's country for referrals and destination lines). */
  readonly country: string;
  readonly organisation: Organisation;
  /** home: the user's country; referral: named by the user's country file; destination: where the person is (secondary). */
  readonly via: 'home' | 'referral' | 'destination';
  readonly fit: number;
  /** The organisation's channels, best first for this purpose. */
  readonly channels: readonly Channel[];
  readonly note?: string;
}

export interface PickOptions {
  /** The user's country (the file to read). */
  readonly country: string;
  readonly purpose: Purpose;
  /** Where the person is or is going (`kh`, `mm` …), when known: selects embassy lines there. */
  readonly destination?: string;
  /** Drop organisations below this confidence. Default: keep all (unverified ones are labelled by the UI). */
  readonly minConfidence?: Confidence;
}

const rank = (c: Confidence): number => CONFIDENCES.length - CONFIDENCES.indexOf(c);

function scopeFit(org: Organisation, purpose: Purpose): number {
  const weights = SCOPE_FIT[purpose];
  return Math.max(0, ...org.scope.map((s) => weights[s] ?? 0));
}

/** Whether an organisation can serve this purpose for a person at `destination`; embassies only where they are. */
function embassyFit(org: Organisation, purpose: Purpose, destination: string | undefined): number | null {
  if (org.located_in === undefined) return 0;
  if (purpose !== 'help-abroad') return null;
  if (destination === undefined) return 0;
  const covers = org.located_in === destination || (org.also_covers ?? []).includes(destination);
  return covers ? EMBASSY_IN_DESTINATION_BONUS : null;
}

function orderChannels(org: Organisation, purpose: Purpose): Channel[] {
  const reachRank = (c: Channel): number => {
    if (purpose === 'help-abroad') return c.reach === 'from-abroad' ? 0 : c.reach === 'in-country' ? 2 : 1;
    return c.reach === 'in-country' ? 0 : c.reach === 'from-abroad' ? 2 : 1;
  };
  return org.channels
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        reachRank(a.c) - reachRank(b.c) ||
        rank(channelTrust(org, b.c).confidence) - rank(channelTrust(org, a.c).confidence) ||
        a.i - b.i,
    )
    .map((x) => x.c);
}

interface Candidate {
  readonly country: string;
  readonly organisation: Organisation;
  readonly via: PickedHotline['via'];
  readonly note?: string;
}

function score(candidate: Candidate, opts: PickOptions): PickedHotline | null {
  const { organisation: org } = candidate;
  if (opts.minConfidence && rank(org.confidence) < rank(opts.minConfidence)) return null;
  const fit = scopeFit(org, opts.purpose);
  const bonus = embassyFit(org, opts.purpose, opts.destination);
  if (fit <= 0 || bonus === null) return null;
  return { ...candidate, fit: fit + bonus, channels: orderChannels(org, opts.purpose) };
}

// An information page or app cannot take a report; organisations that only have those go last in their group.
const DIRECT_CHANNELS: ReadonlySet<Channel['type']> = new Set(['phone', 'whatsapp', 'sms', 'email', 'web-form']);
const isDirect = (org: Organisation): boolean => org.channels.some((c) => DIRECT_CHANNELS.has(c.type));

const VIA_ORDER: Readonly<Record<PickedHotline['via'], number>> = { home: 0, referral: 1, destination: 2 };

/** Lines in the destination country that anyone there may call (not its lines for its own citizens abroad). */
function destinationCandidates(directory: HotlineDirectory, opts: PickOptions): Candidate[] {
  if (opts.purpose !== 'help-abroad' || !opts.destination || opts.destination === opts.country) return [];
  const entry = directory.countries[opts.destination];
  if (!entry) return [];
  return entry.organisations
    .filter((o) => o.located_in === undefined && !o.scope.includes('consular-help-abroad'))
    .filter((o) => o.scope.includes('trafficking') || o.scope.includes('police'))
    .map((organisation) => ({ country: entry.country, organisation, via: 'destination' as const }));
}

/**
 * The hotlines for a country and purpose, best first: home-country lines, then lines the country file
 * refers to, then (for someone abroad) the destination's own lines as a secondary option. Within each
 * group: reachable directly (not only an info page), scope fit, confidence, verified, then file order.
 */
export function pickHotlines(directory: HotlineDirectory, opts: PickOptions): PickedHotline[] {
  const home = directory.countries[opts.country];
  const candidates: Candidate[] = [];
  for (const organisation of home?.organisations ?? []) candidates.push({ country: opts.country, organisation, via: 'home' });
  for (const ref of home?.referrals ?? []) {
    const organisation = directory.countries[ref.country]?.organisations.find((o) => o.id === ref.organisation);
    if (organisation) candidates.push({ country: ref.country, organisation, via: 'referral', note: ref.note });
  }
  candidates.push(...destinationCandidates(directory, opts));

  return candidates
    .map((c, i) => ({ picked: score(c, opts), i }))
    .filter((x): x is { picked: PickedHotline; i: number } => x.picked !== null)
    .sort(
      (a, b) =>
        VIA_ORDER[a.picked.via] - VIA_ORDER[b.picked.via] ||
        Number(isDirect(b.picked.organisation)) - Number(isDirect(a.picked.organisation)) ||
        b.picked.fit - a.picked.fit ||
        rank(b.picked.organisation.confidence) - rank(a.picked.organisation.confidence) ||
        Number(b.picked.organisation.verified) - Number(a.picked.organisation.verified) ||
        a.i - b.i,
    )
    .map((x) => x.picked);
}

/** The verification links (registries) of a country, e.g. for "check the recruiter" buttons. */
export function verificationLinksFor(directory: HotlineDirectory, country: string): readonly VerificationLink[] {
  return directory.countries[country]?.verificationLinks ?? [];
}
