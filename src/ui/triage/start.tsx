import { render } from 'preact';
import { bundledHotlines } from '../../hotlines/bundled-directory';
import { selectCountry } from '../../hotlines/select-country';
import { triageMessages } from '../../i18n/triage-messages';
import { resolveUiLang } from '../../i18n/ui-lang';
import { bundledRulePack } from '../../rules/bundled-pack';
import { send } from '../../messaging/send';
import { getSettings } from '../../storage/settings-item';
import { TriageBench } from '../../triage/bench';
import type { ExportedFile } from '../../triage/case-file/export';
import { DbHandle } from '../../triage/db/open';
import { poolSize, TriageWorkers, type WorkerPort } from '../../triage/worker/pool';
import { TriageApp } from './TriageApp';

/** Saves a file through a download link (extension pages may do this without any permission). */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Starts the bench page: settings → UI language and country, the workers (an unlisted script of
 * the build, entrypoints/triage-worker.ts), the bench model, and the Preact app.
 */
export async function startTriagePage(root: HTMLElement, makeWorker: () => WorkerPort): Promise<TriageBench> {
  const settings = await getSettings().catch(() => undefined);
  const lang = resolveUiLang(settings?.uiLang, navigator.language);
  document.documentElement.lang = lang;
  const t = triageMessages(lang);
  document.title = t('appTitle');
  const { pack } = bundledRulePack();
  const { directory } = bundledHotlines();
  const country = selectCountry({ locales: navigator.languages ?? [navigator.language], stored: settings?.country ?? null, available: Object.keys(directory.countries) }).country;
  // Ask the browser not to evict the bench under storage pressure (no prompt for extensions).
  void navigator.storage?.persist?.().catch(() => false);
  const bench = new TriageBench({ db: new DbHandle(), workers: new TriageWorkers(makeWorker, poolSize(navigator.hardwareConcurrency)), pack });
  render(
    <TriageApp
      bench={bench}
      env={{
        t,
        lang,
        pack,
        hotlines: directory,
        country,
        save: downloadFile,
        copy: (text) => navigator.clipboard.writeText(text),
        openReportPage: async (post, verdict) => void (await send({ type: 'report/open', post, verdict })),
      }}
    />,
    root,
  );
  addEventListener('pagehide', () => bench.dispose());
  await bench.load();
  return bench;
}
