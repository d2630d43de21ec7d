import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { UiLang } from '../../i18n/ui-lang';

export interface PageHeaderProps {
  readonly title: string;
  readonly lang: UiLang;
  /** Switches the interface language (stored in settings). */
  readonly onLang: (lang: UiLang) => void;
  readonly children?: ComponentChildren;
}

/** Title, the EN/ID switch, and the document's title and language kept in step. */
export function PageHeader({ title, lang, onLang, children }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} — Waspada`;
    document.documentElement.lang = lang;
  }, [title, lang]);
  const other: UiLang = lang === 'en' ? 'id' : 'en';
  return (
    <header class="page-header">
      <p class="brand" aria-hidden="true">
        Waspada
      </p>
      <button type="button" class="lang-switch" lang={other} onClick={() => onLang(other)}>
        {other === 'id' ? 'Bahasa Indonesia' : 'English'}
      </button>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
