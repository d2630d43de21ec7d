import { screenPost } from './src/engine/screen-post';
import { loadRulesFromDisk } from './src/rules/load-rules-from-disk';
import { loadCorpus } from './tests/eval/corpus';
const { pack } = loadRulesFromDisk();
const pool = [...loadCorpus('dev'), ...loadCorpus('test')].filter(a => a.lang === 'en').map(a => a.post.text);
const ads: string[] = [];
for (let i = 0; ads.length < 20; i++) { let t = ''; for (let j = i; t.length < 3000; j++) t += pool[j % pool.length] + '\n\n'; ads.push(t.slice(0, 3000)); }
for (let r = 0; r < 20; r++) ads.forEach(s => screenPost({ text: s, kind: 'job-posting' }, pack));
console.log('--- measure');
const t = performance.now(); for (let r = 0; r < 50; r++) ads.forEach(s => screenPost({ text: s, kind: 'job-posting' }, pack)); console.log('µs/ad', ((performance.now() - t) / 1000 * 1000).toFixed(0));
