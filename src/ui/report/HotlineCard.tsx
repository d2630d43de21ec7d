import { channelTrust, type Channel, type Organisation } from '../../hotlines/hotline-schema';
import { toHttpUrl } from '../../report/channel-links';
import { reportStrings } from '../../report/report-strings';
import type { UiLang } from '../../i18n/ui-lang';
import type { ReportT } from '../../i18n/report-messages';

/**
 * One organisation from the hotline directory: its channels, and how far to trust them. Entries
 * not seen on the operator's own site carry "unverified — check before calling".
 */

/** A tel: address for a number as the directory writes it, or null when it is not dialable. */
export function telHref(value: string): string | null {
  const digits = value.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return null;
  return `tel:${digits}`;
}

export function UnverifiedBadge({ lang }: { lang: UiLang }) {
  return <span class="badge badge-unverified">{reportStrings(lang).unverified}</span>;
}

function ChannelValue({ channel, t }: { channel: Channel; t: ReportT }) {
  if (channel.type === 'web-form' || channel.type === 'website') {
    const href = toHttpUrl(channel.value);
    if (href)
      return (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {channel.value}
        </a>
      );
  }
  if (channel.type === 'phone') {
    const href = telHref(channel.value);
    if (href)
      return (
        <a href={href} aria-label={`${t('call')} ${channel.value}`}>
          {channel.value}
        </a>
      );
  }
  return <span class="value">{channel.value}</span>;
}

export interface HotlineCardProps {
  readonly organisation: Organisation;
  readonly lang: UiLang;
  readonly t: ReportT;
  /** Shown under the name (a referral's reason, a fallback note). */
  readonly note?: string;
  /** Show the name (the report page puts it in a radio label instead). */
  readonly showName?: boolean;
  /** One line of the main numbers only (a hotline that is not the selected one). */
  readonly brief?: boolean;
}

export function HotlineCard({ organisation: org, lang, t, note, showName = true, brief = false }: HotlineCardProps) {
  const s = reportStrings(lang);
  if (brief) {
    const main = org.channels.filter((c) => c.type !== 'app').slice(0, 2);
    return (
      <div class="hotline-card brief" data-org={org.id}>
        <p class="muted small">
          {main.map((c, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              {s.channelTypes[c.type]}: {c.value}
            </span>
          ))}
          {org.channels.length > main.length && ' …'}
        </p>
      </div>
    );
  }
  return (
    <div class="hotline-card" data-org={org.id}>
      {showName && (
        <p class="hotline-name">
          <strong>{org.name}</strong> {!org.verified && <UnverifiedBadge lang={lang} />}
        </p>
      )}
      {note && <p class="muted">{note}</p>}
      {org.scope_note && <p class="muted">{org.scope_note}</p>}
      <ul class="channels">
        {org.channels.map((c, i) => {
          const trust = channelTrust(org, c);
          const details = [c.hours, c.cost, c.note].filter(Boolean).join('; ');
          return (
            <li key={i}>
              <span class="channel-type">{s.channelTypes[c.type]}:</span> <ChannelValue channel={c} t={t} />
              {details && <span class="muted"> ({details})</span>}
              {org.verified && !trust.verified && (
                <>
                  {' '}
                  <UnverifiedBadge lang={lang} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p class="muted small">
        {t('confidence', { level: t(`confidence_${org.confidence}`) })} ·{' '}
        {org.verified ? t('verifiedOrg') : t('unverifiedOrg')} · {t('source')}:{' '}
        <a href={org.source_url} target="_blank" rel="noopener noreferrer">
          {hostOf(org.source_url)}
        </a>{' '}
        ({t('sourceSeen', { date: org.source_seen })})
      </p>
      {org.notes && (
        <details class="source-notes">
          <summary class="small">{t('sourceNotes')}</summary>
          <p class="muted small">{org.notes}</p>
        </details>
      )}
    </div>
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
