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

/** The phrase slots a rule's own matchers look for. */
function phraseSlotsOf(c: CompiledRule): number[] {
  const slots: number[] = [];
  for (const m of [...c.any, ...c.all]) {
    if (m.kind === 'phrases') slots.push(m.slot);
    else if (m.kind === 'near') slots.push(m.a, m.b);
    else if (m.kind === 'regex' && m.needs !== undefined) slots.push(m.needs);
  }
  return slots;
}

/**
 * For each rule, the phrase slots of every rule of its category: the items of a list that a rule may
 * carry negation through ("never ask for any registration fee, deposit or charge" - three fee rules).
 */
function listSlotsByRule(rules: readonly CompiledRule[]): Map<CompiledRule, readonly number[]> {
  const byCategory = new Map<string, Set<number>>();
  for (const c of rules) {
    const set = byCategory.get(c.rule.category) ?? new Set<number>();
    for (const slot of phraseSlotsOf(c)) set.add(slot);
    byCategory.set(c.rule.category, set);
  }
  return new Map(rules.map((c) => [c, [...byCategory.get(c.rule.category)!]]));
}

function evaluateRule(c: CompiledRule, ctx: MatchContext, listSlots: readonly number[]): RuleHit | undefined {
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
    const spans = runMatcher(m, c.fields, mode, ctx, listSlots);
    for (let k = 0; k < spans.length; k++) evidence.push(spans[k]!);
    if (evidence.length >= 5) break;
  }
  if (evidence.length === 0) return undefined;
  for (const m of c.all) {
    const spans = runMatcher(m, c.fields, mode, ctx, listSlots);
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

/**
 * What combos refer to, `id`, `category:<name>` and `family:<name>`, numbered once per pack: a post
 * fills a table by number instead of a Map by string.
 */
class RefNumbers {
  private readonly numbers = new Map<string, number>();

  of(ref: string): number {
    let n = this.numbers.get(ref);
    if (n === undefined) this.numbers.set(ref, (n = this.numbers.size));
    return n;
  }

  get size(): number {
    return this.numbers.size;
  }
}

/** A rule's own refs: its id first. */
interface RuleRefs {
  readonly c: CompiledRule;
  readonly refs: Int32Array;
}

interface PlainPlan extends RuleRefs {
  readonly listSlots: readonly number[];
}

interface ComboPlan extends RuleRefs {
  readonly all: Int32Array;
  readonly any: Int32Array;
  readonly minAny: number;
  readonly none: Int32Array;
}

/** Fired rules by ref number: the first hit of each ref, and the ids fired, in order. */
class FiredIndex {
  private readonly firstByRef: Array<RuleHit | undefined>;
  private readonly idFired: Uint8Array;
  private readonly order: number[] = [];

  constructor(refs: number) {
    this.firstByRef = new Array<RuleHit | undefined>(refs).fill(undefined);
    this.idFired = new Uint8Array(refs);
  }

  add(hit: RuleHit, { refs }: RuleRefs): void {
    const id = refs[0]!;
    if (this.idFired[id] === 0) {
      this.idFired[id] = 1;
      this.order.push(id);
    }
    for (let k = 0; k < refs.length; k++) if (this.firstByRef[refs[k]!] === undefined) this.firstByRef[refs[k]!] = hit;
  }

  hasId({ refs }: RuleRefs): boolean {
    return this.idFired[refs[0]!] === 1;
  }

  first(ref: number): RuleHit | undefined {
    return this.firstByRef[ref];
  }

  /** One hit per id fired, in the order the ids first fired. */
  all(): RuleHit[] {
    return this.order.map((id) => this.firstByRef[id]!);
  }
}

/** A combo fires when its parts fired; its evidence is the first quote of each part. */
function evaluateCombo(plan: ComboPlan, fired: FiredIndex): RuleHit | undefined {
  const parts: RuleHit[] = [];
  for (let k = 0; k < plan.all.length; k++) {
    const hit = fired.first(plan.all[k]!);
    if (!hit) return undefined;
    parts.push(hit);
  }
  if (plan.any.length > 0) {
    let found = 0;
    for (let k = 0; k < plan.any.length; k++) if (fired.first(plan.any[k]!) !== undefined) found++;
    if (found < plan.minAny) return undefined;
    for (let k = 0; k < plan.any.length; k++) {
      const hit = fired.first(plan.any[k]!);
      if (hit !== undefined) parts.push(hit);
    }
  }
  for (let k = 0; k < plan.none.length; k++) if (fired.first(plan.none[k]!) !== undefined) return undefined;
  return { compiled: plan.c, evidence: dedupe(parts.map((p) => p.evidence[0]!).filter(Boolean)) };
}

interface PackPlan {
  readonly plain: readonly PlainPlan[];
  readonly combos: readonly ComboPlan[];
  readonly refs: number;
}

const planCache = new WeakMap<RulePack, PackPlan>();

/** The pack's live rules split into plain rules and combos, in pack order, with their refs numbered; once per pack. */
function planOf(pack: RulePack): PackPlan {
  let plan = planCache.get(pack);
  if (!plan) {
    const numbers = new RefNumbers();
    const refsOf = (c: CompiledRule): RuleRefs => ({
      c,
      refs: Int32Array.from([c.rule.id, `category:${c.rule.category}`, `family:${c.rule.family}`], (r) => numbers.of(r)),
    });
    const live = pack.rules.filter((c) => c.rule.status !== 'deprecated');
    const rules = live.filter((c) => c.rule.kind !== 'combo');
    const listSlots = listSlotsByRule(rules);
    const plain = rules.map((c): PlainPlan => ({ ...refsOf(c), listSlots: listSlots.get(c)! }));
    const combos = live
      .filter((c) => c.rule.kind === 'combo')
      .map((c): ComboPlan => {
        const when = c.rule.when!;
        const list = (refs: readonly string[] | undefined) => Int32Array.from(refs ?? [], (r) => numbers.of(r));
        return { ...refsOf(c), all: list(when.all), any: list(when.any), minAny: when.minAny ?? 1, none: list(when.none) };
      });
    plan = { plain, combos, refs: numbers.size };
    planCache.set(pack, plan);
  }
  return plan;
}

/** Runs every rule of the pack: plain rules first, then combos over what fired (combos may build on combos). */
export function evaluateRules(pack: RulePack, given: MatchContext): RuleHit[] {
  const ctx = given.literals === undefined ? { ...given, literals: regexLiteralIndexOf(pack) } : given;
  const { plain, combos, refs } = planOf(pack);
  const fired = new FiredIndex(refs);
  for (const r of plain) {
    const hit = evaluateRule(r.c, ctx, r.listSlots);
    if (hit) fired.add(hit, r);
  }
  for (let pass = 0, changed = true; changed && pass < 3; pass++) {
    changed = false;
    for (const plan of combos) {
      if (fired.hasId(plan)) continue;
      const hit = evaluateCombo(plan, fired);
      if (hit) {
        fired.add(hit, plan);
        changed = true;
      }
    }
  }
  return fired.all();
}
