// compromise conjugates verbs and pluralises nouns in English rule phrases, once, when rules are
// compiled (CLI, tests, build). It never runs while screening a post: a full nlp() pass costs ~15 ms
// per ad and ~350 KB of bundle, against a budget of 0.2 ms; here it costs nothing per post.
import nlp from 'compromise';
import type { Inflector } from './inflector';

const VERB_FORMS = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund'] as const;
const cache = new Map<string, readonly string[]>();

/** Each verb of the phrase swapped for each of its forms ("send your passport" → "sent your passport"). */
function verbVariants(phrase: string): string[] {
  const doc = nlp(phrase);
  const verbs = doc.verbs().json() as { text: string }[];
  const conjugations = doc.verbs().conjugate() as Record<string, string>[];
  let out = [phrase];
  verbs.forEach((verb, i) => {
    const word = verb.text.trim();
    const forms = VERB_FORMS.map((f) => conjugations[i]?.[f]).filter((f): f is string => typeof f === 'string' && !f.includes(' '));
    if (!word || word.includes(' ')) return;
    const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    out = out.flatMap((p) => [p, ...forms.map((f) => p.replace(pattern, f))]);
  });
  return out;
}

function variants(phrase: string): string[] {
  const out = new Set(verbVariants(phrase));
  for (const v of [...out]) {
    const plural = nlp(v);
    plural.nouns().toPlural();
    out.add(plural.text());
    const singular = nlp(v);
    singular.nouns().toSingular();
    out.add(singular.text());
  }
  return [...out].map((s) => s.toLowerCase().trim()).filter(Boolean);
}

export const englishInflector: Inflector = (phrase) => {
  let forms = cache.get(phrase);
  if (!forms) {
    forms = [...new Set(variants(phrase))];
    cache.set(phrase, forms);
  }
  return forms;
};
