import type { Verdict } from '../../model/verdict';
import type { UiLang } from '../../i18n/ui-lang';
import { overlayMessages } from '../../i18n/overlay-messages';
import { headlineFamily } from '../components/present-verdict';
import type { ThemeName } from '../components/theme';

/**
 * The compact mark on a job card in a list. It is not a button: the card itself opens the job,
 * where the full warning explains why. Its label says what it is to screen readers.
 */
export function CardBadge({ verdict, lang, theme }: { verdict: Verdict; lang: UiLang; theme: ThemeName }) {
  const t = overlayMessages(lang);
  const label = `${t(`band.${verdict.band}`)} · ${t(`badge.${headlineFamily(verdict)}`)}`;
  return (
    <span class={`w-root w-theme-${theme} w-band-${verdict.band}`} data-band={verdict.band} lang={lang}>
      <span class="w-badge" role="note" title={t('badgeHint')} aria-label={`${t('brand')}: ${label}. ${t('badgeHint')}`}>
        <span class="w-badge-icon" aria-hidden="true">⚠</span>
        <span>{label}</span>
      </span>
    </span>
  );
}
