import { useEffect, useMemo, useState } from 'preact/hooks';
import { popupMessages, type PopupT } from '../../i18n/popup-messages';
import { resolveUiLang, type UiLang } from '../../i18n/ui-lang';
import type { TabStats } from '../../messaging/protocol';
import type { ReportDraft } from '../../storage/report-drafts';
import type { Settings, Site } from '../../storage/settings-schema';
import { siteForUrl } from '../../storage/site-hosts';
import type { ActiveTab, PopupServices } from './services';

export interface PopupAppProps {
  readonly services: PopupServices;
}

interface Loaded {
  readonly tab?: ActiveTab;
  readonly stats: TabStats;
  readonly draft?: ReportDraft;
}

const EMPTY: TabStats = { counts: { low: 0, medium: 0, high: 0 } };

/** The toolbar popup: what was checked on this tab, the latest flagged post, quick switches, links. */
export function PopupApp({ services }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [withShot, setWithShot] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void services.getSettings().then(setSettings);
    void (async () => {
      const tab = await services.activeTab().catch(() => undefined);
      if (!tab) return setLoaded({ stats: EMPTY });
      const [stats, draft] = await Promise.all([
        services.getStats(tab.id).catch(() => EMPTY),
        services.latestDraftForTab(tab.id).catch(() => undefined),
      ]);
      // A post the user already marked "not a scam" is not offered for reporting again.
      const hidden = stats.latest ? await services.isNotScam(stats.latest.post).catch(() => false) : false;
      const shown: TabStats = hidden ? { counts: stats.counts } : stats;
      setLoaded({ tab, stats: shown, ...(draft ? { draft } : {}) });
    })();
  }, [services]);

  const lang: UiLang = resolveUiLang(settings?.uiLang, services.locales[0]);
  const t = useMemo(() => popupMessages(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (!settings || !loaded) return <p role="status">{t('loading')}</p>;

  const { counts, latest } = loaded.stats;
  // The tab's address is known when the popup was opened from the toolbar (activeTab); otherwise the
  // latest post read on the tab tells which site it is.
  const site: Site | null = siteForUrl(loaded.tab?.url ?? latest?.post.url);
  const total = counts.low + counts.medium + counts.high;
  const siteOn = site ? settings.sites[site] !== false : false;

  const report = async () => {
    if (!latest || !loaded.tab) return;
    setBusy(true);
    let screenshot;
    if (withShot && services.canCapture) {
      try {
        screenshot = await services.captureVisibleTab(loaded.tab.windowId);
      } catch (err) {
        setMessage(t('screenshotFailed', { reason: (err as Error).message }));
      }
    }
    try {
      await services.openReport({ post: latest.post, verdict: latest.verdict, sourceTabId: loaded.tab.id, ...(screenshot ? { screenshot } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const addShot = async () => {
    if (!loaded.draft || !loaded.tab) return;
    setBusy(true);
    try {
      const shot = await services.captureVisibleTab(loaded.tab.windowId);
      await services.addScreenshotToDraft(loaded.draft, shot);
      setLoaded({ ...loaded, draft: { ...loaded.draft, screenshot: shot } });
      setMessage(t('screenshotAdded'));
    } catch (err) {
      setMessage(t('screenshotFailed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const flags = latest ? latest.verdict.flags.filter((f) => f.kind !== 'legitimacy').slice(0, 3) : [];

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('title')}</h1>
        <button type="button" class="lang-switch small-button" onClick={() => void services.updateSettings({ uiLang: lang === 'en' ? 'id' : 'en' }).then(setSettings)}>
          {lang === 'en' ? 'Bahasa Indonesia' : 'English'}
        </button>
      </header>

      <section aria-labelledby="page-heading">
        <h2 id="page-heading">{t('thisPage')}</h2>
        {!site ? (
          <p class="muted">{t('notSupported')}</p>
        ) : !siteOn ? (
          <p class="muted">{t('siteOff')}</p>
        ) : total === 0 ? (
          <p class="muted">{t('nothingYet')}</p>
        ) : (
          <>
            <p>{t('screened', { count: total })}</p>
            <ul class="counts" data-testid="counts">
              <li>
                <span class="band band-high">{counts.high}</span> {t('high')}
              </li>
              <li>
                <span class="band band-medium">{counts.medium}</span> {t('medium')}
              </li>
              <li>
                <span class="band band-low">{counts.low}</span> {t('low')}
              </li>
            </ul>
          </>
        )}
      </section>

      {latest && (
        <section aria-labelledby="latest-heading" data-testid="latest">
          <h2 id="latest-heading">{t('latestHeading')}</h2>
          <p>
            <span class={`band band-${latest.verdict.band}`}>{t(`band_${latest.verdict.band}`)}</span>{' '}
            <strong>{latest.post.title ?? latest.post.text.slice(0, 80) ?? t('untitled')}</strong>
            {latest.post.company && <span class="muted"> — {latest.post.company}</span>}
          </p>
          {flags.length > 0 && (
            <ul class="small">
              {flags.map((f) => (
                <li key={f.ruleId}>{f.title}</li>
              ))}
            </ul>
          )}
          {services.canCapture && (
            <div class="switch-row">
              <input type="checkbox" id="with-shot" checked={withShot} onChange={(e) => setWithShot((e.currentTarget as HTMLInputElement).checked)} />
              <label for="with-shot">{t('withScreenshot')}</label>
            </div>
          )}
          <button type="button" class="primary" disabled={busy} onClick={() => void report()}>
            {t('report')}
          </button>
        </section>
      )}

      {loaded.draft && (
        <section aria-labelledby="draft-heading" data-testid="draft">
          <h2 id="draft-heading">{t('draftHeading')}</h2>
          {loaded.draft.screenshot ? (
            <p class="muted">{t('draftHasScreenshot')}</p>
          ) : (
            services.canCapture && (
              <button type="button" disabled={busy} onClick={() => void addShot()}>
                {t('addScreenshot')}
              </button>
            )
          )}
        </section>
      )}

      <p role="status" class="small">
        {message}
      </p>

      {site && (
        <div class="site-switch">
          <div class="switch-row">
            <input
              type="checkbox"
              id="site-switch"
              checked={siteOn}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void services.updateSettings({ sites: { ...settings.sites, [site]: on } }).then(setSettings);
              }}
            />
            <label for="site-switch">{t('siteSwitch', { site: t(`site_${site}`) })}</label>
          </div>
        </div>
      )}

      <nav class="popup-links">
        <button type="button" class="link-button" onClick={() => services.openPage('/verdict.html')}>
          {t('checkText')}
        </button>
        <button type="button" class="link-button" onClick={() => services.openPage('/guide.html')}>
          {t('guide')}
        </button>
        <button type="button" class="link-button" onClick={() => services.openPage('/report.html')}>
          {t('history')}
        </button>
        <button type="button" class="link-button" onClick={() => services.openPage('/triage.html')}>
          {t('triage')}
        </button>
        <button type="button" class="link-button" onClick={() => services.openPage('/options.html')}>
          {t('options')}
        </button>
      </nav>
      <p class="muted small">{t('privacy')}</p>
    </div>
  );
}
