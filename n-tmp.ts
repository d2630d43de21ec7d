import { lightView } from './src/engine/normalise/light-view';
import { foldSymbols } from './src/engine/normalise/symbol-fold';
import { foldContext } from './src/engine/normalise/context-fold';
import { loadCorpus } from './tests/eval/corpus';
const pool = [...loadCorpus('dev')].filter(a => a.lang === 'en').map(a => a.post.text);
const ads: string[] = [];
for (let i = 0; ads.length < 20; i++) { let t = ''; for (let j = i; t.length < 3000; j++) t += pool[j % pool.length] + '\n\n'; ads.push(t.slice(0, 3000)); }
let nonAscii = 0; for (const a of ads) for (const ch of a) if (ch.charCodeAt(0) > 127) nonAscii++;
console.log('non-ascii per ad', nonAscii / 20);
for (const [name, f] of [['light', (s: string) => lightView(s)], ['sym', (s: string) => foldSymbols(lightView(s))], ['all', (s: string) => foldContext(foldSymbols(lightView(s)))]] as const) {
  for (let r = 0; r < 50; r++) ads.forEach(f);
  const t = performance.now(); for (let r = 0; r < 200; r++) ads.forEach(f); console.log(name, ((performance.now() - t) / 4000 * 1000).toFixed(1), 'µs/ad');
}
