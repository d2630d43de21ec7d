import { describe, expect, it } from 'vitest';
import { PLATFORM_REPORTING, platformGuidance, REPORT_PLATFORMS } from '../../src/report/platform-reporting';

describe('platform reporting guidance', () => {
  it('covers each platform with steps in English and Indonesian, and no links', () => {
    expect(PLATFORM_REPORTING.map((g) => g.platform)).toEqual([...REPORT_PLATFORMS]);
    for (const g of PLATFORM_REPORTING) {
      expect(g.steps.en.length).toBeGreaterThan(1);
      expect(g.steps.id.length).toBe(g.steps.en.length);
      expect(JSON.stringify(g)).not.toMatch(/https?:\/\//);
    }
    expect(platformGuidance('linkedin')?.steps.en.join(' ')).toContain('Report this job');
  });

  it.each([
    ['LinkedIn', 'linkedin'],
    ['www.facebook.com', 'facebook'],
    ['twitter', 'x'],
    ['x.com', 'x'],
    ['web.telegram.org', 'telegram'],
    ['instagram', 'instagram'],
  ])('%s → %s', (name, platform) => {
    expect(platformGuidance(name)?.platform).toBe(platform);
  });

  it('returns undefined for platforms without guidance', () => {
    expect(platformGuidance('jobstreet')).toBeUndefined();
    expect(platformGuidance(undefined)).toBeUndefined();
  });
});
