// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_KEYS, STORAGE_VERSION } from '../../../src/storage/layout';
import { isMarkedNotScam, markNotScam } from '../../../src/storage/not-scam';
import { getSettings } from '../../../src/storage/settings-item';
import { resetMigrationState } from '../../../src/storage/store';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { browserOptionsServices } from '../../../src/ui/options/browser-services';
import { makePost, makeVerdict } from '../../report/fixtures';

const services = (locales = ['en-US']) => ({ ...browserOptionsServices(), locales });

async function open(locales?: string[]) {
  render(<OptionsApp services={services(locales)} />);
  await screen.findByRole('heading', { name: /Waspada settings|Pengaturan Waspada/ });
}

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});
afterEach(cleanup);

describe('options page', () => {
  it('stores the country, and offers automatic detection by browser language', async () => {
    await open(['en-ID']); // English interface, Indonesian region
    const select = screen.getByLabelText('Country') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toBe('Automatic, from the browser language (Indonesia)');
    fireEvent.change(select, { target: { value: 'ph' } });
    await waitFor(async () => expect((await getSettings()).country).toBe('ph'));
    expect(screen.getByTestId('options-status').textContent).toBe('Saved.');
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await getSettings()).country).toBeNull());
  });

  it('switches the interface language and persists it', async () => {
    await open();
    fireEvent.click(screen.getByLabelText('Bahasa Indonesia'));
    await screen.findByRole('heading', { name: 'Pengaturan Waspada' });
    expect((await getSettings()).uiLang).toBe('id');
    expect(screen.getByRole('heading', { name: 'Privasi' })).toBeTruthy();
  });

  it('stores sensitivity, site switches and the history switch', async () => {
    await open();
    fireEvent.click(screen.getByLabelText(/Warn only about high risk/));
    await waitFor(async () => expect((await getSettings()).minBand).toBe('high'));
    fireEvent.click(screen.getByLabelText('Facebook'));
    await waitFor(async () => expect((await getSettings()).sites.facebook).toBe(false));
    expect((await getSettings()).sites.linkedin).toBe(true);
    fireEvent.click(screen.getByLabelText(/Keep a copy of each report/));
    await waitFor(async () => expect((await getSettings()).keepHistory).toBe(false));
  });

  it('adds to and removes from the allow-list, without blanks or duplicates', async () => {
    await open();
    const input = screen.getByLabelText('Company name or licence number');
    for (const value of ['  PT Resmi  Jaya ', 'pt resmi jaya', '   ', 'KEP 123/2024']) {
      fireEvent.input(input, { target: { value } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    }
    await waitFor(async () => expect((await getSettings()).allowList).toEqual(['PT Resmi Jaya', 'KEP 123/2024']));
    fireEvent.click(within(screen.getByTestId('allow-list')).getByRole('button', { name: 'Remove: PT Resmi Jaya' }));
    await waitFor(async () => expect((await getSettings()).allowList).toEqual(['KEP 123/2024']));
  });

  it('lists posts marked "not a scam" and can warn about one again', async () => {
    const post = makePost();
    await markNotScam(post, makeVerdict(post));
    await open();
    expect(screen.getByText('Customer Service di Kamboja')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Warn again' }));
    await waitFor(async () => expect(await isMarkedNotScam(post)).toBe(false));
    await screen.findByText('None.');
  });

  it('exports all data as a downloadable JSON file', { timeout: 40_000 }, async () => {
    await open();
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'th' } });
    await waitFor(async () => expect((await getSettings()).country).toBe('th'));
    fireEvent.click(screen.getByRole('button', { name: 'Export all my data' }));
    // The triage bench's export (IndexedDB, here fake-indexeddb) is part of it; its modules load on demand.
    const link = (await screen.findByRole('link', { name: 'Download waspada-data.json' }, { timeout: 30_000 })) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('waspada-data.json');
    fireEvent.click(link);
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  it('deletes the triage database too (through the triage bench’s deleteAllTriageData)', { timeout: 40_000 }, async () => {
    const { TRIAGE_DB_NAME } = await import('../../../src/triage/db/schema');
    const { openTriageDb } = await import('../../../src/triage/db/open');
    (await openTriageDb()).close();
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(TRIAGE_DB_NAME);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('All your Waspada data was deleted from this device.'), { timeout: 30_000 });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(TRIAGE_DB_NAME);
  });

  it('deletes all data only after confirmation', async () => {
    const post = makePost();
    await markNotScam(post, makeVerdict(post));
    await open();
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'vn' } });
    await waitFor(async () => expect((await getSettings()).country).toBe('vn'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await getSettings()).country).toBe('vn');

    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/deleted/));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [LOCAL_KEYS.meta]: { version: STORAGE_VERSION } });
    await waitFor(() => expect((screen.getByLabelText('Country') as HTMLSelectElement).value).toBe(''));
    expect(screen.getByText('None.')).toBeTruthy();
  });

  it('states plainly that everything stays on the device', async () => {
    await open();
    expect(screen.getByText(/runs entirely on this device/)).toBeTruthy();
    expect(screen.getByText(/sends nothing to anyone/)).toBeTruthy();
  });
});
