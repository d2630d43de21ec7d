import { useEffect, useMemo, useState } from 'preact/hooks';
import { bundledHotlines } from '../../hotlines/bundled-directory';
import type { HotlineDirectory } from '../../hotlines/hotline-schema';
import { pickHotlines, verificationLinksFor, type PickedHotline } from '../../hotlines/pick-hotlines';
import { selectCountry } from '../../hotlines/select-country';
import { guideMessages, type GuideT } from '../../i18n/guide-messages';
import { reportMessages } from '../../i18n/report-messages';
import { resolveUiLang, type UiLang } from '../../i18n/ui-lang';
import type { Settings } from '../../storage/settings-schema';
import { HotlineCard } from '../report/HotlineCard';
import { countryEntries, CountrySelect, type CountryEntry } from '../report/HotlinePicker';
import { PageHeader } from '../report/PageHeader';
import { VerificationLinks } from '../report/VerificationLinks';

export interface GuideServices {
  readonly locales: readonly string[];
  getSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  reportHistoryHref(): string;
}

export interface GuideAppProps {
  readonly services: GuideServices;
  readonly directory?: HotlineDirectory;
}

const BEFORE = ['visa', 'agency', 'contract', 'fees', 'documents', 'contact', 'register', 'destination'] as const;

function Lines({ lines, lang, t, countries }: { lines: readonly PickedHotline[]; lang: UiLang; t: GuideT; countries: readonly CountryEntry[] }) {
  const rt = reportMessages(lang);
  if (lines.length === 0) return <p class="notice">{t('noLines')}</p>;
  return (
    <ul class="plain lines">
      {lines.map((p) => (
        <li key={`${p.country}-${p.organisation.id}`} class="line">
          {p.via === 'destination' && (
            <p class="muted small">{t('destinationLine', { country: countries.find((c) => c.code === p.country)?.name ?? p.country })}</p>
          )}
          <HotlineCard organisation={p.organisation} lang={lang} t={rt} {...(p.note ? { note: p.note } : {})} />
        </li>
      ))}
    </ul>
  );
}

/** The safety guide: before you go, if you are already there, for families; in EN and ID. */
export function GuideApp({ services, directory }: GuideAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void services.getSettings().then(setSettings);
  }, [services]);
  const dir = useMemo(() => directory ?? bundledHotlines().directory, [directory]);
  const lang: UiLang = resolveUiLang(settings?.uiLang, services.locales[0]);
  const t = useMemo(() => guideMessages(lang), [lang]);
  const [home, setHome] = useState<string | null>(null);
  const [where, setWhere] = useState<string>('');

  useEffect(() => {
    if (!settings) return;
    const choice = selectCountry({ locales: services.locales, stored: settings.country, available: Object.keys(dir.countries) });
    setHome(choice.country);
  }, [settings, dir, services]);

  const countries = countryEntries(dir.countries, lang);
  const homeName = countries.find((c) => c.code === home)?.name ?? '';
  const abroad = useMemo(
    () => (home ? pickHotlines(dir, { country: home, purpose: 'help-abroad', ...(where ? { destination: where } : {}) }) : []),
    [dir, home, where],
  );
  const report = useMemo(() => (home ? pickHotlines(dir, { country: home, purpose: 'report-ad' }) : []), [dir, home]);
  const rt = reportMessages(lang);

  return (
    <>
      <PageHeader title={t('title')} lang={lang} onLang={(uiLang) => void services.updateSettings({ uiLang }).then(setSettings)}>
        <nav class="page-links">
          <a href="#before">{t('tocBefore')}</a> · <a href="#there">{t('tocThere')}</a> · <a href="#family">{t('tocFamily')}</a>
        </nav>
      </PageHeader>
      <main>
        <p class="intro">{t('intro')}</p>
        <CountrySelect id="guide-home" label={t('homeLabel')} countries={countries} value={home} placeholder={t('chooseCountry')} onChange={setHome} />

        <section aria-labelledby="before">
          <h2 id="before" tabIndex={-1}>
            {t('beforeHeading')}
          </h2>
          <ol class="steps">
            {BEFORE.map((k) => (
              <li key={k}>
                <strong>{t(`${k}Title`)}</strong> {t(`${k}Text`)}
              </li>
            ))}
          </ol>
          {home && (
            <VerificationLinks
              t={rt}
              lang={lang}
              links={verificationLinksFor(dir, home)}
              countryName={homeName}
              headingLevel={3}
            />
          )}
        </section>

        <section aria-labelledby="there">
          <h2 id="there" tabIndex={-1}>
            {t('thereHeading')}
          </h2>
          <h3>{t('signsTitle')}</h3>
          <p>{t('signs')}</p>
          <h3>{t('whoTitle')}</h3>
          <p>{t('whoText')}</p>
          <div class="field">
            <label for="guide-where">{t('whereLabel')}</label>
            <select id="guide-where" value={where} onChange={(e) => setWhere((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('whereUnknown')}</option>
              {countries
                .filter((c) => c.code !== home)
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </select>
          </div>
          {home ? <Lines lines={abroad} lang={lang} t={t} countries={countries} /> : <p class="muted">{t('chooseCountry')}</p>}
          <h3>{t('keepTitle')}</h3>
          <p>{t('keepText')}</p>
        </section>

        <section aria-labelledby="family">
          <h2 id="family" tabIndex={-1}>
            {t('familyHeading')}
          </h2>
          <p>{t('familyText')}</p>
          {home && (
            <>
              <h3>{t('familyLines', { country: homeName })}</h3>
              <Lines lines={report} lang={lang} t={t} countries={countries} />
            </>
          )}
        </section>

        <p class="muted small">{t('sources')}</p>
        <p>
          <a href={services.reportHistoryHref()}>{rt('historyHeading')}</a>
        </p>
      </main>
    </>
  );
}
