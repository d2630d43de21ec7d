import { useMemo, useState } from 'preact/hooks';
import type { TriageBench } from '../../triage/bench';
import type { Cluster } from '../../triage/model';
import { DEFAULT_SORT, filterRows, joinRows, sortRows, type TableFilter, type TableSort } from '../../triage/table';
import { AdsView } from './AdsView';
import { ClustersView } from './ClustersView';
import { EnvContext, type BenchEnv } from './context';
import { DataPanel } from './DataPanel';
import { DetailPane } from './DetailPane';
import { formatNumber } from './format';
import { ImportPanel, JobProgress } from './ImportPanel';
import { ReportDialog } from './ReportDialog';
import { useBenchState } from './use-bench';

type View = 'ads' | 'clusters' | 'data';

export interface TriageAppProps {
  bench: TriageBench;
  env: BenchEnv;
}

/** The triage bench page. All data work goes through `bench`; this only keeps view state. */
export function TriageApp({ bench, env }: TriageAppProps) {
  const { t, lang } = env;
  const state = useBenchState(bench);
  const [view, setView] = useState<View>('ads');
  const [filter, setFilter] = useState<TableFilter>({});
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openAdId, setOpenAdId] = useState<string | undefined>();
  const [openClusterId, setOpenClusterId] = useState<string | undefined>();
  const [report, setReport] = useState<{ ids: readonly string[]; cluster?: Cluster } | undefined>();

  const all = useMemo(() => joinRows(state.rows, state.reviews, state.clusters), [state.rows, state.reviews, state.clusters]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  const rowsById = useMemo(() => new Map(all.map((r) => [r.id, r])), [all]);
  const clusterById = useMemo(() => new Map(state.clusters.map((c) => [c.id, c])), [state.clusters]);
  const openRow = openAdId ? rowsById.get(openAdId) : undefined;
  const high = useMemo(() => state.rows.filter((r) => r.band === 'high').length, [state.rows]);
  const falsePositives = useMemo(() => [...state.reviews.values()].filter((r) => r.status === 'false-positive').length, [state.reviews]);
  const n = (x: number) => formatNumber(x, lang);

  const closeDetail = () => {
    const id = openAdId;
    setOpenAdId(undefined);
    if (id) requestAnimationFrame(() => document.getElementById(`ad-${id}`)?.focus());
  };
  const select = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };
  const tab = (id: View, label: string) => (
    <button type="button" class="tab" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
      {label}
    </button>
  );

  return (
    <EnvContext.Provider value={env}>
      <div class={`bench${openAdId ? ' with-detail' : ''}`} lang={lang}>
        <header class="bench-head">
          <h1>{t('appTitle')}</h1>
          <p class="summary">
            {state.loading ? t('loading') : t('summary', { ads: n(state.rows.length), clusters: n(state.clusters.length), high: n(high) })}
          </p>
          <p class="hint">{t('appIntro')}</p>
        </header>
        {state.error && (
          <div class="alert" role="alert">
            {t('error', { message: state.error })}{' '}
            <button type="button" onClick={() => bench.dismissError()}>
              {t('dismiss')}
            </button>
          </div>
        )}
        <ImportPanel
          job={state.job?.kind === 'import' ? state.job : undefined}
          pendingMapping={state.pendingMapping}
          lastImport={state.lastImport}
          lastLog={state.imports[state.imports.length - 1]}
          onImport={(input, mapping) => void bench.importInput(input, mapping ? { mapping } : {})}
          onCancel={() => bench.cancelImport()}
          onCancelMapping={() => bench.cancelMapping()}
        />
        {state.job && state.job.kind !== 'import' && <JobProgress job={state.job} onCancel={() => {}} />}
        <nav class="tabs" aria-label={t('tabsLabel')}>
          {tab('ads', `${t('tabAds')} (${n(state.rows.length)})`)}
          {tab('clusters', `${t('tabClusters')} (${n(state.clusters.length)})`)}
          {tab('data', t('tabData'))}
        </nav>
        {report && (
          <ReportDialog
            ids={report.ids}
            cluster={report.cluster}
            load={(ids) => bench.ads(ids)}
            onMarkReported={(ids) => void bench.review(ids, { status: 'reported' })}
            onClose={() => setReport(undefined)}
          />
        )}
        <div class="workspace">
          <div class="view">
            {view === 'ads' && (
              <AdsView
                all={all}
                rows={rows}
                filter={filter}
                onFilter={(f) => {
                  setFilter(f);
                  setPage(1);
                }}
                sort={sort}
                onSort={(s) => {
                  setSort(s);
                  setPage(1);
                }}
                page={page}
                onPage={setPage}
                selected={selected}
                onSelect={select}
                onClearSelection={() => setSelected(new Set())}
                onOpen={setOpenAdId}
                openId={openAdId}
                onBulkReview={(change) => void bench.review([...selected], change)}
                onBulkReport={() => setReport({ ids: [...selected] })}
                clusterSize={(id) => (clusterById.get(id)?.adIds.length ?? 1) - 1}
              />
            )}
            {view === 'clusters' && (
              <ClustersView
                clusters={state.clusters}
                rowsById={rowsById}
                openId={openClusterId}
                onOpen={setOpenClusterId}
                onOpenAd={setOpenAdId}
                openAdId={openAdId}
                onReview={(ids, change) => void bench.review(ids, change)}
                onReport={(ids, cluster) => setReport({ ids, cluster })}
                onSelect={(ids) => {
                  setSelected(new Set(ids));
                  setView('ads');
                }}
              />
            )}
            {view === 'data' && (
              <DataPanel
                falsePositives={falsePositives}
                onExport={(format) => bench.exportCaseFile(format)}
                onExportFalsePositives={(format) => bench.exportFalsePositives(format)}
                onDeleteAll={async () => {
                  await bench.deleteAll();
                  setSelected(new Set());
                  setOpenAdId(undefined);
                  setOpenClusterId(undefined);
                }}
              />
            )}
          </div>
          {openAdId && (
            <DetailPane
              id={openAdId}
              load={(id) => bench.ad(id)}
              review={state.reviews.get(openAdId)}
              clusters={(openRow?.clusterIds ?? []).flatMap((id) => clusterById.get(id) ?? [])}
              onReview={(change) => void bench.review([openAdId], change)}
              onReport={() => setReport({ ids: [openAdId] })}
              onOpenCluster={(id) => {
                setOpenClusterId(id);
                setView('clusters');
              }}
              onClose={closeDetail}
            />
          )}
        </div>
      </div>
    </EnvContext.Provider>
  );
}
