import type { OverlayTranslator } from '../../i18n/overlay-messages';

const ADVICE = ['safety.touristVisa', 'safety.copies', 'safety.share', 'safety.register', 'safety.consulate'] as const;

/** Short advice for high-risk posts, from how victims lose their way back (research notes A12). */
export function SafetyGuidance({ t, headingId }: { t: OverlayTranslator; headingId?: string }) {
  return (
    <div class="w-safety" role="group" aria-labelledby={headingId}>
      <p class="w-sub" id={headingId}>{t('safetyTitle')}</p>
      <ul>
        {ADVICE.map((key) => (
          <li key={key} data-advice={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
