import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import type { UiLang } from '../../i18n/ui-lang';
import type { OverlayTranslator } from '../../i18n/overlay-messages';
import { favourFlags, warningFlags } from './present-verdict';
import { ReasonList } from './ReasonList';
import type { RuleTexts } from './rule-texts';

/** Every flag with its explanation and quotes: what "Why?" opens. */
export function FlagDetails({ post, verdict, lang, texts, t }: { post: Post | undefined; verdict: Verdict; lang: UiLang; texts: RuleTexts; t: OverlayTranslator }) {
  const favour = favourFlags(verdict);
  return (
    <div>
      <p class="w-sub">{t('whyTitle')}</p>
      <ReasonList post={post} flags={warningFlags(verdict)} lang={lang} texts={texts} t={t} detailed quotes={2} />
      {favour.length > 0 && (
        <>
          <p class="w-sub">{t('favourTitle')}</p>
          <ReasonList post={post} flags={favour} lang={lang} texts={texts} t={t} detailed quotes={2} />
        </>
      )}
    </div>
  );
}
