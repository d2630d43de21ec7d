// The English inflector for build time (the Vite plugin): compromise as an ES module.
import nlp from 'compromise';
import { inflectWith } from './inflect-english.ts';
import type { Inflector } from './inflector';

const cache = new Map<string, readonly string[]>();

export const englishInflector: Inflector = (phrase) => {
  let forms = cache.get(phrase);
  if (!forms) {
    forms = inflectWith(nlp, phrase);
    cache.set(phrase, forms);
  }
  return forms;
};
