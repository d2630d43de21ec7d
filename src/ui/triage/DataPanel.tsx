import { useState } from 'preact/hooks';
import type { ExportedFile } from '../../triage/case-file/export';
import { useEnv } from './context';

export interface DataPanelProps {
  falsePositives: number;
  onExport: (format: 'json' | 'csv') => Promise<ExportedFile>;
  onExportFalsePositives: (format: 'yaml' | 'json') => Promise<ExportedFile>;
  onDeleteAll: () => Promise<void>;
}

/** Case-file export, the false-positive list, and "delete all" (two steps). */
export function DataPanel(props: DataPanelProps) {
  const { t, save } = useEnv();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const run = async (make: () => Promise<ExportedFile>) => {
    const file = await make();
    save(file);
    setStatus(t('exported', { file: file.fileName }));
  };
  return (
    <section class="data panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('exportHeading')}</h2>
      <p>{t('exportIntro')}</p>
      <div class="actions">
        <button type="button" onClick={() => void run(() => props.onExport('json'))}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={() => void run(() => props.onExport('csv'))}>
          {t('exportCsv')}
        </button>
      </div>
      <h2>{t('fpHeading')}</h2>
      <p>{t('fpIntro')}</p>
      <p>{t('fpCount', { count: props.falsePositives })}</p>
      <div class="actions">
        <button type="button" disabled={props.falsePositives === 0} onClick={() => void run(() => props.onExportFalsePositives('yaml'))}>
          {t('fpYaml')}
        </button>
        <button type="button" disabled={props.falsePositives === 0} onClick={() => void run(() => props.onExportFalsePositives('json'))}>
          {t('fpJson')}
        </button>
      </div>
      <h2>{t('deleteHeading')}</h2>
      <p>{t('deleteIntro')}</p>
      <div class="actions">
        {confirming ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void props.onDeleteAll().then(() => {
                  setConfirming(false);
                  setStatus(t('deleted'));
                })
              }
            >
              {t('deleteConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('deleteCancel')}
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('deleteButton')}
          </button>
        )}
      </div>
      <p role="status">{status}</p>
      <p class="hint">{t('privacy')}</p>
    </section>
  );
}
