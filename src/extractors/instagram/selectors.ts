import type { SelectorTable } from '../selector-table';

/*
 * Instagram (notes §2.8, low confidence: every class is hashed and rotates). The caption is the
 * owner's own text row: an h1[dir=auto] on permalinks and in newer feed items, else the first row
 * of the comment list. Fixture: tests/fixtures/instagram/.
 */

export const post = [
  { name: 'instagram.post#article-2025', selector: 'article' }, // feed items are <article>s added on scroll (excerpts)
] as const satisfies SelectorTable;

export const caption = [
  { name: 'instagram.caption#h1-dir-auto-2025', selector: 'h1[dir="auto"]' }, // excerpts, undated
  { name: 'instagram.caption#first-row-span-2025', selector: 'ul > li:first-child span[dir="auto"]' }, // "first li on feed" (notes §2.8)
] as const satisfies SelectorTable;

export const author = [
  { name: 'instagram.author#header-link-2025', selector: 'header a[href^="/"]' }, // profile link in the post header, constructed 2026-11
] as const satisfies SelectorTable;

export const instagramSelectors = { post, caption, author };
