import type { DataError, DataSource } from '../data/data-source';
import { fnv1a } from '../data/hash';
import { issuesToErrors } from '../data/zod-errors';
import type { CompiledRule, RulePack } from './compiled-rule';
import { compileRule, RuleCompileError } from './compile-rule';
import {
  compileNegationLexicon,
  EMPTY_NEGATION_LEXICON,
  NegationLexiconSchema,
  type NegationLexicon,
} from './negation-lexicon';
import type { Inflector } from './inflector';
import { PhraseIndexBuilder } from './phrase-index';
import { RuleSchema, type Rule } from './rule-schema';

// Folders of rules/ that hold other data than rules.
const NOT_RULES = /^(?:hotlines|lexicon)\//;
const NEGATION_FILE = 'lexicon/negation.yaml';

export interface LoadedRulePack {
  readonly pack: RulePack;
  /** Every file that was skipped, and why; the other rules still load. */
  readonly errors: readonly DataError[];
}

const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
const normalisePath = (file: string) => file.replace(/\\/g, '/');

function loadRule(source: DataSource, errors: DataError[], phrases: PhraseIndexBuilder): { rule: Rule; compiled: CompiledRule } | undefined {
  if (source.error !== undefined) {
    errors.push({ file: source.file, field: '', message: source.error });
    return undefined;
  }
  const parsed = RuleSchema.safeParse(source.data);
  if (!parsed.success) {
    errors.push(...issuesToErrors(source.file, parsed.error.issues));
    return undefined;
  }
  const rule = parsed.data;
  if (rule.id !== fileStem(source.file)) {
    errors.push({ file: source.file, field: 'id', message: `"${rule.id}" must equal the file name "${fileStem(source.file)}"` });
    return undefined;
  }
  try {
    return { rule, compiled: compileRule(rule, phrases) };
  } catch (err) {
    const field = err instanceof RuleCompileError ? err.field : '';
    errors.push({ file: source.file, field, message: (err as Error).message });
    return undefined;
  }
}

function loadNegation(sources: readonly DataSource[], errors: DataError[]): NegationLexicon {
  const source = sources.find((s) => normalisePath(s.file) === NEGATION_FILE);
  if (!source) {
    errors.push({ file: NEGATION_FILE, field: '', message: 'missing: negation is switched off' });
    return EMPTY_NEGATION_LEXICON;
  }
  const parsed = NegationLexiconSchema.safeParse(source.data);
  if (!parsed.success) {
    errors.push(...(source.error ? [{ file: source.file, field: '', message: source.error }] : issuesToErrors(source.file, parsed.error.issues)));
    return EMPTY_NEGATION_LEXICON;
  }
  return compileNegationLexicon(parsed.data);
}

export interface LoadOptions {
  /** English inflection for phrases marked `inflect: en` (compromise in Node, a build-time table in the browser). */
  readonly inflector?: Inflector;
}

/** Validates and compiles every rule under rules/; a broken file is reported and skipped, never fatal. */
export function loadRulePack(sources: readonly DataSource[], options: LoadOptions = {}): LoadedRulePack {
  const errors: DataError[] = [];
  const negation = loadNegation(sources, errors);
  const byId = new Map<string, CompiledRule>();
  // A rule that fails half-way leaves unused slots behind; harmless, nothing refers to them.
  const phrases = new PhraseIndexBuilder(options.inflector);
  const ruleSources = sources.filter((s) => !NOT_RULES.test(normalisePath(s.file)));
  for (const source of ruleSources) {
    const loaded = loadRule(source, errors, phrases);
    if (!loaded) continue;
    if (byId.has(loaded.rule.id)) {
      errors.push({ file: source.file, field: 'id', message: `duplicate rule id "${loaded.rule.id}"` });
      continue;
    }
    byId.set(loaded.rule.id, loaded.compiled);
  }
  dropDanglingCombos(byId, errors, ruleSources);
  const rules = [...byId.values()].sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  const version = fnv1a(JSON.stringify([rules.map((r) => r.rule), negation]));
  return { pack: { version, rules, byId, negation, phrases: phrases.build() }, errors };
}

/** A combo naming a rule id that did not load cannot be evaluated honestly: report and skip it. */
function dropDanglingCombos(byId: Map<string, CompiledRule>, errors: DataError[], sources: readonly DataSource[]): void {
  for (const [id, compiled] of byId) {
    const when = compiled.rule.when;
    if (!when) continue;
    const refs = [...(when.all ?? []), ...(when.any ?? []), ...(when.none ?? [])];
    const missing = refs.filter((r) => !r.includes(':') && !byId.has(r));
    if (missing.length === 0) continue;
    const file = sources.find((s) => fileStem(s.file) === id)?.file ?? `${id}.yaml`;
    errors.push({ file, field: 'when', message: `refers to rules that did not load: ${missing.join(', ')}` });
    byId.delete(id);
  }
}
