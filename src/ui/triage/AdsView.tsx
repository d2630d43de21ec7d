import { useMemo, useState } from 'preact/hooks';
import type { TriageKey } from '../../i18n/triage-messages';
import { REVIEW_STATUSES, type ReviewStatus } from '../../triage/model';
import type { ReviewChange } from '../../triage/repo/reviews';
import { facets as facetsOf, type Facet, type SortKey, type TableFilter, type TableRow, type TableSort } from '../../triage/table';
import { useEnv } from './context';
import { formatNumber, shortDate } from './format';

export const PAGE_SIZE = 50;

export interface AdsViewProps {
  /** All rows (for the filter menus) and the filtered, sorted ones. */
  all: readonly TableRow[];
  rows: readonly TableRow[];
  filter: TableFilter;
  onFilter: (filter: TableFilter) => void;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  page: number;
  onPage: (page: number) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
  onClearSelection: () => void;
  onOpen: (id: string) => void;
  openId?: string;
  onBulkReview: (change: ReviewChange) => void;
  onBulkReport: () => void;
  clusterSize: (clusterId: string) => number;
}

export function AdsView(props: AdsViewProps) {
  const { t, lang } = useEnv();
  const facets = useMemo(() => facetsOf(props.all), [props.all]);
  const pages = Math.max(1, Math.ceil(props.rows.length / PAGE_SIZE));
  const page = Math.min(props.page, pages);
  const shown = props.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const n = (x: number) => formatNumber(x, lang);

  if (props.all.length === 0) return <p class="empty">{t('emptyBench')}</p>;
  return (
    <div class="ads-view">
      <Filters filter={props.filter} onFilter={props.onFilter} facets={facets} />
      <p class="count" role="status">
        {t('shown', { shown: n(props.rows.length), total: n(props.all.length) })}
        {props.rows.length > 0 && props.selected.size < props.rows.length && (
          <button type="button" class="link-button" onClick={() => props.onSelect(props.rows.map((r) => r.id), true)}>
            {t('selectAllMatching', { count: n(props.rows.length) })}
          </button>
        )}
      </p>
      {props.selected.size > 0 && <BulkBar count={props.selected.size} onReview={props.onBulkReview} onReport={props.onBulkReport} onClear={props.onClearSelection} />}
      {props.rows.length === 0 ? (
        <p class="empty">{t('noMatch')}</p>
      ) : (
        <AdTable rows={shown} sort={props.sort} onSort={props.onSort} selected={props.selected} onSelect={props.onSelect} onOpen={props.onOpen} openId={props.openId} clusterSize={props.clusterSize} />
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('pageOf', { page, pages })}>
          <button type="button" disabled={page <= 1} onClick={() => props.onPage(page - 1)}>
            {t('pagePrev')}
          </button>
          <span>{t('pageOf', { page, pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => props.onPage(page + 1)}>
            {t('pageNext')}
          </button>
        </nav>
      )}
    </div>
  );
}

function FacetSelect(props: { label: string; value: string | undefined; facets: readonly Facet[]; render?: (v: string) => string; onChange: (v: string) => void }) {
  const { t } = useEnv();
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('any')}</option>
        {props.facets.map((f) => (
          <option key={f.value} value={f.value}>
            {(props.render ?? ((v) => v))(f.value)} ({f.count})
          </option>
        ))}
      </select>
    </label>
  );
}

function Filters({ filter, onFilter, facets }: { filter: TableFilter; onFilter: (f: TableFilter) => void; facets: ReturnType<typeof facetsOf> }) {
  const { t, pack } = useEnv();
  const set = (patch: Partial<TableFilter>) => onFilter({ ...filter, ...patch });
  const num = (v: string) => (v === '' ? undefined : Math.max(0, Math.min(100, Number(v))));
  return (
    <details class="filters" open>
      <summary>{t('filtersHeading')}</summary>
      <div class="filter-grid">
        <label class="wide">
          <span>{t('filterText')}</span>
          <input type="search" value={filter.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <FacetSelect label={t('filterBand')} value={filter.band} facets={facets.bands} render={(v) => t(`band_${v}` as TriageKey)} onChange={(v) => set({ band: v as TableFilter['band'] })} />
        <label>
          <span>{t('filterMinScore')}</span>
          <input type="number" min={0} max={100} inputMode="numeric" value={filter.minScore ?? ''} onInput={(e) => set({ minScore: num(e.currentTarget.value) })} />
        </label>
        <label>
          <span>{t('filterMaxScore')}</span>
          <input type="number" min={0} max={100} inputMode="numeric" value={filter.maxScore ?? ''} onInput={(e) => set({ maxScore: num(e.currentTarget.value) })} />
        </label>
        <FacetSelect label={t('filterRule')} value={filter.ruleId} facets={facets.ruleIds} render={(id) => pack.byId.get(id)?.rule.title ?? id} onChange={(v) => set({ ruleId: v })} />
        <FacetSelect label={t('filterCategory')} value={filter.category} facets={facets.categories} onChange={(v) => set({ category: v })} />
        <FacetSelect label={t('filterLang')} value={filter.lang} facets={facets.langs} onChange={(v) => set({ lang: v })} />
        <FacetSelect label={t('filterPlatform')} value={filter.platform} facets={facets.platforms} onChange={(v) => set({ platform: v })} />
        <FacetSelect label={t('filterCountry')} value={filter.country} facets={facets.countries} render={(c) => (c === '-' ? t('noCountry') : c)} onChange={(v) => set({ country: v })} />
        <FacetSelect label={t('filterStatus')} value={filter.status} facets={facets.statuses} render={(s) => t(`status_${s}` as TriageKey)} onChange={(v) => set({ status: v as TableFilter['status'] })} />
        <label>
          <span>{t('filterFrom')}</span>
          <input type="date" value={filter.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label>
          <span>{t('filterTo')}</span>
          <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
      </div>
      <button type="button" onClick={() => onFilter({})}>
        {t('clearFilters')}
      </button>
    </details>
  );
}

function BulkBar({ count, onReview, onReport, onClear }: { count: number; onReview: (c: ReviewChange) => void; onReport: () => void; onClear: () => void }) {
  const { t } = useEnv();
  const [status, setStatus] = useState<ReviewStatus>('reviewing');
  const [tag, setTag] = useState('');
  return (
    <div class="bulk" role="region" aria-label={t('selectedCount', { count })}>
      <strong>{t('selectedCount', { count })}</strong>
      <label>
        <span>{t('bulkStatus')}</span>
        <select value={status} onChange={(e) => setStatus(e.currentTarget.value as ReviewStatus)}>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}` as TriageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onReview({ status })}>
        {t('bulkApply')}
      </button>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onReview({ addTags: [tag] });
          setTag('');
        }}
      >
        <label>
          <span>{t('bulkTag')}</span>
          <input value={tag} onInput={(e) => setTag(e.currentTarget.value)} maxLength={40} />
        </label>
        <button type="submit" disabled={!tag.trim()}>
          {t('bulkAddTag')}
        </button>
      </form>
      <button type="button" onClick={onReport}>
        {t('bulkReport')}
      </button>
      <button type="button" onClick={onClear}>
        {t('bulkClear')}
      </button>
    </div>
  );
}

const SORTABLE: readonly { key: SortKey; label: TriageKey; cls?: string }[] = [
  { key: 'score', label: 'colScore' },
  { key: 'title', label: 'colTitle' },
  { key: 'status', label: 'colStatus' },
  { key: 'platform', label: 'colPlatform', cls: 'secondary' },
  { key: 'lang', label: 'colLang', cls: 'secondary' },
];

export interface AdTableProps {
  rows: readonly TableRow[];
  sort?: TableSort;
  onSort?: (sort: TableSort) => void;
  selected?: ReadonlySet<string>;
  onSelect?: (ids: readonly string[], on: boolean) => void;
  onOpen: (id: string) => void;
  openId?: string;
  clusterSize?: (clusterId: string) => number;
}

/** The ads table: sortable headers are buttons (aria-sort on the header), the ad title opens the detail pane. */
export function AdTable({ rows, sort, onSort, selected, onSelect, onOpen, openId, clusterSize }: AdTableProps) {
  const { t, pack } = useEnv();
  const allOnPage = selected !== undefined && rows.length > 0 && rows.every((r) => selected.has(r.id));
  const header = (key: SortKey, label: TriageKey, cls?: string) => {
    const active = sort?.key === key;
    const ariaSort = active ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <th scope="col" class={cls} aria-sort={onSort ? ariaSort : undefined}>
        {onSort ? (
          <button
            type="button"
            class="sort"
            data-sort={key}
            onClick={() => onSort({ key, dir: active ? (sort!.dir === 'asc' ? 'desc' : 'asc') : key === 'title' || key === 'platform' || key === 'lang' ? 'asc' : 'desc' })}
          >
            {t(label)}
            <span aria-hidden="true">{active ? (sort!.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
          </button>
        ) : (
          t(label)
        )}
      </th>
    );
  };
  const caption = sort
    ? t('tableCaption', { sort: t('sortedBy', { column: t(SORTABLE.find((s) => s.key === sort.key)?.label ?? 'colDate'), dir: t(sort.dir === 'asc' ? 'ascending' : 'descending') }) })
    : undefined;
  return (
    <div class="table-scroll">
      <table class="ads">
        {caption && <caption class="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {onSelect && (
              <th scope="col" class="select">
                <input type="checkbox" aria-label={t('selectPage')} checked={allOnPage} onChange={(e) => onSelect(rows.map((r) => r.id), e.currentTarget.checked)} />
              </th>
            )}
            {SORTABLE.slice(0, 3).map((s) => header(s.key, s.label, s.cls))}
            {SORTABLE.slice(3).map((s) => header(s.key, s.label, s.cls))}
            <th scope="col" class="secondary">
              {t('colCountry')}
            </th>
            {header('date', 'colDate', 'secondary')}
            <th scope="col" class="secondary">
              {t('colRules')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} class={row.id === openId ? 'open' : undefined} data-id={row.id}>
              {onSelect && (
                <td class="select">
                  <input type="checkbox" aria-label={t('selectRow', { title: row.title })} checked={selected?.has(row.id) ?? false} onChange={(e) => onSelect([row.id], e.currentTarget.checked)} />
                </td>
              )}
              <td class="score">
                <span class={`band band-${row.band}`}>
                  <span class="score-number">{row.score}</span> <span class="band-name">{t(`band_${row.band}` as TriageKey)}</span>
                </span>
              </td>
              <td class="title">
                <button type="button" class="link-button" id={`ad-${row.id}`} aria-expanded={row.id === openId} onClick={() => onOpen(row.id)}>
                  {row.title || '—'}
                </button>
                {clusterSize &&
                  row.clusterIds.map((id) => (
                    <span key={id} class="cluster-chip">
                      {t(id.startsWith('t-') ? 'inTextCluster' : 'inCluster', { count: clusterSize(id) })}
                    </span>
                  ))}
                {row.tags.length > 0 && (
                  <span class="tags">
                    {row.tags.map((tag) => (
                      <span key={tag} class="tag">
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td class={`status status-${row.status}`}>{t(`status_${row.status}` as TriageKey)}</td>
              <td class="secondary">{row.platform}</td>
              <td class="secondary">{row.lang}</td>
              <td class="secondary">{row.countries.join(', ')}</td>
              <td class="secondary date">{shortDate(row.date)}</td>
              <td class="secondary rules">
                {row.ruleIds.slice(0, 2).map((id) => pack.byId.get(id)?.rule.title ?? id).join('; ')}
                {row.ruleIds.length > 2 && ` ${t('moreRules', { count: row.ruleIds.length - 2 })}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
