import type { HotlineCountry } from '../../hotlines/hotline-schema';
import type { UiLang } from '../../i18n/ui-lang';
import type { ReportT } from '../../i18n/report-messages';
import { HotlineCard, UnverifiedBadge } from './HotlineCard';
import type { HotlineOptions } from './report-model';

export interface CountryEntry {
  readonly code: string;
  readonly name: string;
}

/** Countries of the directory, named in the UI language and sorted by that name. */
export function countryEntries(countries: Readonly<Record<string, HotlineCountry>>, lang: UiLang): CountryEntry[] {
  return Object.values(countries)
    .map((c) => ({ code: c.country, name: c.names[lang] }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

export interface CountrySelectProps {
  readonly id: string;
  readonly label: string;
  readonly countries: readonly CountryEntry[];
  readonly value: string | null;
  readonly placeholder: string;
  readonly onChange: (code: string) => void;
}

export function CountrySelect({ id, label, countries, value, placeholder, onChange }: CountrySelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {value === null && <option value="">{placeholder}</option>}
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface HotlinePickerProps {
  readonly lang: UiLang;
  readonly t: ReportT;
  readonly countries: readonly CountryEntry[];
  readonly country: string | null;
  readonly countrySource: 'setting' | 'locale' | 'none' | 'chosen';
  readonly gaps?: string;
  readonly hotlines: HotlineOptions;
  readonly selected: string | null;
  readonly onCountry: (code: string) => void;
  readonly onRememberCountry?: () => void;
  readonly remembered?: boolean;
  readonly onSelect: (organisationId: string) => void;
}

export function HotlinePicker(props: HotlinePickerProps) {
  const { t, lang, countries, country, hotlines } = props;
  const countryName = countries.find((c) => c.code === country)?.name ?? country ?? '';
  const usable = hotlines.options.filter((o) => !o.blockedBy);
  const blocked = hotlines.options.filter((o) => o.blockedBy);
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">{t('whereHeading')}</h2>
      <CountrySelect
        id="report-country"
        label={t('countryLabel')}
        countries={countries}
        value={country}
        placeholder={t('countryChoose')}
        onChange={props.onCountry}
      />
      <p class="muted small" data-testid="country-source">
        {props.countrySource === 'setting' && t('countryFromSetting')}
        {props.countrySource === 'locale' && t('countryFromLocale')}
        {props.countrySource === 'none' && t('countryNone')}
      </p>
      {props.countrySource === 'chosen' && props.onRememberCountry && (
        <p>
          {props.remembered ? (
            <span role="status">{t('countryRemembered')}</span>
          ) : (
            <button type="button" class="link-button" onClick={props.onRememberCountry}>
              {t('rememberCountry')}
            </button>
          )}
        </p>
      )}
      {country && usable.length === 0 && <p class="notice">{t('noHotlines', { country: countryName })}</p>}
      {country && hotlines.fallback && usable.length > 0 && <p class="notice">{t('fallbackNote', { country: countryName })}</p>}
      {usable.length > 0 && (
        <fieldset class="hotlines">
          <legend>{t('hotlinesLegend')}</legend>
          {usable.map((o) => {
            const org = o.picked.organisation;
            const id = `hotline-${o.picked.country}-${org.id}`;
            const checked = props.selected === org.id;
            return (
              <div key={id} class={`hotline-option${checked ? ' selected' : ''}`} data-testid="hotline-option">
                <input type="radio" name="hotline" id={id} value={org.id} checked={checked} onChange={() => props.onSelect(org.id)} />
                <label for={id}>
                  <strong>{org.name}</strong> {!org.verified && <UnverifiedBadge lang={lang} />}
                </label>
                <HotlineCard
                  organisation={org}
                  lang={lang}
                  t={t}
                  showName={false}
                  brief={!checked}
                  {...(o.picked.via === 'referral' ? { note: o.picked.note ?? t('viaReferral', { country: countryName }) } : {})}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      {blocked.map((o) => (
        <p key={o.picked.organisation.id} class="notice warn" data-testid="blocked-hotline">
          {t('blockedNote', { name: o.picked.organisation.name, value: o.blockedBy! })}
        </p>
      ))}
      {props.gaps && (
        <details class="gaps">
          <summary>{t('gapsHeading')}</summary>
          <p>{props.gaps}</p>
        </details>
      )}
    </section>
  );
}
