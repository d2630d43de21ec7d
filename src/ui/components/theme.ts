/*
 * Colours for the warning UI in light pages and dark pages (LinkedIn's dark mode, X's "Lights out",
 * Telegram's night theme). Every text/background pair is checked for WCAG AA contrast (4.5:1) in
 * tests/ui/overlay/theme.test.ts. The UI renders in a shadow root with all page styles reset, so it
 * cannot inherit the page's colours: the theme is chosen from the page's actual background.
 */

export type ThemeName = 'light' | 'dark';

export interface Palette {
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly highBg: string;
  readonly highText: string;
  readonly highAccent: string;
  readonly mediumBg: string;
  readonly mediumText: string;
  readonly mediumAccent: string;
  readonly lowBg: string;
  readonly lowText: string;
  readonly lowAccent: string;
  readonly quoteBg: string;
  readonly mark: string;
  readonly markText: string;
  readonly buttonBg: string;
  readonly buttonText: string;
  readonly primaryBg: string;
  readonly primaryText: string;
  readonly focus: string;
  readonly link: string;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    surface: '#ffffff',
    text: '#1b1f23',
    muted: '#4f5963',
    border: '#c9ced4',
    highBg: '#fdecea',
    highText: '#8c1d18',
    highAccent: '#b3261e',
    mediumBg: '#fff4e0',
    mediumText: '#6b3f00',
    mediumAccent: '#b26a00',
    lowBg: '#e8f3ec',
    lowText: '#1d5631',
    lowAccent: '#2e7d4f',
    quoteBg: '#f3f4f6',
    mark: '#ffe08a',
    markText: '#1b1f23',
    buttonBg: '#f3f4f6',
    buttonText: '#1b1f23',
    primaryBg: '#8c1d18',
    primaryText: '#ffffff',
    focus: '#0a58ca',
    link: '#0a4fa8',
  },
  dark: {
    surface: '#1d2226',
    text: '#eef1f3',
    muted: '#b9c1c8',
    border: '#4a535b',
    highBg: '#3d1614',
    highText: '#ffc4bd',
    highAccent: '#ff8a7e',
    mediumBg: '#3a2a08',
    mediumText: '#ffd88f',
    mediumAccent: '#f5b342',
    lowBg: '#12301e',
    lowText: '#a8e6bd',
    lowAccent: '#5cc486',
    quoteBg: '#2a3136',
    mark: '#6b5310',
    markText: '#fff6d6',
    buttonBg: '#2f373d',
    buttonText: '#eef1f3',
    primaryBg: '#ffb4ab',
    primaryText: '#3d0a06',
    focus: '#8ab4ff',
    link: '#9cc3ff',
  },
};

/** Relative luminance of #rrggbb (WCAG 2.x). */
export function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text/background pairs the UI actually draws, for the contrast test. */
export function textPairs(p: Palette): [string, string, string][] {
  return [
    ['text on surface', p.text, p.surface],
    ['muted on surface', p.muted, p.surface],
    ['high text on high background', p.highText, p.highBg],
    ['medium text on medium background', p.mediumText, p.mediumBg],
    ['low text on low background', p.lowText, p.lowBg],
    ['text on quote', p.text, p.quoteBg],
    ['marked quote', p.markText, p.mark],
    ['button', p.buttonText, p.buttonBg],
    ['primary button', p.primaryText, p.primaryBg],
    ['link on surface', p.link, p.surface],
    ['text on high background', p.text, p.highBg],
    ['text on medium background', p.text, p.mediumBg],
  ];
}

/** CSS custom properties for a palette, for the :host rule of a shadow root or a page's :root. */
export function paletteCss(p: Palette): string {
  return Object.entries(p)
    .map(([key, value]) => `--w-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value};`)
    .join('');
}

const RGB = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/;

/** Parses a computed colour; undefined for transparent or unknown forms. */
export function parseCssColor(value: string): [number, number, number] | undefined {
  const match = RGB.exec(value);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  if (alpha < 0.5) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Light or dark from the first opaque background behind `element` (it, its ancestors, then the
 * body and the root), else the system preference.
 */
export function detectTheme(element: Element | null | undefined, view: Window | null | undefined = globalThis.window): ThemeName {
  if (!view?.getComputedStyle) return 'light';
  const doc = element?.ownerDocument ?? view.document;
  const chain: Element[] = [];
  for (let node: Element | null | undefined = element, depth = 0; node && depth < 25; node = node.parentElement, depth++) chain.push(node);
  if (doc?.body) chain.push(doc.body);
  if (doc?.documentElement) chain.push(doc.documentElement);
  for (const node of chain) {
    let rgb: [number, number, number] | undefined;
    try {
      rgb = parseCssColor(view.getComputedStyle(node).backgroundColor);
    } catch {
      rgb = undefined;
    }
    if (rgb) {
      const hex = `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
      return luminance(hex) < 0.2 ? 'dark' : 'light';
    }
  }
  try {
    return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
