// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabStats } from '../../../src/messaging/protocol';
import type { ReportDraft } from '../../../src/storage/report-drafts';
import { getSettings, updateSettings } from '../../../src/storage/settings-item';
import { resetMigrationState } from '../../../src/storage/store';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import type { PopupServices } from '../../../src/ui/popup/services';
import { makePost, makeVerdict } from '../../report/fixtures';

const post = makePost({ title: 'Customer Service di Kamboja' });
const verdict = makeVerdict(makePost());
const SHOT = { dataUrl: 'data:image/jpeg;base64,/9j/', capturedAt: '2026-11-27T10:00:00Z', source: 'tab' as const };

function services(opts: { url?: string; stats?: TabStats; draft?: ReportDraft; notScam?: boolean } = {}) {
  const s = {
    locales: ['en-US'],
    getSettings,
    updateSettings,
    activeTab: vi.fn(async () => ({ id: 5, windowId: 1, url: opts.url ?? 'https://www.linkedin.com/jobs/view/123' })),
    getStats: vi.fn(async () => opts.stats ?? { counts: { low: 4, medium: 2, high: 1 }, latest: { post, verdict } }),
    latestDraftForTab: vi.fn(async () => opts.draft),
    isNotScam: vi.fn(async () => opts.notScam ?? false),
    canCapture: true,
    captureVisibleTab: vi.fn(async () => SHOT),
    openReport: vi.fn(async () => undefined),
    addScreenshotToDraft: vi.fn(async () => undefined),
    openPage: vi.fn(),
  } satisfies PopupServices;
  return s;
}

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});
afterEach(cleanup);

describe('popup', () => {
  it('shows what was checked on this tab, per band', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    expect(await screen.findByText('7 post(s) checked')).toBeTruthy();
    const counts = screen.getByTestId('counts').textContent!;
    expect(counts).toContain('1 High risk');
    expect(counts).toContain('2 Medium risk');
    expect(counts).toContain('4 Low risk');
    expect(s.getStats).toHaveBeenCalledWith(5);
  });

  it('offers the latest flagged post for reporting, with no screenshot unless asked', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const latest = await screen.findByTestId('latest');
    expect(latest.textContent).toContain('Customer Service di Kamboja');
    expect(latest.textContent).toContain('Employer keeps the passport');
    fireEvent.click(screen.getByRole('button', { name: 'Report this post' }));
    await waitFor(() => expect(s.openReport).toHaveBeenCalledWith({ post, verdict, sourceTabId: 5 }));
    expect(s.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('captures the page first when the user ticks the screenshot box (the popup click grants activeTab)', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    fireEvent.click(await screen.findByLabelText('Add a screenshot of this page to the report'));
    fireEvent.click(screen.getByRole('button', { name: 'Report this post' }));
    await waitFor(() => expect(s.openReport).toHaveBeenCalledWith({ post, verdict, sourceTabId: 5, screenshot: SHOT }));
    expect(s.captureVisibleTab).toHaveBeenCalledWith(1);
  });

  it('does not offer a post the user marked "not a scam"', async () => {
    render(<PopupApp services={services({ notScam: true })} />);
    await screen.findByText('7 post(s) checked');
    expect(screen.queryByTestId('latest')).toBeNull();
  });

  it('adds a screenshot to a report opened from this tab', async () => {
    const draft = { id: 'draft-1', createdAt: '2026-11-27T10:00:00Z', post, verdict, sourceTabId: 5, reportTabId: 9 };
    const s = services({ draft });
    render(<PopupApp services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a screenshot to my report' }));
    await screen.findByText('Screenshot added to your report.');
    expect(s.addScreenshotToDraft).toHaveBeenCalledWith(draft, SHOT);
  });

  it('switches checking on this site off and on', async () => {
    render(<PopupApp services={services()} />);
    const box = (await screen.findByLabelText('Check posts on LinkedIn')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await getSettings()).sites.linkedin).toBe(false));
    await screen.findByText('Checking is switched off for this site.');
    fireEvent.click(screen.getByLabelText('Check posts on LinkedIn'));
    await waitFor(async () => expect((await getSettings()).sites.linkedin).toBe(true));
  });

  it('says when the site is not one Waspada reads, and links to the guide, history, triage bench and settings', async () => {
    const s = services({ url: 'https://example.org/', stats: { counts: { low: 0, medium: 0, high: 0 } } });
    render(<PopupApp services={s} />);
    expect(await screen.findByText(/does not read this site/)).toBeTruthy();
    expect(screen.queryByLabelText(/Check posts on/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check a text you copied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Safety guide' }));
    fireEvent.click(screen.getByRole('button', { name: 'Your reports' }));
    fireEvent.click(screen.getByRole('button', { name: 'Triage bench (for NGO staff)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(s.openPage.mock.calls.map((c) => c[0])).toEqual(['/verdict.html', '/guide.html', '/report.html', '/triage.html', '/options.html']);
  });

  it('speaks Indonesian', async () => {
    await updateSettings({ uiLang: 'id' });
    render(<PopupApp services={services()} />);
    expect(await screen.findByText('7 unggahan diperiksa')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Laporkan unggahan ini' })).toBeTruthy();
  });
});
