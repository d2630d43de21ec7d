// Thin wiring: the options page lives in src/ui/options.
import { render } from 'preact';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { browserOptionsServices } from '@/src/ui/options/browser-services';
import '@/src/ui/report/page.css';

render(<OptionsApp services={browserOptionsServices()} />, document.getElementById('app')!);
