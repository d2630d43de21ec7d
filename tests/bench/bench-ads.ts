// The ads both benchmarks time: the whole labelled corpus, and longer ads built from it.
import type { Post } from '../../src/model/post';
import { loadCorpus, type LabelledAd } from '../eval/corpus';

export const labelled: readonly LabelledAd[] = [...loadCorpus('dev'), ...loadCorpus('test')];

/** Ads of about `size` characters, each built by joining corpus ads of one language so it reads like one long ad. */
export function adsOfSize(size: number, count: number): Post[] {
  const byLang = new Map<string, string[]>();
  for (const a of labelled) byLang.set(a.lang, [...(byLang.get(a.lang) ?? []), a.post.text]);
  const pools = [...byLang.values()].filter((p) => p.length >= 5);
  const out: Post[] = [];
  for (let i = 0; out.length < count; i++) {
    const pool = pools[i % pools.length]!;
    let text = '';
    for (let j = i; text.length < size; j++) text += `${pool[j % pool.length]!}\n\n`;
    out.push({ kind: 'job-posting', text: text.slice(0, size) });
  }
  return out;
}
