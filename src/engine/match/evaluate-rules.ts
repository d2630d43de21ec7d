import type { Evidence } from '../../model/verdict';
import type { CompiledMatcher, CompiledRule, RulePack } from '../../rules/compiled-rule';
import type { MatchContext } from './match-context';
import { regexLiteralIndexOf } from './regex-literal-index';
import { runMatcher } from './run-matcher';

/** A rule that fired, with the evidence that made it fire. */
export interface RuleHit {
  readonly compiled: CompiledRule;
  readonly evidence: readonly Evidence[];
}

function evaluateRule(c: CompiledRule, ctx: MatchContext): RuleHit | undefined {
  const found = ctx.foundSlots;
  if (c.gate && !anyFound(c.gate, found)) return undefined;
  const appliesTo = c.rule.appliesTo;
  if (appliesTo && (ctx.kind === undefined || !appliesTo.includes(ctx.kind))) return undefined;
  // An `all` matcher whose phrases were found nowhere fails the rule before any negation work.
  for (const m of c.all) if (!mayMatch(m, found)) return undefined;
  const mode = c.rule.negation;
  const evidence: Evidence[] = [];
  for (const m of c.any) {
    if (!mayMatch(m, found)) continue;
    const spans = runMatcher(m, c.fields, mode, ctx);
    for (let k = 0; k < spans.length; k++) evidence.push(spans[k]!);
    if (evidence.length >= 5) break;
  }
  if (evidence.length === 0) return undefined;
  for (const m of c.all) {
    const spans = runMatcher(m, c.fields, mode, ctx);
    if (spans.length === 0) return undefined;
    for (let k = 0; k < spans.length; k++) evidence.push(spans[k]!);
  }
  for (const m of c.unless) if (mayMatch(m, found) && runMatcher(m, c.fields, 'none', ctx).length > 0) return undefined;
  return { compiled: c, evidence: dedupe(evidence) };
}

/** False when a phrase-based matcher cannot match because its phrases were found in no field. */
function mayMatch(m: CompiledMatcher, found: MatchContext['foundSlots']): boolean {
  if (m.kind === 'phrases') return found.has(m.slot);
  if (m.kind === 'near') return found.has(m.a) && found.has(m.b);
  if (m.kind === 'regex') return m.needs === undefined || found.has(m.needs);
  return true;
}

function anyFound(gate: readonly number[], found: MatchContext['foundSlots']): boolean {
  for (let k = 0; k < gate.length; k++) if (found.has(gate[k]!)) return true;
  return false;
}

/** Evidence without repeats of a (field, start, end), in field then reading order. */
function dedupe(evidence: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  // A handful of spans: a linear scan beats building string keys.
  for (const e of evidence) {
    let seen = false;
    for (let k = 0; k < out.length && !seen; k++) {
      const o = out[k]!;
      seen = o.start === e.start && o.end === e.end && o.field === e.field;
    }
    if (!seen) out.push(e);
  }
  return out.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}

const refCache = new WeakMap<CompiledRule, readonly string[]>();

/** The names combos may use for a rule; made once per rule, not per post. */
function refsOf(c: CompiledRule): readonly string[] {
  let refs = refCache.get(c);
  if (!refs) refCache.set(c, (refs = [c.rule.id, `category:${c.rule.category}`, `family:${c.rule.family}`]));
  return refs;
}

/** Fired rules indexed by what combos refer to: `id`, `category:<name>`, `family:<name>`. */
class FiredIndex {
  private readonly byRef = new Map<string, RuleHit[]>();
  readonly ids = new Set<string>();

  add(hit: RuleHit): void {
    const r = hit.compiled.rule;
    this.ids.add(r.id);
    for (const ref of refsOf(hit.compiled)) {
      const list = this.byRef.get(ref);
      if (list) list.push(hit);
      else this.byRef.set(ref, [hit]);
    }
  }

  first(ref: string): RuleHit | undefined {
    return this.byRef.get(ref)?.[0];
  }

  all(): RuleHit[] {
    return [...this.ids].map((id) => this.byRef.get(id)![0]!);
  }
}

/** A combo fires when its parts fired; its evidence is the first quote of each part. */
function evaluateCombo(c: CompiledRule, fired: FiredIndex): RuleHit | undefined {
  const when = c.rule.when!;
  const parts: RuleHit[] = [];
  for (const ref of when.all ?? []) {
    const hit = fired.first(ref);
    if (!hit) return undefined;
    parts.push(hit);
  }
  if (when.any?.length) {
    const anyHits = when.any.map((ref) => fired.first(ref)).filter((h): h is RuleHit => h !== undefined);
    if (anyHits.length < (when.minAny ?? 1)) return undefined;
    parts.push(...anyHits);
  }
  if ((when.none ?? []).some((ref) => fired.first(ref) !== undefined)) return undefined;
  return { compiled: c, evidence: dedupe(parts.map((p) => p.evidence[0]!).filter(Boolean)) };
}

const splitCache = new WeakMap<RulePack, { readonly plain: readonly CompiledRule[]; readonly combos: readonly CompiledRule[] }>();

/** The pack's live rules split into plain rules and combos, in pack order; once per pack. */
function splitRules(pack: RulePack) {
  let split = splitCache.get(pack);
  if (!split) {
    const live = pack.rules.filter((c) => c.rule.status !== 'deprecated');
    split = { plain: live.filter((c) => c.rule.kind !== 'combo'), combos: live.filter((c) => c.rule.kind === 'combo') };
    splitCache.set(pack, split);
  }
  return split;
}

/** Runs every rule of the pack: plain rules first, then combos over what fired (combos may build on combos). */
export function evaluateRules(pack: RulePack, given: MatchContext): RuleHit[] {
  const ctx = given.literals === undefined ? { ...given, literals: regexLiteralIndexOf(pack) } : given;
  const fired = new FiredIndex();
  const { plain, combos } = splitRules(pack);
  for (const c of plain) {
    const hit = evaluateRule(c, ctx);
    if (hit) fired.add(hit);
  }
  for (let pass = 0, changed = true; changed && pass < 3; pass++) {
    changed = false;
    for (const c of combos) {
      if (fired.ids.has(c.rule.id)) continue;
      const hit = evaluateCombo(c, fired);
      if (hit) {
        fired.add(hit);
        changed = true;
      }
    }
  }
  return fired.all();
}
