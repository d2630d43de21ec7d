// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { queryFirst, queryItemRoots } from '../../src/extractors/selector-table';

const table = [
  { name: 'site.field#new', selector: '[data-new]' },
  { name: 'site.field#broken', selector: 'div[[[' },
  { name: 'site.field#old', selector: '.old' },
];

describe('queryFirst', () => {
  test('returns the first alternative that matches, with its name', () => {
    document.body.innerHTML = '<p class="old">old</p><p data-new>new</p>';
    const match = queryFirst(document, table);
    expect(match?.name).toBe('site.field#new');
    expect(match?.element.textContent).toBe('new');
  });

  test('falls through an unparsable selector to the next alternative', () => {
    document.body.innerHTML = '<p class="old">old</p>';
    expect(queryFirst(document, table)?.name).toBe('site.field#old');
  });

  test('accept filters candidates across alternatives', () => {
    document.body.innerHTML = '<p data-new></p><p class="old">old</p>';
    expect(queryFirst(document, table, (element) => element.textContent !== '')?.name).toBe('site.field#old');
  });

  test('returns undefined when nothing matches', () => {
    document.body.innerHTML = '<p>none</p>';
    expect(queryFirst(document, table)).toBeUndefined();
  });
});

describe('queryItemRoots', () => {
  const roots = [
    { name: 'site.post#card', selector: '.card' },
    { name: 'site.post#urn', selector: '[data-urn]' },
  ];

  test('takes items from every alternative, in document order', () => {
    document.body.innerHTML = '<div data-urn="2">b</div><div class="card">a</div><div data-urn="3">c</div>';
    expect(queryItemRoots(document, roots).map((match) => [match.name, match.element.textContent])).toEqual([
      ['site.post#urn', 'b'],
      ['site.post#card', 'a'],
      ['site.post#urn', 'c'],
    ]);
  });

  test('an element around or inside an earlier pick is the same item', () => {
    document.body.innerHTML =
      '<div data-urn="1"><div class="card">wrapped</div></div><div class="card"><div data-urn="2">inner</div></div>';
    const found = queryItemRoots(document, roots);
    expect(found.map((match) => match.element.className)).toEqual(['card', 'card']);
  });

  test('nested matches of one alternative keep the outer one', () => {
    document.body.innerHTML = '<div class="card" id="outer"><div class="card" id="inner"></div></div>';
    expect(queryItemRoots(document, roots).map((match) => match.element.id)).toEqual(['outer']);
  });
});
