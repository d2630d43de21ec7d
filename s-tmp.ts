import { screenPost } from './src/engine/screen-post';
import { loadRulesFromDisk } from './src/rules/load-rules-from-disk';
import { loadCorpus } from './tests/eval/corpus';
const { pack } = loadRulesFromDisk();
const ads = [...loadCorpus('dev'), ...loadCorpus('test')].map(a => a.post);
for (let r = 0; r < 5; r++) ads.forEach(p => screenPost(p, pack));
console.log('--- measure');
const t = performance.now(); for (let r = 0; r < 10; r++) ads.forEach(p => screenPost(p, pack)); console.log('µs/ad', ((performance.now() - t) / (10 * ads.length) * 1000).toFixed(0));
