import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import type { UiLang } from '../../i18n/ui-lang';
import { overlayMessages } from '../../i18n/overlay-messages';
import { distinctEvidence, headlineKey, warningFlags } from '../components/present-verdict';
import { explainFlag, type RuleTexts } from '../components/rule-texts';

const MAX_POST_TEXT = 4000;

/**
 * A plain-text report the user can paste into a message to a hotline, used when the report page
 * cannot be opened. Only what was on the page and what Waspada found; nothing about the user.
 */
export function plainReport(post: Post, verdict: Verdict, lang: UiLang, texts: RuleTexts, now: Date): string {
  const t = overlayMessages(lang);
  const lines: string[] = [t('report.heading'), '', t(headlineKey(verdict))];
  if (post.url) lines.push(`${t('report.link')}: ${post.url}`);
  if (post.platform) lines.push(`${t('report.site')}: ${post.platform}`);
  for (const field of ['title', 'company', 'location', 'salary', 'postedBy'] as const) {
    const value = post[field];
    if (value) lines.push(`${t(`field.${field}`)}: ${value}`);
  }
  lines.push('', `${t('report.reasons')}:`);
  for (const flag of warningFlags(verdict)) {
    const quotes = distinctEvidence(flag, 2).map((e) => `"${e.quote.replace(/\s+/g, ' ').trim()}"`);
    lines.push(`- ${explainFlag(texts, flag.ruleId, flag.title, lang)}${quotes.length ? ` ${quotes.join(', ')}` : ''}`);
  }
  const text = post.text.length > MAX_POST_TEXT ? `${post.text.slice(0, MAX_POST_TEXT)}…` : post.text;
  lines.push('', `${t('report.text')}:`, text, '', t('report.checked', { date: now.toISOString().slice(0, 10), version: verdict.rulePackVersion }));
  return lines.join('\n');
}
