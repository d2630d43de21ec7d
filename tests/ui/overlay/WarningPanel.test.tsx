// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { UiLang } from '../../../src/i18n/ui-lang';
import { WarningPanel, type ReportOutcome, type WarningPanelProps } from '../../../src/ui/overlay/WarningPanel';
import { FLAGS, POST, TEXTS, flag, verdict } from './samples';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<WarningPanelProps> & { lang?: UiLang } = {}) {
  const handlers = {
    onReport: vi.fn(async (): Promise<ReportOutcome> => 'copied'),
    onNotScam: vi.fn(),
    onDismiss: vi.fn(),
  };
  const merged = { ...handlers, ...props };
  act(() => {
    render(<WarningPanel post={POST} verdict={verdict()} lang="en" texts={TEXTS} theme="light" {...merged} />, root);
  });
  return merged as typeof handlers;
}

const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const click = async (el: HTMLElement) => {
  await act(async () => {
    el.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};
const key = (el: Element, k: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('WarningPanel', () => {
  test('band, calm specific headline, and the number of signs', () => {
    show();
    const section = root.querySelector('section')!;
    expect(section.getAttribute('data-band')).toBe('high');
    expect(section.className).toContain('w-band-high');
    expect(root.querySelector('h2')!.textContent).toBe('High risk: this looks like recruitment into a scam compound');
    expect(text()).toContain('5 warning signs');
    // The region is named by its headline.
    expect(section.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
  });

  test('top reasons: three, each pointing at new words, with quoted evidence marked in context', () => {
    show();
    const reasons = Array.from(root.querySelectorAll('.w-list')[0]!.children).map((li) => li.getAttribute('data-rule'));
    // scam-hotspot-town only repeats "Sihanoukville", so the visa and the chat interview come first.
    expect(reasons).toEqual(['hotspot-town-job-offer', 'tourist-visa-for-work', 'text-chat-interview']);
    const marks = Array.from(root.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['Sihanoukville', 'tourist visa', 'Interview by chat only']);
    const quote = root.querySelectorAll('blockquote')[1]!.textContent!;
    // Some words either side, cut at word boundaries.
    expect(quote).toBe('In the post: “…flight ticket and dormitory. You travel on a tourist visa first. Interview by chat only: send your…”');
    expect(text()).toContain('In the post (location): “Sihanoukville, Cambodia”');
  });

  test('"Why?" expands every flag with its explanation, and the signs in its favour', async () => {
    show();
    const why = button('why');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    const details = root.querySelector<HTMLElement>(`#${why.getAttribute('aria-controls')}`)!;
    expect(details.hidden).toBe(true);
    await click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    for (const f of FLAGS) expect(details.querySelector(`[data-rule="${f.ruleId}"]`), f.ruleId).not.toBeNull();
    expect(details.textContent).toContain('Signs in its favour');
    expect(details.textContent).toContain('The employer names its office.');
    expect(details.textContent).toContain('Work on a tourist or visit visa (very strong sign)');
  });

  test('Escape closes "Why?" and returns focus to its button', async () => {
    show();
    await click(button('why'));
    const inside = root.querySelector('#' + button('why').getAttribute('aria-controls') + ' li')!;
    key(inside, 'Escape');
    expect(button('why').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button('why'));
  });

  test('keyboard: every action is a real <button type="button"> (Enter and Space work natively), in reading order', () => {
    show();
    const actions = Array.from(root.querySelectorAll('button')).map((b) => [b.getAttribute('data-action'), b.type]);
    expect(actions).toEqual([
      ['why', 'button'],
      ['report', 'button'],
      ['not-a-scam', 'button'],
      ['dismiss', 'button'],
    ]);
    expect(root.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  test('high risk shows the safety guidance; medium does not', () => {
    show();
    expect(text()).toContain('Before you apply or travel');
    for (const advice of ['tourist or visit visa', 'copies of your passport and ID with your family', 'travel route', 'SISKOP2MI', 'DMW', 'consulate', 'Peduli WNI']) {
      expect(text()).toContain(advice);
    }
    show({ verdict: verdict({ band: 'medium', score: 45 }) });
    expect(root.querySelector('h2')!.textContent).toBe('Caution: this has signs of recruitment into a scam compound');
    expect(text()).not.toContain('Before you apply or travel');
  });

  test('job-scam flags get the job-scam headline', () => {
    const jobScam = [flag({ ruleId: 'fee-to-get-hired', family: 'job-scam', weight: 40 }), flag({ ruleId: 'text-chat-interview', family: 'job-scam', weight: 12 })];
    show({ verdict: verdict({ flags: jobScam }) });
    expect(root.querySelector('h2')!.textContent).toBe('High risk: this looks like a job scam');
  });

  test('in Bahasa Indonesia: headline, reasons, guidance and buttons', () => {
    show({ lang: 'id' });
    expect(root.querySelector('h2')!.textContent).toBe('Risiko tinggi: ini tampak seperti perekrutan ke markas penipuan online (scam compound)');
    expect(text()).toContain('Alasan utama');
    expect(text()).toContain('Pekerjaan ini dimulai dengan visa turis atau kunjungan.');
    expect(text()).toContain('Di unggahan (lokasi)');
    expect(text()).toContain('Sebelum melamar atau berangkat');
    expect(text()).toContain('Titipkan salinan paspor dan KTP kepada keluarga');
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Kenapa?', 'Laporkan', 'Bukan penipuan', 'Tutup']);
    expect(root.querySelector('section')!.getAttribute('lang')).toBe('id');
  });

  test('Report: tells the user what happened (report page opened, text copied, or neither)', async () => {
    for (const [outcome, message] of [
      ['opened', 'The report opened in a new tab.'],
      ['copied', 'Report text copied.'],
      ['failed', 'Could not open or copy the report.'],
    ] as const) {
      const handlers = show({ onReport: vi.fn(async () => outcome) });
      await click(button('report'));
      expect(handlers.onReport).toHaveBeenCalledOnce();
      expect(root.querySelector('[role="status"]')!.textContent).toContain(message);
      render(null, root);
    }
    const failing = show({ onReport: vi.fn(async () => Promise.reject(new Error('no'))) });
    await click(button('report'));
    expect(failing.onReport).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Could not open or copy');
  });

  test('"Not a scam" and Dismiss report the intent; the verdict page has no Dismiss', async () => {
    const handlers = show();
    await click(button('not-a-scam'));
    await click(button('dismiss'));
    expect(handlers.onNotScam).toHaveBeenCalledOnce();
    expect(handlers.onDismiss).toHaveBeenCalledOnce();
    show({ onDismiss: undefined });
    expect(root.querySelector('[data-action="dismiss"]')).toBeNull();
  });

  test('page text is rendered as text, never as markup', () => {
    const hostile = { ...POST, text: 'Apply now <img src=x onerror="alert(1)"> <b>tourist visa</b> today' };
    const quote = 'tourist visa';
    const start = hostile.text.indexOf(quote);
    show({ post: hostile, verdict: verdict({ flags: [flag({ ruleId: 'tourist-visa-for-work', weight: 40, evidence: [{ field: 'text', start, end: start + quote.length, quote }] })] }) });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(text()).toContain('<img src=x onerror="alert(1)"> <b>');
  });

  test('a low verdict (verdict page) says so, with no reasons and no guidance', () => {
    show({ verdict: verdict({ band: 'low', score: 4, flags: [] }), onDismiss: undefined });
    expect(root.querySelector('h2')!.textContent).toBe('No strong warning signs found');
    expect(text()).toContain('does not prove it is safe');
    expect(text()).not.toContain('Main reasons');
    expect(root.querySelector('[data-action="why"]')).toBeNull();
  });

  test('dark theme class for dark pages', () => {
    show({ theme: 'dark' });
    expect(root.querySelector('section')!.className).toContain('w-theme-dark');
  });
});
