// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, test } from 'vitest';
import { CardBadge } from '../../../src/ui/overlay/CardBadge';
import { flag, verdict } from './samples';

test('a compact, non-interactive badge that names the band and the kind of signs, in EN and ID', () => {
  const root = document.createElement('div');
  render(<CardBadge verdict={verdict()} lang="en" theme="light" />, root);
  const badge = root.querySelector('[role="note"]')!;
  expect(badge.textContent).toBe('⚠High risk · scam-compound signs');
  expect(badge.getAttribute('aria-label')).toBe('Waspada: High risk · scam-compound signs. Waspada found warning signs in this job. Open it to see why.');
  expect(root.querySelector('button, a, [tabindex]')).toBeNull();
  render(<CardBadge verdict={verdict({ band: 'medium', flags: [flag({ ruleId: 'fee-to-get-hired', family: 'job-scam', weight: 30 })] })} lang="id" theme="dark" />, root);
  expect(root.querySelector('[role="note"]')!.textContent).toBe('⚠Hati-hati · tanda penipuan kerja');
  expect(root.firstElementChild!.className).toContain('w-theme-dark');
});
