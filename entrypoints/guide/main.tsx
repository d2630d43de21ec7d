// Thin wiring: the safety guide lives in src/ui/guide.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuideApp } from '@/src/ui/guide/GuideApp';
import { getSettings, updateSettings } from '@/src/storage/settings-item';
import '@/src/ui/report/page.css';

const services = {
  locales: navigator.languages?.length ? navigator.languages : [navigator.language],
  getSettings,
  updateSettings,
  reportHistoryHref: () => browser.runtime.getURL('/report.html'),
};

render(<GuideApp services={services} />, document.getElementById('app')!);
