import { browser } from 'wxt/browser';
import { deleteAllData, exportAllData, exportJson } from '../../storage/all-data';
import { clearNotScam, listNotScam, unmarkNotScam } from '../../storage/not-scam';
import { listReports } from '../../storage/report-history';
import { getSettings, updateSettings } from '../../storage/settings-item';
import type { OptionsServices } from './services';

export function browserOptionsServices(): OptionsServices {
  return {
    locales: navigator.languages?.length ? navigator.languages : [navigator.language],
    getSettings,
    updateSettings,
    countReports: async () => (await listReports()).entries.length,
    listNotScam,
    unmarkNotScam,
    clearNotScam,
    exportAllData: async () => exportJson(await exportAllData()),
    deleteAllData,
    historyHref: () => browser.runtime.getURL('/report.html'),
    guideHref: () => browser.runtime.getURL('/guide.html'),
  };
}
