import { POST_TEXT_FIELDS } from '../model/post';
import type { CompiledMatcher, CompiledRule } from './compiled-rule';
import { phrasesToRegExp } from './phrase-pattern';
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

function compileMatcher(m: Matcher, path: string): CompiledMatcher {
  try {
    if ('phrases' in m) return { kind: 'pattern', re: phrasesToRegExp(m.phrases), captured: true };
    if ('regex' in m) return { kind: 'pattern', re: new RegExp(m.regex, 'gu'), captured: false };
    if ('near' in m) return { kind: 'near', a: phrasesToRegExp(m.near[0]), b: phrasesToRegExp(m.near[1]), within: m.within };
    if ('money' in m) {
      return { kind: 'money', minMonthlyUsd: m.money.minMonthlyUsd ?? 0, maxMonthlyUsd: m.money.maxMonthlyUsd ?? Infinity };
    }
    return { kind: 'entity', types: new Set(m.entity) };
  } catch (err) {
    const key = 'phrases' in m ? 'phrases' : 'regex' in m ? 'regex' : 'near' in m ? 'near' : '';
    throw new RuleCompileError(key ? `${path}.${key}` : path, (err as Error).message);
  }
}

export function compileRule(rule: Rule): CompiledRule {
  const list = (ms: readonly Matcher[] | undefined, name: string) =>
    (ms ?? []).map((m, i) => compileMatcher(m, `match.${name}.${i}`));
  if (rule.kind === 'combo') {
    if (!rule.when) throw new RuleCompileError('when', 'a combo rule needs `when`');
    if (rule.match) throw new RuleCompileError('match', 'a combo rule uses `when`, not `match`');
    const refs = (rule.when.all?.length ?? 0) + (rule.when.any?.length ?? 0);
    if (refs === 0) throw new RuleCompileError('when', 'needs `all` or `any` references');
  } else {
    if (!rule.match) throw new RuleCompileError('match', 'needs `match` with at least one `any` matcher');
    if (rule.when) throw new RuleCompileError('when', 'only combo rules use `when`');
  }
  return {
    rule,
    fields: rule.fields ?? POST_TEXT_FIELDS,
    any: list(rule.match?.any, 'any'),
    all: list(rule.match?.all, 'all'),
    unless: list(rule.match?.unless, 'unless'),
  };
}
