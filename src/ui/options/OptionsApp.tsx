import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bundledHotlines } from '../../hotlines/bundled-directory';
import type { HotlineDirectory } from '../../hotlines/hotline-schema';
import { countryFromLocale } from '../../hotlines/select-country';
import { optionsMessages, type OptionsT } from '../../i18n/options-messages';
import { resolveUiLang, type UiLang } from '../../i18n/ui-lang';
import type { NotScamEntry } from '../../storage/not-scam';
import { normaliseAllowEntry, SITES, type Settings } from '../../storage/settings-schema';
import { DownloadLink } from '../report/DownloadLink';
import { countryEntries } from '../report/HotlinePicker';
import { PageHeader } from '../report/PageHeader';
import type { OptionsServices } from './services';

export interface OptionsAppProps {
  readonly services: OptionsServices;
  readonly directory?: HotlineDirectory;
}

const ALLOW_MAX = 500;

/** The options page: every setting, the "not a scam" list, export and delete of all data, privacy. */
export function OptionsApp({ services, directory }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [reportCount, setReportCount] = useState<number | null>(null);
  const [notScam, setNotScam] = useState<{ entries: NotScamEntry[]; unreadable: number } | null>(null);
  const dir = useMemo(() => directory ?? bundledHotlines().directory, [directory]);

  const latest = useRef<Settings | null>(null);
  const reload = () => {
    void services.getSettings().then((loaded) => {
      latest.current = loaded;
      setSettings(loaded);
    });
    void services.countReports().then(setReportCount);
    void services.listNotScam().then(setNotScam);
  };
  useEffect(reload, [services]);

  const lang: UiLang = resolveUiLang(settings?.uiLang, services.locales[0]);
  const t = useMemo(() => optionsMessages(lang), [lang]);

  if (!settings) return <p role="status">{t('loading')}</p>;

  // Changes are computed from the latest settings (not the last render), so quick clicks add up.
  latest.current = latest.current ?? settings;
  const save = (change: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => {
    const base = latest.current ?? settings;
    const delta = typeof change === 'function' ? change(base) : change;
    latest.current = { ...base, ...delta };
    setSettings(latest.current);
    void services.updateSettings(delta).then(() => setStatus(t('saved')));
  };

  const countries = countryEntries(dir.countries, lang);
  const detected = services.locales.map(countryFromLocale).find((c): c is string => c !== null) ?? null;
  const detectedName = detected ? (dir.countries[detected]?.names[lang] ?? detected.toUpperCase()) : null;

  return (
    <>
      <PageHeader title={t('title')} lang={lang} onLang={(uiLang) => save({ uiLang })} />
      <main>
        <p class="muted">{t('intro')}</p>
        <p role="status" class="ok small" data-testid="options-status">
          {status}
        </p>

        <section aria-labelledby="country-heading">
          <h2 id="country-heading">{t('countryHeading')}</h2>
          <p class="muted">{t('countryIntro')}</p>
          <div class="field">
            <label for="opt-country">{t('countryLabel')}</label>
            <select id="opt-country" value={settings.country ?? ''} onChange={(e) => save({ country: (e.currentTarget as HTMLSelectElement).value || null })}>
              <option value="">{detectedName ? t('countryAuto', { detected: detectedName }) : t('countryAutoNone')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <p class="muted small">{t('countryMissing')}</p>
        </section>

        <RadioGroup
          id="lang"
          legend={t('langHeading')}
          value={settings.uiLang}
          options={[
            ['auto', t('langAuto')],
            ['en', t('langEn')],
            ['id', t('langId')],
          ]}
          onChange={(uiLang) => save({ uiLang: uiLang as Settings['uiLang'] })}
        />

        <RadioGroup
          id="band"
          legend={t('sensitivityHeading')}
          value={settings.minBand}
          options={[
            ['medium', t('sensitivityMedium')],
            ['high', t('sensitivityHigh')],
          ]}
          onChange={(minBand) => save({ minBand: minBand as Settings['minBand'] })}
        />

        <fieldset>
          <legend>{t('sitesHeading')}</legend>
          <p class="muted small">{t('sitesIntro')}</p>
          {SITES.map((site) => (
            <div class="switch-row" key={site}>
              <input
                type="checkbox"
                id={`site-${site}`}
                checked={settings.sites[site] !== false}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  save((current) => ({ sites: { ...current.sites, [site]: on } }));
                }}
              />
              <label for={`site-${site}`}>{t(`site_${site}`)}</label>
            </div>
          ))}
        </fieldset>

        <AllowList
          t={t}
          list={settings.allowList}
          onAdd={(entry) =>
            save((current) =>
              current.allowList.some((x) => x.toLowerCase() === entry.toLowerCase()) || current.allowList.length >= ALLOW_MAX
                ? {}
                : { allowList: [...current.allowList, entry] },
            )
          }
          onRemove={(entry) => save((current) => ({ allowList: current.allowList.filter((x) => x !== entry) }))}
        />

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('historyHeading')}</h2>
          <div class="switch-row">
            <input type="checkbox" id="keep-history" checked={settings.keepHistory} onChange={(e) => save({ keepHistory: (e.currentTarget as HTMLInputElement).checked })} />
            <label for="keep-history">{t('historyKeep')}</label>
          </div>
          {reportCount !== null && <p class="muted small">{t('historyCount', { count: reportCount })}</p>}
          <p>
            <a href={services.historyHref()}>{t('historyOpen')}</a>
          </p>
        </section>

        <NotScamList
          t={t}
          list={notScam}
          onRemove={(key) => void services.unmarkNotScam(key).then(() => services.listNotScam().then(setNotScam))}
          onClear={() => void services.clearNotScam().then(() => services.listNotScam().then(setNotScam))}
        />

        <DataSection
          t={t}
          services={services}
          onDeleted={() => {
            latest.current = null;
            reload();
          }}
        />

        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('privacyHeading')}</h2>
          <p>{t('privacy1')}</p>
          <p>{t('privacy2')}</p>
          <p>{t('privacy3')}</p>
          <p>{t('privacy4')}</p>
          <p>
            <a href={services.guideHref()}>{t('guideLink')}</a>
          </p>
        </section>
      </main>
    </>
  );
}

function RadioGroup(props: { id: string; legend: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <div class="switch-row" key={value}>
          <input
            type="radio"
            name={props.id}
            id={`${props.id}-${value}`}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <label for={`${props.id}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function AllowList(props: { t: OptionsT; list: readonly string[]; onAdd: (entry: string) => void; onRemove: (entry: string) => void }) {
  const { t, list } = props;
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const entry = normaliseAllowEntry(draft);
    if (entry) props.onAdd(entry);
    setDraft('');
  };
  return (
    <section aria-labelledby="allow-heading">
      <h2 id="allow-heading">{t('allowHeading')}</h2>
      <p class="muted">{t('allowIntro')}</p>
      <form class="allow-form" onSubmit={add}>
        <div class="field">
          <label for="allow-input">{t('allowLabel')}</label>
          <input id="allow-input" type="text" maxLength={200} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" disabled={list.length >= ALLOW_MAX}>
          {t('allowAdd')}
        </button>
      </form>
      {list.length >= ALLOW_MAX && <p class="warn small">{t('allowFull')}</p>}
      {list.length === 0 ? (
        <p class="muted small">{t('allowEmpty')}</p>
      ) : (
        <ul class="plain" data-testid="allow-list">
          {list.map((entry) => (
            <li key={entry} class="switch-row">
              <span class="grow">{entry}</span>
              <button type="button" class="small-button" aria-label={`${t('allowRemove')}: ${entry}`} onClick={() => props.onRemove(entry)}>
                {t('allowRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NotScamList(props: {
  t: OptionsT;
  list: { entries: NotScamEntry[]; unreadable: number } | null;
  onRemove: (key: string) => void;
  onClear: () => void;
}) {
  const { t, list } = props;
  return (
    <section aria-labelledby="notscam-heading">
      <h2 id="notscam-heading">{t('notScamHeading')}</h2>
      <p class="muted">{t('notScamIntro')}</p>
      {!list || list.entries.length === 0 ? (
        <p class="muted small">{t('notScamEmpty')}</p>
      ) : (
        <>
          <ul class="history">
            {list.entries.map((e) => (
              <li key={e.keys[0]}>
                <strong>{e.title ?? e.company ?? e.excerpt.slice(0, 60)}</strong>
                {e.company && e.title && <span class="muted"> — {e.company}</span>}
                <p class="muted small">
                  {[e.platform, e.savedAt.slice(0, 10)].filter(Boolean).join(' · ')} · {e.excerpt}
                </p>
                <button type="button" class="small-button" onClick={() => props.onRemove(e.keys[0]!)}>
                  {t('notScamRemove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="danger" onClick={props.onClear}>
            {t('notScamClear')}
          </button>
        </>
      )}
      {list && list.unreadable > 0 && <p class="muted small">{t('notScamUnreadable', { count: list.unreadable })}</p>}
    </section>
  );
}

function DataSection({ t, services, onDeleted }: { t: OptionsT; services: OptionsServices; onDeleted: () => void }) {
  const [exported, setExported] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <div class="actions">
        {exported === null ? (
          <button
            type="button"
            onClick={() =>
              void services
                .exportAllData()
                .then(setExported)
                .catch((err: Error) => setMessage(t('exportFailed', { error: err.message })))
            }
          >
            {t('exportPrepare')}
          </button>
        ) : (
          <DownloadLink class="button primary" fileName="waspada-data.json" mime="application/json" content={() => exported}>
            {t('exportReady')}
          </DownloadLink>
        )}
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm">{t('deleteConfirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                void services.deleteAllData().then((result) => {
                  setExported(null);
                  setMessage(result.triage === 'failed' ? t('deleteTriageFailed', { error: result.error ?? '' }) : t('deleted'));
                  onDeleted();
                });
              }}
            >
              {t('deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" data-testid="data-status">
        {message}
      </p>
    </section>
  );
}
