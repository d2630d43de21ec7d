import { useMemo, useState } from 'preact/hooks';
import type { ReportT } from '../../i18n/report-messages';
import { mailtoLink, webFormLink, whatsAppLink } from '../../report/channel-links';
import { assertNotFromPost } from '../../report/channel-guard';
import { renderHtml } from '../../report/render-html';
import { renderJson, reportFileName } from '../../report/render-json';
import { renderText } from '../../report/render-text';
import type { Report } from '../../report/report-schema';
import type { HistoryChannel } from '../../storage/report-history';
import type { Screenshot } from '../../storage/report-drafts';
import { DownloadLink, dataUrlToBlob } from './DownloadLink';
import { hostOf, telHref } from './HotlineCard';

/**
 * The ways to send a report, each one the user's own action: nothing here talks to a server. Every
 * hotline address was checked against the post's contacts when the report was built, and each link
 * builder checks again.
 */

interface ChannelLink {
  readonly key: string;
  readonly href: string;
  readonly label: string;
  readonly channel: HistoryChannel;
  readonly external: boolean;
  readonly copyFirst?: boolean;
}

function safe<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/** The report's channel links, in the order shown. Links that cannot be built (bad number …) are left out. */
export function channelLinks(report: Report, t: ReportT): ChannelLink[] {
  const out: ChannelLink[] = [];
  const channels = report.hotline.channels;
  for (const c of channels.filter((c) => c.type === 'email')) {
    const href = safe(() => mailtoLink(report, c.value));
    if (href) out.push({ key: `email-${c.value}`, href, label: t('emailTo', { address: c.value }), channel: 'email', external: false });
  }
  for (const c of channels.filter((c) => c.type === 'whatsapp')) {
    const href = safe(() => whatsAppLink(report, c.value));
    if (href) out.push({ key: `wa-${c.value}`, href, label: t('whatsAppTo', { number: c.value }), channel: 'whatsapp', external: true });
  }
  for (const c of channels.filter((c) => c.type === 'web-form')) {
    const href = safe(() => webFormLink(report, c.value));
    if (href) out.push({ key: `form-${c.value}`, href, label: t('webForm', { host: hostOf(href) }), channel: 'web-form', external: true, copyFirst: true });
  }
  const share = safe(() => whatsAppLink(report));
  if (share) out.push({ key: 'wa-share', href: share, label: t('whatsAppShare'), channel: 'whatsapp-share', external: true });
  const anyone = safe(() => mailtoLink(report, null));
  if (anyone) out.push({ key: 'email-anyone', href: anyone, label: t('emailAnyone'), channel: 'email', external: false });
  return out;
}

/** Phone numbers of the hotline to call, as tel: links (not from the post). */
export function phoneLinks(report: Report): { value: string; href: string }[] {
  return report.hotline.channels
    .filter((c) => c.type === 'phone')
    .map((c) => ({ value: c.value, href: telHref(c.value) }))
    .filter((p): p is { value: string; href: string } => p.href !== null && safe(() => assertNotFromPost(p.value, report.contacts)) !== null);
}

export function imageExtension(dataUrl: string): string {
  const type = /^data:image\/([a-z]+)/.exec(dataUrl)?.[1] ?? 'png';
  return type === 'jpeg' ? 'jpg' : type;
}

export interface ReportChannelsProps {
  readonly t: ReportT;
  readonly report: Report;
  readonly screenshot?: Screenshot;
  readonly keepHistory: boolean;
  readonly copy: (text: string) => Promise<void>;
  readonly onUsed: (channel: HistoryChannel) => void;
}

export function ReportChannels({ t, report, screenshot, keepHistory, copy, onUsed }: ReportChannelsProps) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const text = useMemo(() => renderText(report), [report]);
  const links = useMemo(() => channelLinks(report, t), [report, t]);
  const phones = useMemo(() => phoneLinks(report), [report]);
  const ref = report.reference.replace(/[^A-Za-z0-9-]/g, '');

  const doCopy = async (channel: HistoryChannel) => {
    try {
      await copy(text);
      setStatus({ kind: 'ok', text: t('copied') });
      onUsed(channel);
    } catch {
      setStatus({ kind: 'error', text: t('copyFailed') });
    }
  };

  return (
    <section aria-labelledby="send-heading">
      <h2 id="send-heading">{t('sendHeading')}</h2>
      <p class="muted">{t('sendIntro')}</p>
      <p data-testid="sending-to">
        <strong>{t('sendingTo', { name: report.hotline.name })}</strong>
      </p>
      <div class="actions vertical">
        <button type="button" class="button primary" onClick={() => void doCopy('copy')}>
          {t('copyText')}
        </button>
        {links.map((l) => (
          <a
            key={l.key}
            class="button"
            href={l.href}
            data-channel={l.channel}
            {...(l.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            onClick={() => {
              if (l.copyFirst) void copy(text).catch(() => undefined);
              onUsed(l.channel);
            }}
          >
            {l.label}
          </a>
        ))}
      </div>
      {links.some((l) => l.copyFirst) && <p class="muted small">{t('webFormHint')}</p>}
      {phones.length > 0 && (
        <p class="phones">
          {t('phoneHint')}{' '}
          {phones.map((p, i) => (
            <span key={p.href}>
              {i > 0 && ' · '}
              <a href={p.href} onClick={() => onUsed('phone')}>
                {t('call')} {p.value}
              </a>
            </span>
          ))}
        </p>
      )}
      <p class="muted small">{t('mailTrimmed')}</p>
      <div class="actions">
        <DownloadLink fileName={reportFileName(report)} mime="application/json" content={() => renderJson(report)} onUsed={() => onUsed('json')}>
          {t('downloadJson')}
        </DownloadLink>
        <DownloadLink
          fileName={`waspada-report-${ref}.html`}
          mime="text/html"
          content={() => renderHtml(report, screenshot ? { screenshot } : {})}
          onUsed={() => onUsed('html')}
        >
          {t('downloadHtml')}
        </DownloadLink>
        <DownloadLink
          fileName={`waspada-report-${ref}.html`}
          mime="text/html"
          open
          content={() => renderHtml(report, screenshot ? { screenshot } : {})}
          onUsed={() => onUsed('html')}
        >
          {t('openPrintable')}
        </DownloadLink>
        {screenshot && (
          <DownloadLink
            fileName={`waspada-screenshot-${ref}.${imageExtension(screenshot.dataUrl)}`}
            mime="image/*"
            content={() => dataUrlToBlob(screenshot.dataUrl)}
          >
            {t('downloadShot')}
          </DownloadLink>
        )}
      </div>
      <p role="status" class={status?.kind === 'error' ? 'warn' : 'ok'}>
        {status?.text ?? ''}
      </p>
      <p class="muted small">{keepHistory ? t('savedToHistory') : t('notSavedToHistory')}</p>
      <details class="text-preview">
        <summary>{t('textPreview')}</summary>
        <pre data-testid="report-text">{text}</pre>
      </details>
    </section>
  );
}
