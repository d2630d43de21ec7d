import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageKey } from '../../i18n/triage-messages';
import { REVIEW_STATUSES, type Cluster, type ReviewStatus } from '../../triage/model';
import type { ReviewChange } from '../../triage/repo/reviews';
import type { TableRow } from '../../triage/table';
import { AdTable } from './AdsView';
import { useEnv } from './context';
import { clusterHeadline, formatNumber, linkLabel } from './format';

export interface ClustersViewProps {
  clusters: readonly Cluster[];
  rowsById: ReadonlyMap<string, TableRow>;
  openId?: string;
  onOpen: (id: string | undefined) => void;
  onOpenAd: (id: string) => void;
  openAdId?: string;
  onReview: (ids: readonly string[], change: ReviewChange) => void;
  onReport: (ids: readonly string[], cluster: Cluster) => void;
  onSelect: (ids: readonly string[]) => void;
}

/** Clusters, biggest risk first; one cluster opens to its shared contacts, its ads and bulk actions. */
export function ClustersView(props: ClustersViewProps) {
  const { t } = useEnv();
  const open = props.openId ? props.clusters.find((c) => c.id === props.openId) : undefined;
  if (open) return <ClusterDetail {...props} cluster={open} />;
  return (
    <section class="clusters" aria-labelledby="clusters-heading">
      <h2 id="clusters-heading">{t('clustersHeading')}</h2>
      <p class="hint">{t('clustersIntro')}</p>
      {props.clusters.length === 0 ? (
        <p class="empty">{t('noClusters')}</p>
      ) : (
        <ul class="cluster-list">
          {props.clusters.map((c) => (
            <li key={c.id} class={`cluster-card band-${c.maxBand}`}>
              <button type="button" class="link-button cluster-open" data-cluster={c.id} onClick={() => props.onOpen(c.id)}>
                {clusterHeadline(t, c)}
              </button>
              <span class={`band band-${c.maxBand}`}>{t('clusterHighest', { band: t(`band_${c.maxBand}` as TriageKey), score: c.maxScore })}</span>
              {c.shared.length > 1 && <span class="hint">{c.shared.slice(1, 4).map((s) => linkLabel(t, s)).join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClusterDetail(props: ClustersViewProps & { cluster: Cluster }) {
  const { t, lang } = useEnv();
  const { cluster } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<ReviewStatus>('confirmed');
  const [tag, setTag] = useState('');
  useEffect(() => heading.current?.focus(), [cluster.id]);
  const rows = cluster.adIds.map((id) => props.rowsById.get(id)).filter((r): r is TableRow => r !== undefined);
  const count = cluster.adIds.length;
  return (
    <section class="cluster-detail" aria-labelledby="cluster-heading">
      <button type="button" onClick={() => props.onOpen(undefined)}>
        {t('backToClusters')}
      </button>
      <h2 id="cluster-heading" tabIndex={-1} ref={heading}>
        {clusterHeadline(t, cluster)}
      </h2>
      <p class={`band band-${cluster.maxBand}`}>{t('clusterHighest', { band: t(`band_${cluster.maxBand}` as TriageKey), score: cluster.maxScore })}</p>
      {cluster.shared.length > 0 && (
        <>
          <h3>{t('clusterShared')}</h3>
          <ul class="shared">
            {cluster.shared.map((s) => (
              <li key={s.key}>{t('clusterSharedItem', { what: linkLabel(t, s), count: formatNumber(s.count, lang) })}</li>
            ))}
          </ul>
        </>
      )}
      {cluster.kind === 'text' && <p>{t('clusterNear')}</p>}
      <div class="bulk">
        <label>
          <span>{t('clusterStatus', { count })}</span>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as ReviewStatus)}>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}` as TriageKey)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => props.onReview(cluster.adIds, { status })}>
          {t('bulkApply')}
        </button>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (tag.trim()) props.onReview(cluster.adIds, { addTags: [tag] });
            setTag('');
          }}
        >
          <label>
            <span>{t('clusterTag', { count })}</span>
            <input value={tag} maxLength={40} onInput={(e) => setTag(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!tag.trim()}>
            {t('bulkAddTag')}
          </button>
        </form>
        <button type="button" onClick={() => props.onReport(cluster.adIds, cluster)}>
          {t('clusterReport')}
        </button>
        <button type="button" onClick={() => props.onSelect(cluster.adIds)}>
          {t('clusterSelect')}
        </button>
      </div>
      <h3>{t('clusterAds')}</h3>
      <AdTable rows={rows} onOpen={props.onOpenAd} openId={props.openAdId} />
    </section>
  );
}
