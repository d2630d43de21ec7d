import type { TriageKey, TriageT } from '../../i18n/triage-messages';
import type { UiLang } from '../../i18n/ui-lang';
import type { Cluster, SharedLink } from '../../triage/model';

/** "Telegram @example_hr", "phone +6281234567890". */
export function linkLabel(t: TriageT, link: Pick<SharedLink, 'type' | 'value'>): string {
  return t(`link_${link.type}` as TriageKey, { value: link.value });
}

/** The cluster's one-line summary: "37 ads share Telegram @example_hr", or "12 ads with near-identical text". */
export function clusterHeadline(t: TriageT, cluster: Cluster): string {
  const top = cluster.shared[0];
  return cluster.kind === 'contact' && top ? t('clusterShare', { count: top.count, what: linkLabel(t, top) }) : t('clusterTemplate', { count: cluster.adIds.length });
}

export function formatNumber(n: number, lang: UiLang): string {
  return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
}

/** The date part of an ISO time, as written (no time-zone surprises). */
export function shortDate(iso: string): string {
  return iso.slice(0, 10);
}
