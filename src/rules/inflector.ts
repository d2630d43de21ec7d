/** Gives the inflected forms of an English phrase ("pay a fee" → "paid a fee", "paying a fee", …). */
export type Inflector = (phrase: string) => readonly string[];

/** No inflection: the phrase as written. */
export const NO_INFLECTION: Inflector = (phrase) => [phrase];

/** An inflector from a precomputed table (built at build time, so compromise never ships). */
export function tableInflector(table: Readonly<Record<string, readonly string[]>>): Inflector {
  return (phrase) => table[phrase] ?? [phrase];
}
