// compromise conjugates verbs and pluralises nouns in English rule phrases, once, when rules are
// compiled (CLI, tests, build). It never runs while screening a post: a full nlp() pass costs ~15 ms
// per ad and ~350 KB of bundle, against a budget of 0.2 ms; here it costs nothing per post.
// The compromise instance is passed in, so Node can load it lazily (see cached-inflector.ts).
import type compromise from 'compromise';

export type Nlp = typeof compromise;

const VERB_FORMS = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund'] as const;

/** Phrase, its nouns made plural, its nouns made singular: three parses in all. */
function nounForms(nlp: Nlp, phrase: string): string[] {
  const plural = nlp(phrase);
  plural.nouns().toPlural();
  const singular = nlp(phrase);
  singular.nouns().toSingular();
  return [phrase, plural.text(), singular.text()];
}

/** The phrase's verbs and their forms, from one parse ("send" → sent, sends, sending). */
function verbForms(nlp: Nlp, phrase: string): Array<{ word: RegExp; forms: string[] }> {
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

/** The inflected forms of an English phrase, the phrase itself first. */
export function inflectWith(nlp: Nlp, phrase: string): string[] {
  let out = nounForms(nlp, phrase);
  for (const { word, forms } of verbForms(nlp, phrase)) out = out.flatMap((p) => [p, ...forms.map((f) => p.replace(word, f))]);
  return [...new Set(out.map((s) => s.toLowerCase().trim()).filter(Boolean))];
}

