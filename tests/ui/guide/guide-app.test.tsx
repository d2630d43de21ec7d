// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from '../../../src/storage/settings-item';
import { resetMigrationState } from '../../../src/storage/store';
import { GuideApp } from '../../../src/ui/guide/GuideApp';

const services = (locales: string[]) => ({ locales, getSettings, updateSettings, reportHistoryHref: () => 'report.html' });

beforeEach(() => {
  fakeBrowser.reset();
  resetMigrationState();
});
afterEach(cleanup);

describe('safety guide', () => {
  it('covers before you go, if you are there, and families, in English', async () => {
    await updateSettings({ country: 'id' });
    render(<GuideApp services={services(['en-US'])} />);
    expect(await screen.findByRole('heading', { name: 'Before you go' })).toBeTruthy();
    expect(screen.getByText('Travel on a work visa, not a tourist visa.')).toBeTruthy();
    expect(screen.getByText(/licensed agency/)).toBeTruthy();
    expect(screen.getByText('Sign the contract at home, before you leave.')).toBeTruthy();
    expect(screen.getByText('Leave copies of your documents with your family.')).toBeTruthy();
    expect(screen.getByText(/Safe Travel app or at peduliwni\.kemlu\.go\.id/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'If you are already there' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to keep, if you safely can' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'For families at home' })).toBeTruthy();
    // The registers of the user's country
    expect(await screen.findByRole('link', { name: /SISKOP2MI/ })).toBeTruthy();
  });

  it('shows the embassy where the person is first, then home lines, with unverified marks', async () => {
    await updateSettings({ country: 'id' });
    render(<GuideApp services={services(['en-US'])} />);
    fireEvent.change(await screen.findByLabelText('Where you are now'), { target: { value: 'kh' } });
    const there = screen.getByRole('region', { name: 'If you are already there' });
    const cards = there.querySelectorAll('[data-org]');
    expect(cards[0]!.getAttribute('data-org')).toBe('kbri-phnom-penh');
    expect(within(there).getAllByText('unverified — check before calling').length).toBeGreaterThan(0);
  });

  it('is in Indonesian for an Indonesian browser, and switches language', async () => {
    render(<GuideApp services={services(['id-ID'])} />);
    expect(await screen.findByRole('heading', { name: 'Sebelum berangkat' })).toBeTruthy();
    expect(screen.getByText('Berangkat dengan visa kerja, bukan visa turis.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Before you go' })).toBeTruthy();
    expect((await getSettings()).uiLang).toBe('en');
  });
});
