// Synthetic reported-ad files for the triage bench: corpus ads (tests/corpus) with contact lines that
// repeat across groups of ads, so the 10k-ad benchmark exercises dedupe, clustering and scoring on
// realistic text. Deterministic: the same `count` always gives the same file.
import Papa from 'papaparse';
import { loadCorpus } from '../eval/corpus';

export interface SyntheticAd {
  id: string;
  platform: string;
  title: string;
  company: string;
  location: string;
  text: string;
}

/** A small deterministic PRNG (mulberry32), so files are reproducible without a dependency. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = ['facebook', 'telegram', 'x', 'instagram', 'linkedin', 'hotline-form'];

/**
 * `count` ads. Every ad gets a unique reference line (so none is an exact duplicate); about one in
 * five shares a Telegram handle or WhatsApp number with 20–60 others (a "recruiter" cluster).
 */
export function syntheticAds(count: number, seed = 7): SyntheticAd[] {
  const corpus = [...loadCorpus('dev'), ...loadCorpus('test')].map((a) => a.post);
  const rand = prng(seed);
  const ads: SyntheticAd[] = [];
  for (let i = 0; i < count; i++) {
    const base = corpus[Math.floor(rand() * corpus.length)]!;
    const recruiter = rand() < 0.2 ? Math.floor(rand() * Math.max(1, count / 200)) : -1;
    const contact =
      recruiter >= 0
        ? rand() < 0.5
          ? `Hubungi Telegram @rekrut_asia${recruiter}`
          : `WA +62 812-${String(3000 + recruiter).padStart(4, '0')}-${String(1000 + recruiter * 7).slice(-4)}`
        : `Ref ${String(Math.floor(rand() * 1e6)).padStart(6, '0')}`;
    ads.push({
      id: `syn-${i + 1}`,
      platform: PLATFORMS[i % PLATFORMS.length]!,
      title: base.title ?? '',
      company: base.company ?? '',
      location: base.location ?? '',
      text: `${base.text}\n\n${contact}\nPost ${i + 1}`,
    });
  }
  return ads;
}

/** The ads as the CSV a hotline spreadsheet would export (usual headers). */
export function syntheticCsv(count: number, seed = 7): string {
  return Papa.unparse(syntheticAds(count, seed));
}
