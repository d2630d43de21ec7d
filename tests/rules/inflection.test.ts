import { expect, test } from 'vitest';
import { englishInflector } from '../../src/rules/english-inflector';
import { PhraseIndexBuilder } from '../../src/rules/phrase-index';
import { scanPhrases } from '../../src/engine/match/scan-phrases';
import { tokenize } from '../../src/engine/match/tokenize';

test('English verbs are conjugated and nouns pluralised', () => {
  const forms = englishInflector('pay a registration fee');
  expect(forms).toEqual(expect.arrayContaining(['pay a registration fee', 'paid a registration fee', 'paying a registration fee', 'pays a registration fee']));
  expect(englishInflector('receive packages')).toEqual(expect.arrayContaining(['received packages', 'receiving packages', 'receive package']));
});

test('an inflected phrase list matches the forms the rule did not spell out', () => {
  const b = new PhraseIndexBuilder(englishInflector);
  const slot = b.addList(['send your passport'], true);
  const plain = b.addList(['send your passport']);
  const text = 'we already sent your passport to the agent';
  const hits = scanPhrases(b.build(), text, tokenize(text));
  expect(hits.get(slot)?.length).toBe(1);
  expect(hits.get(plain)).toBeUndefined();
});
