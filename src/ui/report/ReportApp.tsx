import { useEffect, useMemo, useState } from 'preact/hooks';
import { bundledHotlines } from '../../hotlines/bundled-directory';
import type { HotlineDirectory } from '../../hotlines/hotline-schema';
import { verificationLinksFor } from '../../hotlines/pick-hotlines';
import { selectCountry } from '../../hotlines/select-country';
import { reportMessages, type ReportT } from '../../i18n/report-messages';
import { resolveUiLang, type UiLang } from '../../i18n/ui-lang';
import { renderText } from '../../report/render-text';
import type { Report } from '../../report/report-schema';
import { bundledRulePack } from '../../rules/bundled-pack';
import { MAX_SCREENSHOT_CHARS, type ReportDraft } from '../../storage/report-drafts';
import type { HistoryChannel, HistoryEntry, ParsedHistory } from '../../storage/report-history';
import type { Settings } from '../../storage/settings-schema';
import { HistoryList } from './HistoryList';
import { countryEntries, HotlinePicker } from './HotlinePicker';
import { PageHeader } from './PageHeader';
import { PlatformSteps } from './PlatformSteps';
import { ReportChannels } from './ReportChannels';
import { ReportEditor } from './ReportEditor';
import { buildDraftReport, explanationsFor, hotlineOptions, initialEdits, type ReportEdits } from './report-model';
import { ScreenshotPanel } from './ScreenshotPanel';
import { CaptureError, type ReportServices } from './services';
import { VerificationLinks } from './VerificationLinks';

export interface ReportAppProps {
  readonly services: ReportServices;
  /** location.search of the page: ?draft=<id>, ?history=<id>, or nothing for the history list. */
  readonly query: string;
  /** The hotline directory; the bundled one by default. */
  readonly directory?: HotlineDirectory;
}

function useSettings(services: ReportServices) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void services.getSettings().then(setSettings);
  }, [services]);
  const lang: UiLang = resolveUiLang(settings?.uiLang, services.locales[0]);
  const setLang = (next: UiLang) => {
    void services.updateSettings({ uiLang: next }).then(setSettings);
  };
  return { settings, setSettings, lang, setLang };
}

/** The report page: a draft to check and send, one saved report, or the history list. */
export function ReportApp({ services, query, directory }: ReportAppProps) {
  const params = new URLSearchParams(query);
  const { settings, setSettings, lang, setLang } = useSettings(services);
  const t = useMemo(() => reportMessages(lang), [lang]);
  const dir = useMemo(() => directory ?? bundledHotlines().directory, [directory]);
  const draftId = params.get('draft');
  const historyId = params.get('history');

  let body;
  if (!settings) body = <p role="status">{t('loading')}</p>;
  else if (draftId) body = <DraftView services={services} draftId={draftId} settings={settings} onSettings={setSettings} lang={lang} t={t} directory={dir} />;
  else if (historyId) body = <SavedReportView services={services} id={historyId} lang={lang} t={t} keepHistory={settings.keepHistory} />;
  else body = <HistoryPage services={services} lang={lang} t={t} />;

  return (
    <>
      <PageHeader title={historyId || !draftId ? t('historyHeading') : t('pageTitle')} lang={lang} onLang={setLang}>
        <nav class="page-links">
          <a href={services.historyHref()}>{t('historyBack')}</a> · <a href={services.guideHref()}>{t('guideLink')}</a> ·{' '}
          <a href={services.optionsHref()}>{t('openOptions')}</a>
        </nav>
      </PageHeader>
      <main>{body}</main>
    </>
  );
}

interface DraftViewProps {
  readonly services: ReportServices;
  readonly draftId: string;
  readonly settings: Settings;
  readonly onSettings: (s: Settings) => void;
  readonly lang: UiLang;
  readonly t: ReportT;
  readonly directory: HotlineDirectory;
}

function DraftView({ services, draftId, settings, onSettings, lang, t, directory }: DraftViewProps) {
  const [draft, setDraft] = useState<ReportDraft | null | undefined>(undefined);
  const [edits, setEdits] = useState<ReportEdits | null>(null);
  // The setting (or the browser language) decides the first choice; a change made on this page stays
  // on this page unless the user asks to remember it.
  const [choice] = useState(() =>
    selectCountry({ locales: services.locales, stored: settings.country, available: Object.keys(directory.countries) }),
  );
  const [country, setCountry] = useState<string | null>(choice.country);
  const [countrySource, setCountrySource] = useState<'setting' | 'locale' | 'none' | 'chosen'>(choice.source);
  const [remembered, setRemembered] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [shotBusy, setShotBusy] = useState(false);
  const [shotMessage, setShotMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void services.getDraft(draftId).then((d) => {
      if (!live) return;
      setDraft(d ?? null);
      if (d) {
        setEdits(initialEdits(d, lang));
        void services.rememberReportTab(draftId).catch(() => undefined);
      }
    });
    // A screenshot added from the toolbar popup arrives through storage.
    const stop = services.watchDraft(draftId, (d) => {
      if (d) setDraft((prev) => (prev ? { ...prev, screenshot: d.screenshot } : d));
    });
    return () => {
      live = false;
      stop();
    };
  }, [services, draftId]);

  const hotlines = useMemo(() => (draft ? hotlineOptions(directory, country, draft.verdict) : { options: [], fallback: false }), [directory, country, draft]);
  const usable = hotlines.options.filter((o) => !o.blockedBy);
  const chosen = usable.find((o) => o.picked.organisation.id === selected) ?? usable[0];

  const explanations = useMemo(() => {
    if (!draft || !edits) return {};
    try {
      return explanationsFor(bundledRulePack().pack, draft.verdict, edits.lang);
    } catch {
      return {};
    }
  }, [draft, edits?.lang]);

  const report: Report | null = useMemo(() => {
    if (!draft || !edits || !chosen || !country) return null;
    try {
      return buildDraftReport({ draft, edits, hotline: chosen.picked, country, explanations });
    } catch {
      return null;
    }
  }, [draft, edits, chosen, country, explanations]);

  if (!draft || !edits) {
    return draft === null ? <p class="notice">{t('missingDraft')}</p> : <p role="status">{t('loading')}</p>;
  }

  const countries = countryEntries(directory.countries, lang);
  const countryName = countries.find((c) => c.code === country)?.name ?? country ?? '';

  const onUsed = (channel: HistoryChannel) => {
    if (report && settings.keepHistory) void services.saveReport(report, channel).catch(() => undefined);
  };

  const problemText = (err: unknown): string => {
    if (!(err instanceof CaptureError)) return t('shotFailed', { reason: String((err as Error)?.message ?? err) });
    switch (err.problem) {
      case 'unsupported':
        return t('shotUnsupported');
      case 'no-source':
        return t('shotNoSource');
      case 'too-big':
        return t('shotTooBig', { mb: Math.floor((MAX_SCREENSHOT_CHARS * 0.75) / 1_000_000) });
      case 'not-image':
        return t('shotNotImage');
      default:
        return t('shotFailed', { reason: err.message });
    }
  };

  const storeShot = async (make: () => Promise<NonNullable<ReportDraft['screenshot']>>) => {
    setShotBusy(true);
    setShotMessage(undefined);
    try {
      const shot = await make();
      const next = await services.setDraftScreenshot(draft.id, shot);
      setDraft(next);
      setShotMessage({ kind: 'ok', text: t('shotAdded') });
    } catch (err) {
      setShotMessage({ kind: 'error', text: problemText(err) });
    } finally {
      setShotBusy(false);
    }
  };

  return (
    <>
      <p class="intro">{t('intro')}</p>
      <HotlinePicker
        lang={lang}
        t={t}
        countries={countries}
        country={country}
        countrySource={countrySource}
        {...(country && directory.countries[country]?.gaps ? { gaps: directory.countries[country]!.gaps! } : {})}
        hotlines={hotlines}
        selected={chosen?.picked.organisation.id ?? null}
        onCountry={(code) => {
          setCountry(code);
          setCountrySource('chosen');
          setRemembered(false);
          setSelected(null);
        }}
        remembered={remembered}
        onRememberCountry={() => {
          if (!country) return;
          void services.updateSettings({ country }).then((s) => {
            onSettings(s);
            setRemembered(true);
          });
        }}
        onSelect={setSelected}
      />
      <ReportEditor t={t} verdict={draft.verdict} edits={edits} explanations={explanations} onChange={(patch) => setEdits({ ...edits, ...patch })} />
      <ScreenshotPanel
        t={t}
        {...(draft.screenshot ? { screenshot: draft.screenshot } : {})}
        hasSource={draft.sourceTabId !== undefined}
        busy={shotBusy}
        {...(shotMessage ? { message: shotMessage } : {})}
        onCapture={() => void storeShot(() => services.captureSourceTab(draft))}
        onGoToPost={() => void services.goToSourceTab(draft).catch(() => setShotMessage({ kind: 'error', text: t('shotNoSource') }))}
        onAttach={(file) => void storeShot(() => services.readImageFile(file))}
        onRemove={() => {
          setShotMessage(undefined);
          void services.setDraftScreenshot(draft.id, undefined).then(setDraft);
        }}
      />
      {report ? (
        <ReportChannels
          t={t}
          report={report}
          {...(draft.screenshot ? { screenshot: draft.screenshot } : {})}
          keepHistory={settings.keepHistory}
          copy={services.copyText}
          onUsed={onUsed}
        />
      ) : (
        <section aria-labelledby="send-heading">
          <h2 id="send-heading">{t('sendHeading')}</h2>
          <p class="notice">{t('chooseHotlineFirst')}</p>
        </section>
      )}
      {report && settings.keepHistory && (
        <p>
          <SaveOnly t={t} onSave={() => onUsed('saved')} />
        </p>
      )}
      <PlatformSteps t={t} lang={lang} platform={edits.platform} />
      {country && (
        <VerificationLinks
          t={t}
          lang={lang}
          links={verificationLinksFor(directory, country)}
          countryName={countryName}
          lookFor={[edits.company, edits.poster].filter(Boolean)}
        />
      )}
      <p>
        <a href={services.guideHref()}>{t('guideLink')}</a>
      </p>
    </>
  );
}

function SaveOnly({ t, onSave }: { t: ReportT; onSave: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          onSave();
          setSaved(true);
        }}
      >
        {t('saveOnly')}
      </button>{' '}
      <span role="status">{saved ? t('saved') : ''}</span>
    </>
  );
}

function useHistory(services: ReportServices) {
  const [history, setHistory] = useState<ParsedHistory | null>(null);
  useEffect(() => {
    void services.listReports().then(setHistory);
    return services.watchReports(setHistory);
  }, [services]);
  return history;
}

function HistoryPage({ services, lang, t }: { services: ReportServices; lang: UiLang; t: ReportT }) {
  const history = useHistory(services);
  if (!history) return <p role="status">{t('loading')}</p>;
  return (
    <HistoryList
      t={t}
      lang={lang}
      headingLevel={2}
      history={history}
      viewHref={(id) => services.historyHref(id)}
      now={services.now}
      onDelete={(id) => void services.deleteReport(id)}
      onDeleteAll={() => void services.deleteAllReports()}
    />
  );
}

function SavedReportView({ services, id, lang, t, keepHistory }: { services: ReportServices; id: string; lang: UiLang; t: ReportT; keepHistory: boolean }) {
  const [entry, setEntry] = useState<HistoryEntry | null | undefined>(undefined);
  useEffect(() => {
    void services.getReport(id).then((e) => setEntry(e ?? null));
  }, [services, id]);
  if (entry === undefined) return <p role="status">{t('loading')}</p>;
  if (entry === null) return <p class="notice">{t('historyMissing')}</p>;
  const report = entry.report;
  return (
    <>
      <p class="intro">{t('historyViewIntro', { date: new Date(entry.savedAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') })}</p>
      <pre class="report-text" data-testid="saved-report-text">
        {renderText(report)}
      </pre>
      <ReportChannels
        t={t}
        report={report}
        keepHistory={keepHistory}
        copy={services.copyText}
        onUsed={(channel) => {
          if (keepHistory) void services.saveReport(report, channel).catch(() => undefined);
        }}
      />
      <PlatformSteps t={t} lang={lang} platform={report.platform} />
    </>
  );
}
