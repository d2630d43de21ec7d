import type { VerificationLink } from '../../hotlines/hotline-schema';
import type { ReportT } from '../../i18n/report-messages';
import type { UiLang } from '../../i18n/ui-lang';
import { toHttpUrl } from '../../report/channel-links';
import { UnverifiedBadge } from './HotlineCard';

export interface VerificationLinksProps {
  readonly t: ReportT;
  readonly lang: UiLang;
  readonly links: readonly VerificationLink[];
  readonly countryName: string;
  /** Company, agency or poster names from the post, to look up. */
  readonly lookFor?: readonly string[];
  readonly headingLevel?: 2 | 3;
}

/** "Check this agency": the official registers of the user's country (KP2MI SISKOP2MI, DMW, eMigrate …). */
export function VerificationLinks({ t, lang, links, countryName, lookFor = [], headingLevel = 2 }: VerificationLinksProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const names = [...new Set(lookFor.map((n) => n.trim()).filter(Boolean))];
  return (
    <section aria-labelledby="check-heading" data-testid="verification-links">
      <Heading id="check-heading">{t('checkHeading')}</Heading>
      {links.length === 0 ? (
        <p class="muted">{t('noChecks', { country: countryName })}</p>
      ) : (
        <>
          <p class="muted">{t('checkIntro')}</p>
          {names.length > 0 && (
            <p>
              {names.map((n) => (
                <span key={n} class="lookup">
                  {t('checkLookFor', { name: n })}
                </span>
              ))}
            </p>
          )}
          <ul class="registers">
            {links.map((l) => {
              const href = toHttpUrl(l.url);
              return (
                <li key={l.id}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {l.name}
                    </a>
                  ) : (
                    <strong>{l.name}</strong>
                  )}{' '}
                  {!l.verified && <UnverifiedBadge lang={lang} />}
                  <p class="muted small">{l.what_it_checks[lang]}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
