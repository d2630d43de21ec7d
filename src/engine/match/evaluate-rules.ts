import type { Evidence } from '../../model/verdict';
import type { CompiledRule, RulePack } from '../../rules/compiled-rule';
import type { MatchContext } from './match-context';
import { runMatcher } from './run-matcher';

/** A rule that fired, with the evidence that made it fire. */
export interface RuleHit {
  readonly compiled: CompiledRule;
  readonly evidence: readonly Evidence[];
}

function evaluateRule(c: CompiledRule, ctx: MatchContext): RuleHit | undefined {
  if (c.gate && !c.gate.some((slot) => ctx.foundSlots.has(slot))) return undefined;
  const appliesTo = c.rule.appliesTo;
  if (appliesTo && (ctx.kind === undefined || !appliesTo.includes(ctx.kind))) return undefined;
  const mode = c.rule.negation;
  const evidence: Evidence[] = [];
  for (const m of c.any) {
    evidence.push(...runMatcher(m, c.fields, mode, ctx));
    if (evidence.length >= 5) break;
  }
  if (evidence.length === 0) return undefined;
  for (const m of c.all) {
    const found = runMatcher(m, c.fields, mode, ctx);
    if (found.length === 0) return undefined;
    evidence.push(...found);
  }
  for (const m of c.unless) if (runMatcher(m, c.fields, 'none', ctx).length > 0) return undefined;
  return { compiled: c, evidence: dedupe(evidence) };
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const key = `${e.field}:${e.start}:${e.end}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}

function refFired(ref: string, fired: ReadonlyMap<string, RuleHit>): RuleHit[] {
  const [prefix, name] = ref.includes(':') ? ref.split(':') : ['id', ref];
  const out: RuleHit[] = [];
  for (const hit of fired.values()) {
    const r = hit.compiled.rule;
    if ((prefix === 'id' && r.id === name) || (prefix === 'category' && r.category === name) || (prefix === 'family' && r.family === name)) {
      out.push(hit);
    }
  }
  return out;
}

/** A combo fires when its parts fired; its evidence is the first quote of each part. */
function evaluateCombo(c: CompiledRule, fired: ReadonlyMap<string, RuleHit>): RuleHit | undefined {
  const when = c.rule.when!;
  const parts: RuleHit[] = [];
  for (const ref of when.all ?? []) {
    const hits = refFired(ref, fired);
    if (hits.length === 0) return undefined;
    parts.push(hits[0]!);
  }
  if (when.any?.length) {
    const anyHits = when.any.map((ref) => refFired(ref, fired)).filter((h) => h.length > 0);
    if (anyHits.length < (when.minAny ?? 1)) return undefined;
    parts.push(...anyHits.map((h) => h[0]!));
  }
  if ((when.none ?? []).some((ref) => refFired(ref, fired).length > 0)) return undefined;
  return { compiled: c, evidence: dedupe(parts.map((p) => p.evidence[0]!).filter(Boolean)) };
}

/** Runs every rule of the pack: plain rules first, then combos over what fired (combos may build on combos). */
export function evaluateRules(pack: RulePack, ctx: MatchContext): RuleHit[] {
  const fired = new Map<string, RuleHit>();
  const combos: CompiledRule[] = [];
  for (const c of pack.rules) {
    if (c.rule.status === 'deprecated') continue;
    if (c.rule.kind === 'combo') combos.push(c);
    else {
      const hit = evaluateRule(c, ctx);
      if (hit) fired.set(c.rule.id, hit);
    }
  }
  for (let pass = 0, changed = true; changed && pass < 3; pass++) {
    changed = false;
    for (const c of combos) {
      if (fired.has(c.rule.id)) continue;
      const hit = evaluateCombo(c, fired);
      if (hit) {
        fired.set(c.rule.id, hit);
        changed = true;
      }
    }
  }
  return [...fired.values()];
}
