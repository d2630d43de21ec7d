// The ads both benchmarks time: the whole labelled corpus, and longer ads built from it.
import type { Post } from '../../src/model/post';
import { loadCorpus, type LabelledAd } from '../eval/corpus';

export const labelled: readonly LabelledAd[] = [...loadCorpus('dev'), ...loadCorpus('test')];

/** A flat copy of a string built by concatenation and slicing: text read from a page or a file is a flat
 * string, while V8 keeps `a + b` and `s.slice()` as ropes and slices that are slower to read character by
 * character, which would time the benchmark's string building rather than the engine. */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

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
    out.push({ kind: 'job-posting', text: flat(text.slice(0, size)) });
  }
  return out;
}
