// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { extractLinkedInFeedPosts } from '../../src/extractors/linkedin/feed-posts';
import { itemScope } from '../../src/platform/item-scope';
import { FIXTURES } from '../extractors/fixtures';
import { loadFixture } from '../extractors/fixture-page';

test('a scope is the element and its descendants; selectors still see the real tree', () => {
  document.body.innerHTML = '<div role="feed"><div id="a" class="post"><p class="t">A</p></div><div id="b" class="post"><p class="t">B</p></div></div>';
  const scope = itemScope(document.getElementById('a')!);
  expect(Array.from(scope.querySelectorAll('.post')).map((e) => e.id)).toEqual(['a']);
  expect(scope.querySelectorAll('.t')).toHaveLength(1);
  // A combinator reaching above the element still matches it.
  expect(scope.querySelector('[role="feed"] > div')?.id).toBe('a');
  expect(scope.querySelector('.nothing')).toBeNull();
  // Like the DOM, an invalid selector throws (the extractors' safe query helpers catch it).
  expect(() => scope.querySelectorAll(':::bad')).toThrow();
});

test('extracting one feed post through its scope gives the same post as the whole page', () => {
  const page = loadFixture(FIXTURES['linkedin/feed-classic--2026-11.html']!);
  const whole = extractLinkedInFeedPosts(document, page.url);
  for (const item of whole) {
    const [one] = extractLinkedInFeedPosts(itemScope(item.element), page.url);
    expect(one?.post).toEqual(item.post);
  }
});
