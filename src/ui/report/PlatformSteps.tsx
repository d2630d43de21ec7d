import type { ReportT } from '../../i18n/report-messages';
import type { UiLang } from '../../i18n/ui-lang';
import { platformGuidance } from '../../report/platform-reporting';

/** How to report the post inside the platform itself (LinkedIn "Report this job", Facebook …). */
export function PlatformSteps({ t, lang, platform }: { t: ReportT; lang: UiLang; platform: string | null | undefined }) {
  const guidance = platformGuidance(platform);
  if (!guidance) return null;
  return (
    <section aria-labelledby="platform-heading">
      <h2 id="platform-heading">{t('platformHeading', { platform: guidance.name })}</h2>
      <p class="muted">{t('platformIntro')}</p>
      <ol>
        {guidance.steps[lang].map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
