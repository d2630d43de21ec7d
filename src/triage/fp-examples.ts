import { stringify } from 'yaml';
import type { RulePack } from '../rules/compiled-rule';
import { LANGUAGES, type RuleExample } from '../rules/rule-schema';
import type { AdRecord } from './model';

/** A false-positive ad as a negative example for one rule, in the rule files' example format. */
export interface FalsePositiveExample extends RuleExample {
  /** Where it came from, so a rule author can find it on the bench. */
  source: { adId: string; ref: string; platform?: string; url?: string };
}

export interface FalsePositiveRule {
  ruleId: string;
  title: string;
  /** Paste these under `examples.negative` in rules/<category>/<ruleId>.yaml after checking them. */
  negative: FalsePositiveExample[];
}

export interface FalsePositiveList {
  format: 'waspada-false-positives/1';
  exportedAt: string;
  rulePackVersion: string;
  rules: FalsePositiveRule[];
}

const LANGS: ReadonlySet<string> = new Set(LANGUAGES);

/**
 * The ads reviewers marked "false positive", turned into negative examples for each red-flag rule
 * that fired on them: the rule should not have fired, so a rule author can add the ad to the rule's
 * examples and the test suite keeps it from firing again. Strongest-firing rules first.
 */
export function falsePositiveList(records: readonly AdRecord[], pack: RulePack, exportedAt: string): FalsePositiveList {
  const byRule = new Map<string, FalsePositiveRule>();
  for (const { ad, verdict, review } of records) {
    if (review.status !== 'false-positive') continue;
    const v = verdict.verdict;
    const lang = LANGS.has(v.lang) ? (v.lang as RuleExample['lang']) : 'en';
    const noteParts = [`false positive on the triage bench (${ad.ref})`];
    if (lang !== v.lang) noteParts.push(`detected language: ${v.lang}`);
    if (review.note.trim()) noteParts.push(`reviewer: ${review.note.trim()}`);
    const example: FalsePositiveExample = {
      lang,
      text: ad.post.text,
      ...(ad.post.title ? { title: ad.post.title } : {}),
      ...(ad.post.company ? { company: ad.post.company } : {}),
      ...(ad.post.location ? { location: ad.post.location } : {}),
      ...(ad.post.salary ? { salary: ad.post.salary } : {}),
      note: noteParts.join('; '),
      source: { adId: ad.id, ref: ad.ref, ...(ad.post.platform ? { platform: ad.post.platform } : {}), ...(ad.post.url ? { url: ad.post.url } : {}) },
    };
    for (const flag of v.flags) {
      if (flag.kind === 'legitimacy') continue;
      let entry = byRule.get(flag.ruleId);
      if (!entry) {
        entry = { ruleId: flag.ruleId, title: pack.byId.get(flag.ruleId)?.rule.title ?? flag.title, negative: [] };
        byRule.set(flag.ruleId, entry);
      }
      entry.negative.push(example);
    }
  }
  const rules = [...byRule.values()].sort((a, b) => b.negative.length - a.negative.length || (a.ruleId < b.ruleId ? -1 : 1));
  return { format: 'waspada-false-positives/1', exportedAt, rulePackVersion: pack.version, rules };
}

export function falsePositivesJson(list: FalsePositiveList): string {
  return JSON.stringify(list, null, 2);
}

/** YAML with a header comment; each rule's `negative` list has the shape of a rule file's examples. */
export function falsePositivesYaml(list: FalsePositiveList): string {
  const header = [
    '# Waspada false positives, exported from the triage bench.',
    '# For each rule: check the examples, drop `source`, and add them under `examples.negative`',
    '# in rules/<category>/<rule id>.yaml; `npm test` then keeps the rule from firing on them.',
  ].join('\n');
  return `${header}\n${stringify(list, { lineWidth: 0 })}`;
}
