import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLang } from '../../i18n/ui-lang';
import type { TriageT } from '../../i18n/triage-messages';
import type { HotlineDirectory } from '../../hotlines/hotline-schema';
import type { RulePack } from '../../rules/compiled-rule';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import type { ExportedFile } from '../../triage/case-file/export';

/** What every bench component may read: the translator, the rule pack (metadata only) and the page's side effects. */
export interface BenchEnv {
  t: TriageT;
  lang: UiLang;
  pack: RulePack;
  hotlines: HotlineDirectory;
  /** The reviewer's country for reports, when known (settings or browser locale). */
  country: string | null;
  /** Saves a file (a download in the page, a spy in tests). */
  save: (file: ExportedFile) => void;
  copy: (text: string) => Promise<void>;
  /** Opens the extension's report page for one ad (the report flow's own 'report/open'), when available. */
  openReportPage?: (post: Post, verdict: Verdict) => Promise<void>;
}

export const EnvContext = createContext<BenchEnv | null>(null);

export function useEnv(): BenchEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('EnvContext is missing');
  return env;
}
