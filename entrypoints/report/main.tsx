// Thin wiring: the report page lives in src/ui/report.
import { render } from 'preact';
import { ReportApp } from '@/src/ui/report/ReportApp';
import { browserReportServices } from '@/src/ui/report/browser-services';
import '@/src/ui/report/page.css';

render(<ReportApp services={browserReportServices()} query={location.search} />, document.getElementById('app')!);
