// `npx tsx tests/bench/compare.ts <other-checkout> [seconds] [rules-dir]`: this checkout's engine
// against another one's (a `git worktree` of an older commit), in one process, interleaved in small
// chunks with the order alternating, on the same rule pack. On a shared, busy machine separate runs
// of `npm run bench` differ by more than most changes; the median of per-chunk ratios does not.
import { resolve } from 'node:path';
import type { Post } from '../../src/model/post';
import { DEFAULT_RULES_DIR } from '../../src/rules/load-rules-from-disk';
import { adsOfSize, labelled } from './bench-ads';
import { median } from './stats';

const other = resolve(process.argv[2] ?? '');
const seconds = Number(process.argv[3] ?? 60);
const rulesDir = resolve(process.argv[4] ?? DEFAULT_RULES_DIR);
if (!process.argv[2]) throw new Error('usage: tsx tests/bench/compare.ts <other-checkout> [seconds] [rules-dir]');

type Screen = (post: Post) => unknown;

async function engineOf(root: string): Promise<Screen> {
  const { screenPost } = (await import(`${root}/src/engine/screen-post.ts`)) as typeof import('../../src/engine/screen-post');
  const { loadRulesFromDisk } = (await import(`${root}/src/rules/load-rules-from-disk.ts`)) as typeof import('../../src/rules/load-rules-from-disk');
  const { pack } = loadRulesFromDisk(rulesDir);
  return (post) => screenPost(post, pack);
}

const base = await engineOf(other);
const here = await engineOf(resolve(import.meta.dirname, '../..'));



const sets: Array<[string, Post[], number]> = [
  ['short ads (<600 chars)', labelled.map((a) => a.post).filter((p) => p.text.length < 600), 20],
  ['medium ads (3 KB)', adsOfSize(3_000, 100), 10],
  ['long ads (50 KB)', adsOfSize(50_000, 20), 2],
];

for (const [label, posts, chunk] of sets) {
  // Warm up both engines' JIT.
  for (let r = 0; r < 3; r++) {
    for (const p of posts) {
      base(p);
      here(p);
    }
  }
  const ratios: number[] = [];
  const end = performance.now() + (seconds * 1000) / sets.length;
  for (let round = 0; performance.now() < end; round++) {
    const at = (round * chunk) % posts.length;
    const part = posts.slice(at, at + chunk);
    const time = (screen: Screen) => {
      const t = performance.now();
      for (const p of part) screen(p);
      return performance.now() - t;
    };
    // Alternate who goes first, so neither always runs right after the other's garbage.
    let b: number;
    let h: number;
    if (round % 2 === 0) {
      b = time(base);
      h = time(here);
    } else {
      h = time(here);
      b = time(base);
    }
    ratios.push(b / h);
  }
  console.log(`${label.padEnd(24)} this checkout is ${median(ratios).toFixed(2)}× the other (median of ${ratios.length} interleaved chunks)`);
}
