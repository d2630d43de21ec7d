// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/extractors/html-to-text';
import { elementText, lineText, MAX_TEXT_LENGTH } from '../../src/extractors/text';

function html(markup: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  return document.getElementById('root')!;
}

describe('elementText', () => {
  test.each([
    ['paragraphs get a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['divs get a line break', '<div>One</div><div>Two</div>', 'One\nTwo'],
    ['<br> is a line break, two make a blank line', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['list items get a bullet', '<ul><li>one</li><li> two </li></ul>', '• one\n• two'],
    ['source whitespace collapses', '<p>  many \n\t spaces   here </p>', 'many spaces here'],
    ['inline elements join without breaks', '<span>Gaji</span> <b>1500</b><i>USD</i>', 'Gaji 1500USD'],
    ['<pre> keeps its line breaks', '<pre>a\n  b</pre>', 'a\nb'],
    ['headings are paragraphs', '<h2>About the job</h2>text', 'About the job\n\ntext'],
    ['table cells are separated', '<table><tr><td>a</td><td>b</td></tr></table>', 'a\nb'],
    ['emoji images keep their alt', 'Kerja di <img alt="🇰🇭" src="x.gif"> Kamboja', 'Kerja di 🇰🇭 Kamboja'],
    ['other images are not text', '<img alt="Company logo" src="x.gif">Hello', 'Hello'],
    ['non-breaking spaces are kept as written', 'a&nbsp;&nbsp;b', 'a\u00a0\u00a0b'],
  ])('%s', (_, markup, expected) => {
    expect(elementText(html(markup))).toBe(expected);
  });

  test.each([
    ['script', '<script>var x = "SECRET"</script>'],
    ['style', '<style>.a{content:"SECRET"}</style>'],
    ['noscript', '<noscript>SECRET</noscript>'],
    ['template', '<template><p>SECRET</p></template>'],
    ['hidden attribute', '<div hidden>SECRET</div>'],
    ['display:none', '<div style="color:red; display: none">SECRET</div>'],
    ['visibility:hidden', '<span style="visibility:hidden">SECRET</span>'],
    ['our own overlay hosts', '<waspada-badge data-waspada="badge"><p>SECRET</p></waspada-badge>'],
    ['form fields', '<textarea>SECRET</textarea><input value="SECRET">'],
    ['svg', '<svg><text>SECRET</text></svg>'],
  ])('skips %s', (_, markup) => {
    expect(elementText(html(`visible ${markup} text`))).toBe('visible text');
  });

  test('a page cannot hide its text by borrowing our attribute', () => {
    expect(elementText(html('visible <div data-waspada="badge">Kerja di Kamboja</div> text'))).toBe('visible\nKerja di Kamboja\ntext');
  });

  test('skip option removes elements below the root, not the root itself', () => {
    const root = html('<button>see more</button>Post text<span class="sr">dup</span>');
    expect(elementText(root, { skip: 'button, .sr' })).toBe('Post text');
    expect(elementText(root.querySelector('button'), { skip: 'button' })).toBe('see more');
  });

  test('an unparsable skip selector skips nothing instead of throwing', () => {
    expect(elementText(html('<b>a</b>'), { skip: ':::' })).toBe('a');
  });

  test('keeps zero-width characters: the engine normalises, evidence points into the original', () => {
    expect(elementText(html('Tele\u200Bgram'))).toBe('Tele\u200Bgram');
  });

  test('caps text at MAX_TEXT_LENGTH', () => {
    const root = html('');
    for (let i = 0; i < 30; i++) root.append(document.createTextNode('x'.repeat(5000)), document.createElement('br'));
    expect(elementText(root).length).toBe(MAX_TEXT_LENGTH);
  });

  test('deep nesting does not overflow the stack', () => {
    const root = html('');
    let current: HTMLElement = root;
    for (let i = 0; i < 3000; i++) {
      const span = document.createElement('span');
      current.append(span);
      current = span;
    }
    current.append('deep');
    expect(elementText(root)).toBe('deep');
  });

  test('null and empty nodes give empty text', () => {
    expect(elementText(null)).toBe('');
    expect(elementText(undefined)).toBe('');
    expect(elementText(html('<div> </div><p></p>'))).toBe('');
  });

  test('reads documents and fragments', () => {
    const fragment = document.createDocumentFragment();
    fragment.append(document.createElement('p'), 'tail');
    fragment.firstChild!.textContent = 'head';
    expect(elementText(fragment)).toBe('head\n\ntail');
  });
});

describe('lineText', () => {
  test('joins lines and drops bullets for one-line fields', () => {
    expect(lineText(html('<ul><li>Jakarta, Indonesia</li></ul><div>(Hybrid)</div>'))).toBe('Jakarta, Indonesia (Hybrid)');
  });
});

describe('htmlToText', () => {
  test('turns a JSON-LD description into text without running it', () => {
    (globalThis as Record<string, unknown>).__waspadaHtmlToText = undefined;
    const text = htmlToText(
      '<p>Gaji <b>1.500&nbsp;USD</b> &amp; visa</p><script>globalThis.__waspadaHtmlToText = 1</script><img src=x onerror="globalThis.__waspadaHtmlToText = 2"><ul><li>A</li></ul>',
    );
    expect(text).toBe('Gaji 1.500\u00a0USD & visa\n\n• A');
    expect((globalThis as Record<string, unknown>).__waspadaHtmlToText).toBeUndefined();
  });

  test('plain strings pass through trimmed', () => {
    expect(htmlToText('  just text ')).toBe('just text');
  });
});
