import { useState } from 'preact/hooks';
import { importErrorMessage } from '../../import/messages';
import { MAPPABLE_FIELDS, type ColumnMapping, type ImportError, type MappableField } from '../../import/types';
import type { TriageKey } from '../../i18n/triage-messages';
import type { BenchJob, ImportOutcome, PendingMapping } from '../../triage/bench';
import type { ImportLog } from '../../triage/model';
import type { ImportInput } from '../../triage/worker/pool';
import { useEnv } from './context';
import { formatNumber } from './format';

const SHOWN_ERRORS = 100;

export interface ImportPanelProps {
  job?: BenchJob;
  pendingMapping?: PendingMapping;
  lastImport?: ImportOutcome;
  /** The newest stored import, shown after a reload. */
  lastLog?: ImportLog;
  onImport: (input: ImportInput, mapping?: ColumnMapping) => void;
  onCancel: () => void;
  onCancelMapping: () => void;
}

/** Paste, drop or pick files; progress and cancel; the mapping step; what was added, skipped and rejected. */
export function ImportPanel(props: ImportPanelProps) {
  const { t } = useEnv();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const busy = props.job !== undefined;

  /** Several files import one after another (the bench queues its jobs). */
  const importFiles = (files: FileList | null | undefined) => {
    for (const file of Array.from(files ?? [])) props.onImport({ file, name: file.name });
  };

  return (
    <section class="panel import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy) importFiles(e.dataTransfer?.files);
        }}
      >
        <label class="file-pick">
          <span>{t('fileLabel')}</span>
          <input
            type="file"
            multiple
            accept=".csv,.tsv,.jsonl,.ndjson,.json,.txt,.text,.md,text/csv,application/json,text/plain"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              importFiles(input.files);
              input.value = '';
            }}
          />
        </label>
        <p class="hint">{t('dropHint')}</p>
        <label for="paste-ads">{t('pasteLabel')}</label>
        <textarea id="paste-ads" rows={5} value={text} disabled={busy} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => props.onImport({ text })}>
          {t('pasteButton')}
        </button>
      </div>
      {props.job && <JobProgress job={props.job} onCancel={props.onCancel} />}
      {props.pendingMapping && (
        <MappingStep pending={props.pendingMapping} onImport={(mapping) => props.onImport(props.pendingMapping!.input, mapping)} onCancel={props.onCancelMapping} />
      )}
      {!props.job && (props.lastImport ? <ImportSummary outcome={props.lastImport} /> : props.lastLog ? <LogSummary log={props.lastLog} /> : null)}
    </section>
  );
}

export function JobProgress({ job, onCancel }: { job: BenchJob; onCancel: () => void }) {
  const { t, lang } = useEnv();
  const n = (x: number) => formatNumber(x, lang);
  const label =
    job.kind === 'import'
      ? job.total > 0
        ? t('importing', { done: n(job.done), total: n(job.total) })
        : t('reading')
      : job.kind === 'rescore'
        ? t('rescoring', { done: n(job.done), total: n(job.total) })
        : t('clustering');
  return (
    <div class="progress" role="status" aria-live="polite">
      <progress aria-label={t('progressLabel')} max={Math.max(1, job.total)} value={job.kind === 'recluster' ? undefined : job.done} />
      <span>{job.cancelling ? t('cancelling') : label}</span>
      {job.kind === 'import' && (
        <button type="button" onClick={onCancel} disabled={job.cancelling}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}

function MappingStep({ pending, onImport, onCancel }: { pending: PendingMapping; onImport: (m: ColumnMapping) => void; onCancel: () => void }) {
  const { t } = useEnv();
  const initial: Partial<Record<MappableField, string>> = {};
  for (const f of MAPPABLE_FIELDS) {
    const v = pending.mapping[f];
    initial[f] = typeof v === 'string' ? v : (v?.[0] ?? '');
  }
  const [choice, setChoice] = useState(initial);
  const [tried, setTried] = useState(false);
  const source = 'name' in pending.input ? pending.input.name : 'paste';
  const missingText = !choice.text;
  return (
    <form
      class="mapping"
      aria-labelledby="mapping-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (missingText) return;
        const mapping: ColumnMapping = {};
        for (const f of MAPPABLE_FIELDS) mapping[f] = choice[f] ?? '';
        onImport(mapping);
      }}
    >
      <h3 id="mapping-heading" tabIndex={-1}>
        {t('mappingHeading')}
      </h3>
      <p>{t('mappingIntro', { source })}</p>
      <div class="mapping-fields">
        {MAPPABLE_FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`field_${field}` as TriageKey)}</span>
            <select
              value={choice[field] ?? ''}
              aria-invalid={field === 'text' && tried && missingText ? 'true' : undefined}
              onChange={(e) => setChoice({ ...choice, [field]: e.currentTarget.value })}
            >
              <option value="">{t('mappingNone')}</option>
              {pending.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {tried && missingText && (
        <p class="field-error" role="alert">
          {t('mappingNeedsText')}
        </p>
      )}
      {pending.sample.length > 0 && (
        <div class="table-scroll">
          <table class="sample">
            <caption>{t('mappingSample')}</caption>
            <thead>
              <tr>
                {pending.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pending.sample.map((row, i) => (
                <tr key={i}>
                  {pending.columns.map((c) => (
                    <td key={c}>{(row[c] ?? '').slice(0, 200)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button type="submit">{t('mappingImport')}</button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function ErrorList({ errors, total }: { errors: readonly ImportError[]; total: number }) {
  const { t } = useEnv();
  if (total === 0) return null;
  const shown = errors.slice(0, SHOWN_ERRORS);
  return (
    <div class="import-errors">
      <p>{t('resultErrors', { count: total })}</p>
      <ul>
        {shown.map((e) => (
          <li key={`${e.ref}:${e.reason}`}>{importErrorMessage(e)}</li>
        ))}
      </ul>
      {total > shown.length && <p>{t('errorsMore', { count: total - shown.length, shown: shown.length })}</p>}
    </div>
  );
}

function ImportSummary({ outcome }: { outcome: ImportOutcome }) {
  const { t, lang } = useEnv();
  const r = outcome.result;
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div class="import-result" role="status" aria-live="polite">
      {r.format === 'case-file' ? (
        <p>{t('resultCaseFile', { added: n(r.added), count: n(r.duplicates) })}</p>
      ) : r.cancelled ? (
        <p>{t('resultCancelled', { added: n(r.added) })}</p>
      ) : (
        <p>{t('resultAdded', { added: n(r.added), source: outcome.source, seconds: (outcome.ms / 1000).toFixed(1) })}</p>
      )}
      {r.format !== 'case-file' && r.duplicates > 0 && <p class="duplicates">{t('resultDuplicates', { count: n(r.duplicates) })}</p>}
      {r.duplicateList.length > 0 && (
        <details>
          <summary>{t('duplicatesHeading')}</summary>
          <ul>
            {r.duplicateList.map((d) => (
              <li key={d.ref}>{d.firstRef === 'stored' ? t('duplicateStored', { ref: d.ref }) : t('duplicateOf', { ref: d.ref, first: d.firstRef })}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorList errors={r.errorList} total={r.errors} />
    </div>
  );
}

/** The last import as stored, so errors are still listed after a reload. */
function LogSummary({ log }: { log: ImportLog }) {
  const { t, lang } = useEnv();
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div class="import-result">
      <p>
        {log.cancelled
          ? t('resultCancelled', { added: n(log.added) })
          : t('resultAdded', { added: n(log.added), source: log.source, seconds: (log.ms / 1000).toFixed(1) })}
      </p>
      {log.duplicates > 0 && <p class="duplicates">{t('resultDuplicates', { count: n(log.duplicates) })}</p>}
      <ErrorList errors={log.errors} total={log.errorCount} />
    </div>
  );
}
