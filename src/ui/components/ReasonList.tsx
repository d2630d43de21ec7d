import type { Post } from '../../model/post';
import type { Evidence, Flag } from '../../model/verdict';
import type { UiLang } from '../../i18n/ui-lang';
import type { OverlayTranslator } from '../../i18n/overlay-messages';
import { EvidenceQuote } from './EvidenceQuote';
import { distinctEvidence } from './present-verdict';
import { explainFlag, type RuleTexts } from './rule-texts';

export interface ReasonListProps {
  post: Post | undefined;
  flags: readonly Flag[];
  lang: UiLang;
  texts: RuleTexts;
  t: OverlayTranslator;
  /** Show the rule title and strength above the explanation (the "Why?" list). */
  detailed?: boolean;
  /** Quotes per flag. */
  quotes?: number;
  /** Chosen quotes per flag (overrides `quotes`), e.g. from reasonQuotes. */
  chosen?: ReadonlyMap<Flag, readonly Evidence[]>;
}

/** Flags as a list: the explanation in the UI language and the quoted evidence from the post. */
export function ReasonList({ post, flags, lang, texts, t, detailed = false, quotes = 1, chosen }: ReasonListProps) {
  return (
    <ul class="w-list">
      {flags.map((flag) => {
        const evidence = chosen?.get(flag) ?? distinctEvidence(flag, quotes);
        return (
          <li key={flag.ruleId} data-rule={flag.ruleId}>
            {detailed && (
              <p class="w-reason">
                <span class="w-reason-title">{texts.get(flag.ruleId)?.title ?? flag.title}</span>{' '}
                <span class="w-meta">({t(`strength.${flag.strength}`)})</span>
              </p>
            )}
            <p class="w-reason">{explainFlag(texts, flag.ruleId, flag.title, lang)}</p>
            {evidence.length > 0
              ? evidence.map((e) => <EvidenceQuote key={`${e.field}:${e.start}`} post={post} evidence={e} t={t} />)
              : detailed && flag.kind === 'combo' && <p class="w-meta">{t('noEvidence')}</p>}
          </li>
        );
      })}
    </ul>
  );
}
