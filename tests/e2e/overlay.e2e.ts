// The overlay on every site family's fixture pages, in Debian's Chromium with the built extension:
// a panel or card badge with the engine's band on each risky post, nothing on the others, and not one
// network request made by the extension.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OVERLAY_FIXTURES } from '../platform/fixture-expectations';
import { extensionNetworkRequests, launch, type Harness } from './harness';
import { expectedBands, OverlayProbe, waitForOverlays } from './overlay-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('overlay on fixture pages', () => {
  test.each(OVERLAY_FIXTURES)('%s', async (fixture) => {
    const expected = await expectedBands(fixture);
    const warned = expected.filter((e) => e.band !== 'low');
    expect(warned.length, 'the fixture has a risky post').toBeGreaterThan(0);
    const page = await h.openFixture(fixture);
    try {
      const hosts = await waitForOverlays(page, { min: warned.length });
      const shown = Object.fromEntries(hosts.map((host) => [host.post, host]));
      for (const e of expected) {
        if (e.band === 'low') {
          expect(shown[e.item], `${e.item} (low) has no overlay`).toBeUndefined();
          continue;
        }
        expect(shown[e.item]?.band, `${e.item} band`).toBe(e.band);
        expect(shown[e.item]?.kind, `${e.item} kind`).toBe(e.placement === 'card' ? 'badge' : 'panel');
      }
      expect(hosts).toHaveLength(warned.length);
      // The warning is in a closed shadow root and names the band and the reasons.
      const probe = await OverlayProbe.attach(page);
      const first = hosts.find((host) => host.kind === 'panel');
      if (first) {
        expect(await probe.shadowMode(first.post)).toBe('closed');
        const text = await probe.text(first.post);
        expect(text).toMatch(/High risk|Caution/);
        expect(text).toContain('Main reasons');
        expect(text).toContain('In the post');
      }
      await probe.detach();
    } finally {
      await page.close();
    }
  });

  test('the extension made no network request of its own', () => {
    expect(extensionNetworkRequests(h)).toEqual([]);
  });
});
