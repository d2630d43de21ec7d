import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { triageMessages } from '../../i18n/triage-messages';
import { renderJson, reportFileName } from '../../report/render-json';
import { renderText } from '../../report/render-text';
import type { ReportLang } from '../../report/report-schema';
import type { AdRecord, Cluster } from '../../triage/model';
import { reportBundle, reportHotlines } from '../../triage/reports';
import { useEnv } from './context';
import { clusterHeadline, linkLabel } from './format';

export interface ReportDialogProps {
  ids: readonly string[];
  cluster?: Cluster;
  load: (ids: readonly string[]) => Promise<AdRecord[]>;
  onMarkReported: (ids: readonly string[]) => void;
  onClose: () => void;
}

interface Built {
  text: string;
  json: string;
  fileName: string;
  skipped: string[];
}

/**
 * Builds hotline reports with the report builder (src/report) for one ad, a selection or a
 * cluster. Nothing is sent: the text is copied or saved, and the ads can then be marked reported.
 */
export function ReportDialog(props: ReportDialogProps) {
  const { t, lang: uiLang, hotlines, country: defaultCountry, pack, save, copy } = useEnv();
  const countries = useMemo(
    () => Object.values(hotlines.countries).sort((a, b) => a.names[uiLang].localeCompare(b.names[uiLang])),
    [hotlines, uiLang],
  );
  const [country, setCountry] = useState(defaultCountry && hotlines.countries[defaultCountry] ? defaultCountry : (countries[0]?.country ?? ''));
  const picked = useMemo(() => (country ? reportHotlines(hotlines, country) : []), [hotlines, country]);
  const [hotlineIndex, setHotlineIndex] = useState(0);
  const [lang, setLang] = useState<ReportLang>(uiLang);
  const [note, setNote] = useState('');
  const [built, setBuilt] = useState<Built | undefined>();
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => setHotlineIndex(0), [country]);

  const build = async () => {
    const hotline = picked[hotlineIndex];
    if (!hotline) return;
    const records = await props.load(props.ids);
    const opts = { hotline, country, lang, ...(note.trim() ? { note } : {}) };
    const words = triageMessages(lang);
    const bundle = reportBundle(
      records,
      opts,
      pack,
      {
        heading: (count) => words('reportBundleHeading', { count }),
        ...(props.cluster ? { shared: [clusterHeadline(words, props.cluster), ...props.cluster.shared.map((s) => `- ${words('clusterSharedItem', { what: linkLabel(words, s), count: s.count })}`)] } : {}),
        adHeading: (n, of) => words('reportAdHeading', { n, of }),
        skipped: (ref, reason) => words('reportSkipped', { ref, reason }),
      },
      props.cluster,
    );
    const single = records.length === 1 && !props.cluster && bundle.reports.length === 1;
    const report = bundle.reports[0];
    setBuilt({
      text: single && report ? renderText(report) : bundle.text,
      json: single && report ? renderJson(report) : bundle.json,
      fileName: single && report ? reportFileName(report) : `waspada-report-${props.cluster?.id ?? 'selection'}-${new Date().toISOString().slice(0, 10)}.json`,
      skipped: bundle.skipped.map((s) => words('reportSkipped', { ref: s.ref, reason: s.reason })),
    });
    setStatus('');
  };

  return (
    <section class="report-dialog panel" role="dialog" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1} ref={heading}>
        {t('reportHeading')}
      </h2>
      <p>{props.cluster ? clusterHeadline(t, props.cluster) : t('reportFor', { count: props.ids.length })}</p>
      <div class="form-grid">
        <label>
          <span>{t('reportCountry')}</span>
          <select value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
            {countries.map((c) => (
              <option key={c.country} value={c.country}>
                {c.names[uiLang]}
              </option>
            ))}
          </select>
        </label>
        {picked.length === 0 ? (
          <p>{t('reportNoHotline')}</p>
        ) : (
          <label>
            <span>{t('reportHotline')}</span>
            <select value={String(hotlineIndex)} onChange={(e) => setHotlineIndex(Number(e.currentTarget.value))}>
              {picked.map((h, i) => (
                <option key={`${h.country}:${h.organisation.id}`} value={String(i)}>
                  {h.organisation.name}
                  {h.organisation.verified ? '' : ` (${t('reportUnverified')})`} — {t('reportConfidence', { confidence: h.organisation.confidence })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>{t('reportLang')}</span>
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value as ReportLang)}>
            <option value="en">{t('langEn')}</option>
            <option value="id">{t('langId')}</option>
          </select>
        </label>
        <label class="wide">
          <span>{t('reportNote')}</span>
          <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <p class="hint">{t('reportHotlineNote')}</p>
      <div class="actions">
        <button type="button" disabled={picked.length === 0} onClick={() => void build()}>
          {t('reportBuild')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
      {built && (
        <div class="report-output">
          {built.skipped.length > 0 && (
            <ul class="warnings">
              {built.skipped.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
          <label class="wide">
            <span>{t('reportText')}</span>
            <textarea readOnly rows={12} value={built.text} />
          </label>
          <div class="actions">
            <button type="button" onClick={() => void copy(built.text).then(() => setStatus(t('reportCopied')))}>
              {t('reportCopy')}
            </button>
            <button type="button" onClick={() => save({ fileName: built.fileName.replace(/\.json$/, '.txt'), mime: 'text/plain', text: built.text })}>
              {t('reportDownloadText')}
            </button>
            <button type="button" onClick={() => save({ fileName: built.fileName, mime: 'application/json', text: built.json })}>
              {t('reportDownloadJson')}
            </button>
            <button
              type="button"
              onClick={() => {
                props.onMarkReported(props.ids);
                setStatus(t('reportMarked'));
              }}
            >
              {t('reportMarkReported')}
            </button>
          </div>
          <p role="status">{status}</p>
        </div>
      )}
    </section>
  );
}
