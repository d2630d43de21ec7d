import { POST_TEXT_FIELDS } from '../model/post';
import type { CompiledMatcher, CompiledRule } from './compiled-rule';
import type { PhraseIndexBuilder } from './phrase-index';
import type { Matcher, Rule } from './rule-schema';

/** Thrown with the dotted path of the field that could not be compiled. */
export class RuleCompileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function compileMatcher(m: Matcher, path: string, phrases: PhraseIndexBuilder): CompiledMatcher {
  try {
    if ('phrases' in m) return { kind: 'phrases', slot: phrases.addList(m.phrases, m.inflect === 'en') };
    if ('regex' in m) {
      const re = new RegExp(m.regex, 'gu');
      return m.needs ? { kind: 'regex', re, needs: phrases.addList(m.needs) } : { kind: 'regex', re };
    }
    if ('near' in m) {
      const inflect = m.inflect === 'en';
      return { kind: 'near', a: phrases.addList(m.near[0], inflect), b: phrases.addList(m.near[1], inflect), within: m.within };
    }
    if ('money' in m) {
      return { kind: 'money', minMonthlyUsd: m.money.minMonthlyUsd ?? 0, maxMonthlyUsd: m.money.maxMonthlyUsd ?? Infinity };
    }
    if ('missing' in m) return { kind: 'missing', fields: m.missing };
    return { kind: 'entity', types: new Set(m.entity) };
  } catch (err) {
    const key = 'phrases' in m ? 'phrases' : 'regex' in m ? 'regex' : 'near' in m ? 'near' : '';
    throw new RuleCompileError(key ? `${path}.${key}` : path, (err as Error).message);
  }
}

/** Compiles one rule; its phrase lists are added to `phrases` (only keep the builder if the rule compiled). */
export function compileRule(rule: Rule, phrases: PhraseIndexBuilder): CompiledRule {
  const list = (ms: readonly Matcher[] | undefined, name: string) =>
    (ms ?? []).map((m, i) => compileMatcher(m, `match.${name}.${i}`, phrases));
  if (rule.kind === 'combo') {
    if (!rule.when) throw new RuleCompileError('when', 'a combo rule needs `when`');
    if (rule.match) throw new RuleCompileError('match', 'a combo rule uses `when`, not `match`');
    const refs = (rule.when.all?.length ?? 0) + (rule.when.any?.length ?? 0);
    if (refs === 0) throw new RuleCompileError('when', 'needs `all` or `any` references');
  } else {
    if (!rule.match) throw new RuleCompileError('match', 'needs `match` with at least one `any` matcher');
    if (rule.when) throw new RuleCompileError('when', 'only combo rules use `when`');
  }
  const any = list(rule.match?.any, 'any');
  const gate = gateOf(any);
  return {
    rule,
    fields: rule.fields ?? POST_TEXT_FIELDS,
    any,
    all: list(rule.match?.all, 'all'),
    unless: list(rule.match?.unless, 'unless'),
    ...(gate ? { gate } : {}),
  };
}

/** The phrase slots that `any` depends on, if every `any` matcher depends on one. */
function gateOf(any: readonly CompiledMatcher[]): number[] | undefined {
  const slots: number[] = [];
  for (const m of any) {
    if (m.kind === 'phrases') slots.push(m.slot);
    else if (m.kind === 'near') slots.push(m.a);
    else if (m.kind === 'regex' && m.needs !== undefined) slots.push(m.needs);
    else return undefined;
  }
  return slots.length > 0 ? slots : undefined;
}
