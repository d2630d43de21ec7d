// `npm run eval`: precision, recall, F1 and false-positive rates on the labelled corpus and on EMSCAD.
// Usage: npm run eval [-- --part dev|test|none|all] [--file dev-6] [--misses]
// Misses and false alarms are listed for the dev part only, and never for holdout ads: the frozen test
// part and the holdout halves are measured, never read.
import { screenPost } from '../../src/engine/screen-post';
import type { Band, Verdict } from '../../src/model/verdict';
import { loadRulesFromDisk } from '../../src/rules/load-rules-from-disk';
import { isHoldout, loadCorpus, LABELS, type LabelledAd } from './corpus';
import { loadEmscad } from './emscad';
import { atLeast, countAt, pct, rates } from './metrics';

const args = process.argv.slice(2);
const part = (args.includes('--part') ? args[args.indexOf('--part') + 1] : 'all') as 'dev' | 'test' | 'all';
const showMisses = args.includes('--misses');
const onlyFile = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

const { pack, errors } = loadRulesFromDisk();
for (const e of errors) console.error(`rule error: ${e.file}: ${e.field}: ${e.message}`);

const topFlags = (v: Verdict) => v.flags.slice(0, 3).map((f) => `${f.ruleId}(${f.weight})`).join(' ') || '-';

function reportCorpus(name: string, ads: LabelledAd[]): void {
  const scored = ads.map((ad) => ({ ad, v: screenPost(ad.post, pack) }));
  console.log(`\n== corpus ${name}: ${ads.length} ads ==`);
  console.log('label        n   high   ≥medium   (share of the label at each band)');
  for (const label of LABELS) {
    const of = scored.filter((s) => s.ad.label === label);
    const share = (min: Band) => of.filter((s) => atLeast(s.v.band, min)).length / of.length;
    console.log(`${label.padEnd(12)}${String(of.length).padStart(3)} ${pct(share('high'))} ${pct(share('medium'))}`);
  }
  const risky = scored.map((s) => ({ band: s.v.band, positive: s.ad.label !== 'legit' }));
  for (const min of ['medium', 'high'] as const) {
    const r = rates(countAt(risky, min));
    console.log(`risky (trafficking+scam) at ≥${min.padEnd(6)}: precision ${pct(r.precision)} recall ${pct(r.recall)} F1 ${pct(r.f1)} FPR ${pct(r.fpr)}`);
  }
  const traffickingVsLegit = scored.filter((s) => s.ad.label !== 'scam').map((s) => ({ band: s.v.band, positive: s.ad.label === 'trafficking' }));
  const t = rates(countAt(traffickingVsLegit, 'high'));
  console.log(`trafficking vs legit at high : precision ${pct(t.precision)} recall ${pct(t.recall)} F1 ${pct(t.f1)} FPR ${pct(t.fpr)}`);
  const hard = scored.filter((s) => s.ad.label === 'legit' && /^(hard-negative|awareness|news)/.test(s.ad.group));
  console.log(`hard negatives + awareness (${hard.length}): at ≥medium ${hard.filter((s) => atLeast(s.v.band, 'medium')).length}, at high ${hard.filter((s) => s.v.band === 'high').length}`);
  if (!showMisses || name.startsWith('test') || name.startsWith('holdout')) return;
  const hidden = scored.filter((s) => isHoldout(s.ad)).length;
  if (hidden) console.log(`(${hidden} holdout ads measured above but not listed)`);
  const listed = scored.filter((s) => !isHoldout(s.ad));
  const misses = listed.filter(
    (s) => (s.ad.label === 'trafficking' && s.v.band !== 'high') || (s.ad.label === 'scam' && s.v.band === 'low'),
  );
  const alarms = listed.filter((s) => s.ad.label === 'legit' && s.v.band !== 'low');
  console.log(`\nmisses (${misses.length}):`);
  for (const s of misses) console.log(`  ${s.ad.id} ${s.ad.label} ${s.ad.lang} ${s.ad.group} → ${s.v.band} ${s.v.score} ${s.v.notes.join(',')} | ${topFlags(s.v)}`);
  console.log(`false alarms (${alarms.length}):`);
  for (const s of alarms) console.log(`  ${s.ad.id} ${s.ad.lang} ${s.ad.group} → ${s.v.band} ${s.v.score} | ${topFlags(s.v)}`);
}

function reportEmscad(): void {
  const rows = loadEmscad();
  if (!rows) {
    console.log('\n== EMSCAD: not found (set WASPADA_EMSCAD_DIR) ==');
    return;
  }
  console.log('\n== EMSCAD (Vidros et al. 2017): fraud recall and legit false-positive rate ==');
  for (const half of ['dev', 'test'] as const) {
    const scored = rows.filter((r) => r.half === half).map((r) => ({ band: screenPost(r.post, pack).band, positive: r.fraudulent }));
    const nFraud = scored.filter((s) => s.positive).length;
    for (const min of ['medium', 'high'] as const) {
      const r = rates(countAt(scored, min));
      console.log(`${half.padEnd(4)} half (${nFraud} fraud, ${scored.length - nFraud} legit) at ≥${min.padEnd(6)}: recall ${pct(r.recall)} FPR ${pct(r.fpr)}`);
    }
  }
  const legit = rows.filter((r) => !r.fraudulent).map((r) => ({ band: screenPost(r.post, pack).band, positive: false }));
  console.log(`all ${legit.length} legit rows: FPR at ≥medium ${pct(rates(countAt(legit, 'medium')).fpr)}, at high ${pct(rates(countAt(legit, 'high')).fpr)}`);
}

console.log(`rule pack ${pack.version}: ${pack.rules.length} rules`);
if (part === 'dev' || part === 'all') {
  const dev = loadCorpus('dev').filter((ad) => !onlyFile || ad.file === onlyFile);
  if (onlyFile && !dev.length) console.error(`no dev ads in a file named ${onlyFile}.jsonl`);
  reportCorpus(onlyFile ? `${onlyFile} (development)` : 'dev (tuning)', dev);
  const holdout = dev.filter(isHoldout);
  if (holdout.length) reportCorpus('holdout (even ads of the unseen parts, never tuned on)', holdout);
}
if (part === 'test' || part === 'all') reportCorpus('test (frozen)', loadCorpus('test'));
reportEmscad();
