// Thin wiring: the popup lives in src/ui/popup.
import { render } from 'preact';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import { browserPopupServices } from '@/src/ui/popup/browser-services';
import '@/src/ui/report/page.css';

render(<PopupApp services={browserPopupServices(location.search)} />, document.getElementById('app')!);
