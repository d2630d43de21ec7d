import type { Verdict } from '../../model/verdict';
import type { OverlayTranslator } from '../../i18n/overlay-messages';
import { headlineKey, warningCount } from './present-verdict';

/** Band chip, brand, headline and the number of warning signs. */
export function VerdictHeader({ verdict, t, headingId, level = 2 }: { verdict: Verdict; t: OverlayTranslator; headingId?: string; level?: 2 | 3 }) {
  const count = warningCount(verdict);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div>
      <div class="w-top">
        <span class="w-chip">{t(`band.${verdict.band}`)}</span>
        <span class="w-brand">{t('brand')}</span>
        {count > 0 && <span class="w-count">{count === 1 ? t('signCountOne') : t('signCount', { count })}</span>}
      </div>
      <Heading class="w-headline" id={headingId}>{t(headlineKey(verdict))}</Heading>
      {verdict.band === 'low' && <p class="w-meta">{t('headline.lowDetail')}</p>}
    </div>
  );
}
