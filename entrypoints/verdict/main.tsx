import { render } from 'preact';
import { VerdictPage } from '@/src/ui/verdict/VerdictPage';
import { bundledRuleTexts } from '@/src/ui/overlay/bundled-rule-texts';

// Thin wiring: the page that shows the verdict for text checked from the context menu, or pasted.
render(<VerdictPage texts={bundledRuleTexts()} />, document.getElementById('app')!);
