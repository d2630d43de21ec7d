import type { SelectorTable } from '../selector-table';

/*
 * X / Twitter (notes §2.6): data-testid hooks, from insin/control-panel-for-twitter v4.24.0
 * (2026-08-17). Fixture: tests/fixtures/x/.
 */

export const tweet = [
  { name: 'x.tweet#testid-2026', selector: 'article[data-testid="tweet"]' }, // control-panel-for-twitter 2026-08
  { name: 'x.tweet#cell-article-2026', selector: '[data-testid="cellInnerDiv"] article' }, // timeline cell, if the tweet testid goes; control-panel-for-twitter 2026-08
] as const satisfies SelectorTable;

export const tweetText = [
  { name: 'x.tweetText#testid-2026', selector: '[data-testid="tweetText"]' }, // control-panel-for-twitter 2026-08
  { name: 'x.tweetText#lang-div-2026', selector: 'div[lang]' }, // the text block carries the tweet's language; constructed 2026-11
] as const satisfies SelectorTable;

export const tweetAuthor = [
  { name: 'x.tweetAuthor#user-name-2026', selector: '[data-testid="User-Name"]' }, // widely used; constructed fixture 2026-11
] as const satisfies SelectorTable;

export const xSelectors = { tweet, tweetText, tweetAuthor };
