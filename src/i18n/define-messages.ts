import type { UiLang } from './ui-lang';

type Params = Readonly<Record<string, string | number>>;

/** A message table per feature: the Indonesian table must have exactly the English keys (the compiler checks). */
export function defineMessages<const T extends Record<string, string>>(tables: { en: T; id: { [K in keyof T]: string } }) {
  return (lang: UiLang) => {
    const table = tables[lang] as Record<keyof T, string>;
    /** The message for `key`, with `{name}` placeholders filled from `params`. */
    return (key: keyof T, params?: Params): string =>
      params ? table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : table[key];
  };
}

export type Translator<T extends Record<string, string>> = (key: keyof T, params?: Params) => string;
