// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledHotlines } from '../../../src/hotlines/bundled-directory';
import { triageMessages } from '../../../src/i18n/triage-messages';
import type { UiLang } from '../../../src/i18n/ui-lang';
import { TriageBench } from '../../../src/triage/bench';
import { DbHandle } from '../../../src/triage/db/open';
import { TriageWorkers } from '../../../src/triage/worker/pool';
import type { BenchEnv } from '../../../src/ui/triage/context';
import { TriageApp } from '../../../src/ui/triage/TriageApp';
import { rulePack } from '../../helpers/rule-pack';
import { inProcessWorker } from '../../triage/in-process-worker';

const PASTE = [
  'URGENT hiring customer service in Sihanoukville, Cambodia. USD 1500 a month, free visa and ticket, no experience. Telegram @rekrut_asia_hr',
  'Dicari admin di Kamboja, gaji 20 juta, visa turis dulu, izin kerja diurus setelah sampai. Telegram @rekrut_asia_hr',
  'Kopi Nusantara in Bandung is hiring a barista. Apply in person at our cafe with your CV.',
].join('\n\n---\n\n');

let n = 0;
let current: TriageBench | undefined;

async function mount(lang: UiLang = 'en') {
  const name = `app-${process.pid}-${++n}`;
  const pack = rulePack().pack;
  const bench = new TriageBench({ db: new DbHandle({ name }), workers: new TriageWorkers(() => inProcessWorker({ dbName: name, pack: () => pack }), 2), pack, dbName: name, listen: () => () => {} });
  current = bench;
  const env: BenchEnv = { t: triageMessages(lang), lang, pack, hotlines: bundledHotlines().directory, country: 'id', save: vi.fn(), copy: vi.fn(async () => undefined) };
  const view = render(<TriageApp bench={bench} env={env} />);
  await bench.load();
  return { bench, env, ...view };
}

async function pasteAds(text = PASTE) {
  fireEvent.input(screen.getByLabelText(/^Paste one or more ads/), { target: { value: text } });
  const button = screen.getByRole('button', { name: 'Import pasted text' }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
  await screen.findByText(/New ads added from paste/, undefined, { timeout: 15_000 });
  await waitFor(() => expect(document.querySelector('.progress')).toBeNull(), { timeout: 15_000 });
}

const tableRows = () => [...document.querySelectorAll('table.ads tbody tr')] as HTMLElement[];
const scores = () => tableRows().map((r) => Number(r.querySelector('.score-number')!.textContent));

afterEach(() => {
  cleanup();
  current?.dispose();
});

describe('the triage bench page', () => {
  it('imports pasted ads, sorts by score, opens an ad and records a decision', async () => {
    await mount();
    expect(screen.getByText(/No ads yet/)).toBeDefined();
    await pasteAds();
    expect(screen.getByText('New ads added from paste: 3', { exact: false })).toBeDefined();
    expect(document.querySelector('.summary')!.textContent).toMatch(/^Ads: 3 · clusters: 1 /);
    expect(tableRows()).toHaveLength(3);
    expect(scores()).toEqual([...scores()].sort((a, b) => b - a));

    const sortButton = screen.getByRole('button', { name: 'Score' });
    fireEvent.click(sortButton);
    await waitFor(() => expect(sortButton.closest('th')!.getAttribute('aria-sort')).toBe('ascending'));
    expect(scores()).toEqual([...scores()].sort((a, b) => a - b));

    const barista = tableRows()[0]!;
    fireEvent.click(within(barista).getByRole('button', { name: /barista/ }));
    const detail = await screen.findByRole('complementary');
    await waitFor(() => expect(document.activeElement?.id).toBe('detail-heading'));
    fireEvent.change(within(detail).getByLabelText('Status'), { target: { value: 'false-positive' } });
    await waitFor(() => expect(barista.querySelector('td.status')!.textContent).toBe('False positive'));
    fireEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
  });

  it('filters, selects and changes many ads at once', async () => {
    await mount();
    await pasteAds();
    fireEvent.change(screen.getByLabelText('Risk band'), { target: { value: 'low' } });
    await waitFor(() => expect(tableRows()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Risk band'), { target: { value: '' } });
    await waitFor(() => expect(tableRows()).toHaveLength(3));
    fireEvent.click(screen.getByLabelText('Select all ads on this page'));
    await screen.findByText('3 selected');
    fireEvent.change(screen.getByLabelText('Set status of selected'), { target: { value: 'confirmed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(tableRows().map((r) => r.querySelector('td.status')!.textContent)).toEqual(['Confirmed', 'Confirmed', 'Confirmed']));
    fireEvent.input(screen.getByLabelText('Tag to add'), { target: { value: 'kh ring' } });
    const add = screen.getByRole('button', { name: 'Add tag' }) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.submit(add.closest('form')!);
    await waitFor(() => expect(document.querySelectorAll('table.ads .tag')).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Status', { selector: '.filters select' }), { target: { value: 'new' } });
    await screen.findByText('No ad matches these filters.');
  });

  it('shows a cluster with its shared contacts, and acts on all its ads', async () => {
    const { bench } = await mount();
    await pasteAds();
    fireEvent.click(screen.getByRole('button', { name: /^Clusters/ }));
    const open = await screen.findByRole('button', { name: '2 ads share Telegram @rekrut_asia_hr' });
    fireEvent.click(open);
    const heading = await screen.findByRole('heading', { name: '2 ads share Telegram @rekrut_asia_hr' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Telegram @rekrut_asia_hr — 2 ads')).toBeDefined();
    expect(document.querySelectorAll('.cluster-detail table.ads tbody tr')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Set status of all 2 ads'), { target: { value: 'reported' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect([...bench.state.reviews.values()].filter((r) => r.status === 'reported')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Build report for the cluster' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Build report' }));
    const text = (await within(dialog).findByLabelText('Report text')) as HTMLTextAreaElement;
    expect(text.value).toMatch(/^Waspada report — ads: 2\n2 ads share Telegram @rekrut_asia_hr/);
    expect(text.value).toContain('===== Ad 2 of 2 =====');
  });

  it('walks through the column-mapping step for an unknown CSV', async () => {
    await mount();
    const file = new File(['nomor,isi iklan\n1,"Kerja di Kamboja, visa turis dulu, gaji 20 juta"\n'], 'laporan.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Choose files (CSV, JSONL, JSON or text)'), { target: { files: [file] } });
    await screen.findByRole('heading', { name: 'Which column holds what?' }, { timeout: 15_000 });
    expect(screen.getByRole('cell', { name: 'Kerja di Kamboja, visa turis dulu, gaji 20 juta' })).toBeDefined();
    fireEvent.submit(screen.getByRole('button', { name: 'Import with this mapping' }).closest('form')!);
    await screen.findByText('Choose the column that holds the ad text.');
    fireEvent.change(screen.getByLabelText('Ad text (required)'), { target: { value: 'isi iklan' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Import with this mapping' }).closest('form')!);
    await screen.findByText(/New ads added from laporan\.csv: 1 /, undefined, { timeout: 15_000 });
  });

  it('exports the case file and deletes everything after a confirmation', async () => {
    const { env, bench } = await mount();
    await pasteAds();
    fireEvent.click(screen.getByRole('button', { name: 'Export and delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export case file (JSON)' }));
    await waitFor(() => expect(env.save).toHaveBeenCalled());
    const file = vi.mocked(env.save).mock.calls[0]![0];
    expect(JSON.parse(file.text).ads).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('All bench data was deleted.');
    expect(bench.state.rows).toEqual([]);
    expect(document.querySelector('.summary')!.textContent).toMatch(/^Ads: 0 /);
  });

  it('speaks Indonesian', async () => {
    await mount('id');
    expect(screen.getByRole('heading', { name: 'Meja triase Waspada' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Impor teks yang ditempel' })).toBeDefined();
    expect(screen.getByText(/Belum ada iklan/)).toBeDefined();
  });
});
