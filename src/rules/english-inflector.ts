// compromise conjugates verbs and pluralises nouns in English rule phrases, once, when rules are
// compiled (CLI, tests, build). It never runs while screening a post: a full nlp() pass costs ~15 ms
// per ad and ~350 KB of bundle, against a budget of 0.2 ms; here it costs nothing per post.
import nlp from 'compromise';
import type { Inflector } from './inflector';

const VERB_FORMS = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund'] as const;
const cache = new Map<string, readonly string[]>();

/** Phrase, its nouns made plural, its nouns made singular: three parses in all. */
function nounForms(phrase: string): string[] {
  const plural = nlp(phrase);
  plural.nouns().toPlural();
  const singular = nlp(phrase);
  singular.nouns().toSingular();
  return [phrase, plural.text(), singular.text()];
}

/** The phrase's verbs and their forms, from one parse ("send" → sent, sends, sending). */
function verbForms(phrase: string): Array<{ word: RegExp; forms: string[] }> {
  const doc = nlp(phrase);
  const verbs = doc.verbs().json() as { text: string }[];
  const conjugations = doc.verbs().conjugate() as Record<string, string>[];
  return verbs.flatMap((verb, i) => {
    const word = verb.text.trim();
    if (!word || word.includes(' ')) return [];
    const forms = VERB_FORMS.map((f) => conjugations[i]?.[f]).filter((f): f is string => typeof f === 'string' && !f.includes(' '));
    return [{ word: new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), forms }];
  });
}

function variants(phrase: string): string[] {
  let out = nounForms(phrase);
  for (const { word, forms } of verbForms(phrase)) out = out.flatMap((p) => [p, ...forms.map((f) => p.replace(word, f))]);
  return [...new Set(out.map((s) => s.toLowerCase().trim()).filter(Boolean))];
}

export const englishInflector: Inflector = (phrase) => {
  let forms = cache.get(phrase);
  if (!forms) {
    forms = variants(phrase);
    cache.set(phrase, forms);
  }
  return forms;
};
