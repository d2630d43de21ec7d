import { useState } from 'preact/hooks';
import type { ReportT } from '../../i18n/report-messages';
import type { UiLang } from '../../i18n/ui-lang';
import { historyExportJson, type HistoryEntry, type ParsedHistory } from '../../storage/report-history';
import { DownloadLink } from './DownloadLink';

export interface HistoryListProps {
  readonly t: ReportT;
  readonly history: ParsedHistory;
  /** report.html?history=<id> for an entry. */
  readonly viewHref: (id: string) => string;
  readonly now: () => string;
  readonly onDelete: (id: string) => void;
  readonly onDeleteAll: () => void;
  readonly headingLevel?: 1 | 2;
  readonly lang: UiLang;
}

export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function entryTitle(e: HistoryEntry): string {
  const r = e.report;
  return [r.title, r.company ?? r.poster, r.platform].filter(Boolean).join(' · ') || r.reference;
}

/** The local report history: view, export, delete one, delete all (with an inline confirmation). */
export function HistoryList({ t, lang, history, viewHref, now, onDelete, onDeleteAll, headingLevel = 1 }: HistoryListProps) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const count = history.entries.length;
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <Heading id="history-heading">{t('historyHeading')}</Heading>
      <p class="muted">{t('historyIntro')}</p>
      {count === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ul class="history">
          {history.entries.map((e) => (
            <li key={e.id}>
              <a href={viewHref(e.id)}>{entryTitle(e)}</a>
              <p class="muted small">
                {t('historySavedAt', { date: formatDate(e.savedAt, lang) })} · {e.report.hotline.name} · {e.id}
              </p>
              <p class="muted small">
                {t('historyChannels', {
                  channels: e.channels.map((c) => (`channel_${c}` in CHANNEL_KEYS ? t(CHANNEL_KEYS[`channel_${c}`]!) : c)).join(', '),
                })}
              </p>
              <button type="button" class="small-button" onClick={() => onDelete(e.id)} aria-label={`${t('historyDelete')}: ${entryTitle(e)}`}>
                {t('historyDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {history.unreadable > 0 && <p class="muted small">{t('historyUnreadable', { count: history.unreadable })}</p>}
      {count > 0 && (
        <div class="actions">
          <DownloadLink fileName="waspada-reports.json" mime="application/json" content={() => historyExportJson(history, now())}>
            {t('historyExport')}
          </DownloadLink>
          {!confirming && (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {t('historyDeleteAll')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="history-confirm">
          <p id="history-confirm">{t('historyDeleteConfirm', { count })}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                setDone(true);
                onDeleteAll();
              }}
            >
              {t('historyDeleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{done && count === 0 ? t('historyDeleted') : ''}</p>
    </section>
  );
}

const CHANNEL_KEYS: Readonly<Record<string, Parameters<ReportT>[0]>> = {
  channel_copy: 'channel_copy',
  channel_email: 'channel_email',
  channel_whatsapp: 'channel_whatsapp',
  'channel_whatsapp-share': 'channel_whatsapp-share',
  'channel_web-form': 'channel_web-form',
  channel_phone: 'channel_phone',
  channel_json: 'channel_json',
  channel_html: 'channel_html',
  channel_saved: 'channel_saved',
};
