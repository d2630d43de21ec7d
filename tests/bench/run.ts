// `npm run bench`: engine speed in Node on this machine — median and p95 per ad for short, 3 KB and
// 50 KB ads, throughput, and a 5 MB post. Figures are medians; compare them as ratios, not absolutes.
import { screenPost } from '../../src/engine/screen-post';
import type { Post } from '../../src/model/post';
import { loadRulesFromDisk } from '../../src/rules/load-rules-from-disk';
import { adsOfSize, labelled } from './bench-ads';
import { median, ms, percentile, timeRuns } from './stats';

const t0 = performance.now();
const { pack } = loadRulesFromDisk();
const loadMs = performance.now() - t0;

const corpus = labelled.map((a) => a.post);


function perAd(label: string, posts: Post[], repeats: number): void {
  for (const p of posts.slice(0, 20)) screenPost(p, pack); // warm up the JIT
  const samples = posts.flatMap((p) => timeRuns(repeats, () => screenPost(p, pack)));
  console.log(`${label.padEnd(26)} n=${String(samples.length).padStart(5)}  median ${ms(median(samples)).padStart(9)}  p95 ${ms(percentile(samples, 95)).padStart(9)}`);
}

console.log(`rule pack: ${pack.rules.length} rules, loaded and compiled in ${ms(loadMs)} (cold, includes YAML parsing)`);
const short = corpus.filter((p) => p.text.length < 600);
perAd(`short ads (<600 chars)`, short, 20);
perAd('medium ads (3 KB)', adsOfSize(3_000, 100), 20);
perAd('long ads (50 KB)', adsOfSize(50_000, 20), 5);

const all = corpus;
const runs = timeRuns(5, () => all.forEach((p) => screenPost(p, pack)));
console.log(`throughput (corpus, ${all.length} ads)  ${Math.round(all.length / (median(runs) / 1000))} ads/s (median of 5 passes)`);

const huge: Post = { kind: 'social-post', text: adsOfSize(5 * 1024 * 1024, 1)[0]!.text };
const hugeRuns = timeRuns(5, () => screenPost(huge, pack));
console.log(`5 MB post                  median ${ms(median(hugeRuns))}  max ${ms(Math.max(...hugeRuns))}`);
