// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Verdict } from '../../../src/model/verdict';
import { saveDraft } from '../../../src/storage/report-drafts';
import { listReports, saveReport } from '../../../src/storage/report-history';
import { updateSettings } from '../../../src/storage/settings-item';
import { resetMigrationState } from '../../../src/storage/store';
import { ReportApp } from '../../../src/ui/report/ReportApp';
import { browserReportServices } from '../../../src/ui/report/browser-services';
import type { ReportServices } from '../../../src/ui/report/services';
import { makePost, makeVerdict } from '../../report/fixtures';

const post = makePost();
const verdict = makeVerdict(post);
const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';

function services(overrides: Partial<ReportServices> = {}): ReportServices & { copied: string[] } {
  const copied: string[] = [];
  return {
    ...browserReportServices(),
    locales: ['en-US'],
    now: () => '2026-11-27T12:00:00.000Z',
    copyText: async (text: string) => {
      copied.push(text);
    },
    ...overrides,
    copied,
  };
}

async function openDraft(opts: { country?: string | null; uiLang?: 'en' | 'id'; verdict?: Verdict; sourceTabId?: number; s?: ReportServices } = {}) {
  await updateSettings({ country: opts.country === undefined ? 'ph' : opts.country, uiLang: opts.uiLang ?? 'en' });
  await saveDraft({ post, verdict: opts.verdict ?? verdict, id: 'draft-1', createdAt: '2026-11-27T09:00:00Z', ...(opts.sourceTabId !== undefined ? { sourceTabId: opts.sourceTabId } : {}) });
  const s = opts.s ?? services();
  render(<ReportApp services={s} query="?draft=draft-1" />);
  await screen.findByRole('heading', { name: /Check the report|Periksa laporan/ });
  return s;
}

const reportText = () => screen.getByTestId('report-text').textContent ?? '';
const decodeMailto = (href: string) => decodeURIComponent(href.replace(/\+/g, ' '));

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('report preview', () => {
  it('shows the post, its flags with evidence, and the contacts found in it', async () => {
    await openDraft();
    expect((screen.getByLabelText('Job title') as HTMLInputElement).value).toBe('Customer Service di Kamboja');
    expect((screen.getByLabelText('Posted by') as HTMLInputElement).value).toBe('HRD Sari Global');
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('PT Sukses Jaya');
    expect((screen.getByLabelText('Platform') as HTMLInputElement).value).toBe('facebook');
    expect((screen.getByLabelText('Text of the post') as HTMLTextAreaElement).value).toContain('Berangkat pakai visa turis');
    expect((screen.getByLabelText('Date you saw it') as HTMLInputElement).value).toBe('2026-11-27');
    expect(screen.getByLabelText('Travel on a tourist visa for work')).toBeTruthy();
    expect(screen.getByText('Paspor disimpan perusahaan')).toBeTruthy(); // evidence quote
    expect(screen.getByText('+6281234567890')).toBeTruthy();
    expect(screen.getByText('hrd_cambo')).toBeTruthy();
    // The text report says the same, with the tracking parameters gone from the address.
    expect(reportText()).toContain('Travel on a tourist visa for work');
    expect(reportText()).toContain('https://www.facebook.com/groups/123/posts/456/');
    expect(reportText()).not.toContain('fbclid');
  });

  it('picks the hotline of the country in settings (PH → IACAT 1343) and marks unverified entries', async () => {
    await openDraft({ country: 'ph' });
    expect((screen.getByLabelText('Your country') as HTMLSelectElement).value).toBe('ph');
    expect(screen.getByTestId('country-source').textContent).toMatch(/settings/);
    const options = screen.getAllByTestId('hotline-option');
    const first = options[0]!;
    expect(within(first).getByRole('radio')).toHaveProperty('checked', true);
    expect(first.textContent).toContain('IACAT 1343');
    // Seen on 1343actionline.ph: no badge on the organisation, only on its one channel from an older news page.
    expect(first.querySelector('label')!.textContent).not.toContain('unverified — check before calling');
    expect(first.textContent).toMatch(/\(02\) 1343.*unverified — check before calling/s);
    const dmw = options.find((o) => o.textContent?.includes('DMW hotline 1348'))!;
    expect(dmw.textContent).toContain('unverified — check before calling');
    expect(screen.getByTestId('sending-to').textContent).toContain('IACAT 1343');
    expect(reportText()).toContain('Sent to: IACAT 1343');
    // The online form of 1343 is offered, and the DMW registers under "check this agency".
    expect(screen.getByRole('link', { name: /online form \(1343actionline\.ph\)/ })).toBeTruthy();
    expect(within(screen.getByTestId('verification-links')).getByRole('link', { name: 'DMW — licensed recruitment agencies' })).toBeTruthy();
  });

  it('follows the browser language when no country is set, and the country can be changed right there', async () => {
    const s = services({ locales: ['id-ID'] });
    await openDraft({ country: null, s });
    expect((screen.getByLabelText('Your country') as HTMLSelectElement).value).toBe('id');
    expect(screen.getByTestId('country-source').textContent).toMatch(/browser language/);
    expect(screen.getByTestId('sending-to').textContent).toContain('KP2MI');

    fireEvent.change(screen.getByLabelText('Your country'), { target: { value: 'vn' } });
    await waitFor(() => expect(screen.getByTestId('sending-to').textContent).toContain('111'));
    expect(reportText()).toContain('Sent to:');
    expect(screen.getAllByTestId('hotline-option')[0]!.textContent).toContain('111');

    fireEvent.click(screen.getByRole('button', { name: 'Use this country from now on' }));
    await screen.findByText('Saved in your settings.');
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { country: string };
    expect(stored.country).toBe('vn');
  });

  it('lets the user choose another hotline; the e-mail draft goes to that hotline', async () => {
    await openDraft({ country: 'ph' });
    const airtip = screen.getAllByTestId('hotline-option').find((o) => o.textContent?.includes('AIRTIP'))!;
    fireEvent.click(within(airtip).getByRole('radio'));
    await waitFor(() => expect(screen.getByTestId('sending-to').textContent).toContain('AIRTIP'));
    const mail = screen.getByRole('link', { name: 'E-mail airtipinfo@dmw.gov.ph' }) as HTMLAnchorElement;
    expect(mail.getAttribute('href')).toMatch(/^mailto:airtipinfo@dmw\.gov\.ph\?subject=/);
  });

  it('puts the edited note into the text, the e-mail draft and the WhatsApp message', async () => {
    await openDraft({ country: 'id' });
    fireEvent.input(screen.getByLabelText('Your note (optional)'), { target: { value: 'Recruiter called my cousin twice.' } });
    await waitFor(() => expect(reportText()).toContain('Recruiter called my cousin twice.'));
    const mail = screen.getByRole('link', { name: 'E-mail to someone else' }).getAttribute('href')!;
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeMailto(mail)).toContain('Recruiter called my cousin twice.');
    const wa = screen.getByRole('link', { name: /Share on WhatsApp/ }).getAttribute('href')!;
    expect(wa.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(wa)).toContain('Recruiter called my cousin twice.');
  });

  it('applies edits to fields, leaves out unticked flags and contacts, and adds the reporter only when asked', async () => {
    await openDraft({ country: 'id' });
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'PT Lain Sekali' } });
    fireEvent.click(screen.getByLabelText('Employer keeps the passport'));
    fireEvent.click(screen.getByLabelText(/hrd_cambo/));
    await waitFor(() => expect(reportText()).toContain('Company: PT Lain Sekali'));
    expect(reportText()).not.toContain('Employer keeps the passport');
    expect(reportText()).not.toContain('Telegram: hrd_cambo');
    expect(reportText()).toContain('WhatsApp: +6281234567890');
    expect(reportText()).toContain('chose not to share their own details');

    fireEvent.click(screen.getByLabelText(/Add my contact details/));
    fireEvent.input(await screen.findByLabelText('Your e-mail'), { target: { value: 'me@example.org' } });
    await waitFor(() => expect(reportText()).toContain('me@example.org'));
  });

  it('never offers a hotline whose number appears in the post', async () => {
    const tricky: Verdict = {
      ...verdict,
      entities: [...verdict.entities, { type: 'whatsapp', value: '+628118080141', evidence: { field: 'text', start: 0, end: 4, quote: '0811-8080-141' } }],
    };
    await openDraft({ country: 'id', verdict: tricky });
    expect(screen.getByTestId('blocked-hotline').textContent).toContain('KP2MI');
    expect(screen.getAllByTestId('hotline-option').some((o) => o.textContent?.includes('KP2MI'))).toBe(false);
    expect(screen.getByTestId('sending-to').textContent).not.toContain('KP2MI');
    // No call, chat or form link goes to it (the report text still lists it as a lead for the hotline).
    for (const a of document.querySelectorAll('a[href^="tel:"], a[href^="https://wa.me/"]')) {
      expect(a.getAttribute('href')!.split('?')[0]).not.toContain('8118080141');
    }
  });

  it('copies the text and keeps a copy in the local history', async () => {
    const s = await openDraft({ country: 'ph' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report as text' }));
    await screen.findByText(/Copied\./);
    expect((s as ReturnType<typeof services>).copied[0]).toContain('Sent to: IACAT 1343');
    await waitFor(async () => expect((await listReports()).entries).toHaveLength(1));
    const [entry] = (await listReports()).entries;
    expect(entry!.channels).toEqual(['copy']);
    expect(entry!.report.hotline.organisationId).toBe('iacat-1343');
  });

  it('keeps no history when the user turned it off', async () => {
    await updateSettings({ keepHistory: false });
    await openDraft({ country: 'ph' });
    expect(screen.getByText('Report history is off: no copy is kept.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report as text' }));
    await screen.findByText(/Copied\./);
    expect((await listReports()).entries).toHaveLength(0);
  });

  it('makes the JSON and printable downloads as blob links, at click time', async () => {
    await openDraft({ country: 'ph' });
    const json = screen.getByRole('link', { name: 'Download the report (JSON)' }) as HTMLAnchorElement;
    expect(json.getAttribute('download')).toMatch(/^waspada-report-WSP-[0-9A-F]{8}\.json$/);
    fireEvent.click(json);
    expect(json.getAttribute('href')).toMatch(/^blob:/);
    const html = screen.getByRole('link', { name: 'Download a printable page (HTML)' });
    expect(html.getAttribute('download')).toMatch(/\.html$/);
  });

  it('shows platform reporting steps for the post’s platform', async () => {
    await openDraft({ country: 'ph' });
    expect(screen.getByRole('heading', { name: 'Also report it on Facebook' })).toBeTruthy();
    expect(screen.getByText(/Report post/)).toBeTruthy();
  });

  it('speaks Indonesian when asked, report and labels alike', async () => {
    await openDraft({ country: 'id', uiLang: 'id' });
    expect(screen.getByRole('heading', { name: '1. Ke mana melapor' })).toBeTruthy();
    expect(screen.getAllByText('belum diverifikasi — periksa sebelum menghubungi').length).toBeGreaterThan(0);
    expect(reportText()).toContain('Laporan: iklan lowongan kerja mencurigakan');
    fireEvent.change(screen.getByLabelText('Bahasa laporan'), { target: { value: 'en' } });
    await waitFor(() => expect(reportText()).toContain('Report: suspicious job advertisement'));
  });

  it('says so when the draft is gone', async () => {
    render(<ReportApp services={services()} query="?draft=gone" />);
    expect(await screen.findByText(/no longer available/)).toBeTruthy();
  });
});

describe('screenshot', () => {
  it('is captured from the post’s tab only on click, and shown with a remove button', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/groups/123/posts/456/' });
    const capture = vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(JPEG as never);
    await openDraft({ country: 'ph', sourceTabId: source.id! });
    expect(capture).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Capture the post’s tab' }));
    expect(await screen.findByAltText('Screenshot of the post')).toHaveProperty('src', JPEG);
    expect(capture).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Download the screenshot' }).getAttribute('download')).toMatch(/\.jpg$/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove screenshot' }));
    await waitFor(() => expect(screen.queryByAltText('Screenshot of the post')).toBeNull());
  });

  it('explains the toolbar route when the browser refuses the capture (no activeTab grant)', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/jobs/view/1' });
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
    await openDraft({ country: 'ph', sourceTabId: source.id! });
    fireEvent.click(screen.getByRole('button', { name: 'Capture the post’s tab' }));
    expect(await screen.findByText(/did not allow the capture.*Use the Waspada toolbar button/s)).toBeTruthy();
    expect(screen.getByText(/click the Waspada button in the browser toolbar and choose “Add a screenshot to my report”/)).toBeTruthy();
  });

  it('can be attached from a file instead', async () => {
    await openDraft({ country: 'ph' });
    expect(screen.queryByRole('button', { name: 'Capture the post’s tab' })).toBeNull(); // no known source tab
    const bytes = Uint8Array.from(atob(JPEG.split(',')[1]!), (c) => c.charCodeAt(0));
    const file = new File([bytes], 'shot.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByLabelText('Attach an image'), { target: { files: [file] } });
    expect(await screen.findByAltText('Screenshot of the post')).toBeTruthy();
    const wrong = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove screenshot' }));
    await waitFor(() => expect(screen.queryByAltText('Screenshot of the post')).toBeNull());
    fireEvent.change(screen.getByLabelText('Attach an image'), { target: { files: [wrong] } });
    expect(await screen.findByText(/not a PNG, JPEG, WebP or GIF/)).toBeTruthy();
  });
});

describe('report history page', () => {
  it('lists saved reports, opens one, and deletes all after confirmation', async () => {
    await openDraft({ country: 'ph' });
    fireEvent.click(screen.getByRole('button', { name: 'Save to my history without sending' }));
    await waitFor(async () => expect((await listReports()).entries).toHaveLength(1));
    const [entry] = (await listReports()).entries;
    cleanup();

    render(<ReportApp services={services()} query="" />);
    const link = await screen.findByRole('link', { name: /Customer Service di Kamboja/ });
    expect(link.getAttribute('href')).toContain(`history=${entry!.id}`);
    cleanup();

    render(<ReportApp services={services()} query={`?history=${entry!.id}`} />);
    expect((await screen.findByTestId('saved-report-text')).textContent).toContain('Sent to: IACAT 1343');
    cleanup();

    render(<ReportApp services={services()} query="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all reports' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete them' }));
    await screen.findByText('No reports yet.');
    expect((await listReports()).entries).toHaveLength(0);
  });

  it('deletes a single report', async () => {
    await updateSettings({ country: 'ph' });
    const { buildReport } = await import('../../../src/report/build-report');
    const { bundledHotlines } = await import('../../../src/hotlines/bundled-directory');
    const org = bundledHotlines().directory.countries.ph!.organisations[0]!;
    const r = buildReport({ post, verdict, hotline: { country: 'ph', organisation: org }, country: 'ph', seenAt: '2026-11-27', lang: 'en' });
    await saveReport(r, 'email', '2026-11-27T10:00:00Z');
    render(<ReportApp services={services()} query="" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Delete: / }));
    await screen.findByText('No reports yet.');
  });
});
