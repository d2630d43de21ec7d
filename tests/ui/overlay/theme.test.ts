// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { contrastRatio, detectTheme, PALETTES, parseCssColor, textPairs } from '../../../src/ui/components/theme';

describe('readable contrast (WCAG AA, 4.5:1) for every text the UI draws', () => {
  for (const [name, palette] of Object.entries(PALETTES)) {
    test.each(textPairs(palette))(`${name}: %s`, (_label, fg, bg) => {
      expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }
  test('contrast ratio sanity', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('theme from the page behind the warning', () => {
  test('a dark page (LinkedIn dark mode) gets the dark theme, a light one the light theme', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(27, 31, 35)"><p id="in-dark">x</p></div><div id="light" style="background-color: #ffffff"><p id="in-light">y</p></div>';
    expect(detectTheme(document.getElementById('in-dark'))).toBe('dark');
    expect(detectTheme(document.getElementById('in-light'))).toBe('light');
  });

  test('transparent backgrounds are passed through', () => {
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(parseCssColor('rgb(29 34 38 / 100%)')).toEqual([29, 34, 38]);
    expect(parseCssColor('rgba(10, 20, 30, 0.9)')).toEqual([10, 20, 30]);
  });
});
