import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { selectionToPost } from '../../extractors/registry';
import { overlayMessages } from '../../i18n/overlay-messages';
import { resolveUiLang, type UiLang } from '../../i18n/ui-lang';
import { verdictPageMessages } from '../../i18n/verdict-page-messages';
import { send } from '../../messaging/send';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import { getSettings } from '../../storage/settings-item';
import type { RuleTexts } from '../components/rule-texts';
import { COMPONENT_CSS } from '../components/styles';
import type { ThemeName } from '../components/theme';
import { copyText } from '../overlay/clipboard';
import { plainReport } from '../overlay/report-text';
import { WarningPanel, type ReportOutcome } from '../overlay/WarningPanel';

interface Checked {
  post: Post;
  verdict: Verdict;
}

type Phase = 'loading' | 'ready' | 'expired' | 'idle';

const PAGE_CSS = `
body{margin:0;background:var(--w-page-bg,#f4f5f7)}
@media (prefers-color-scheme:dark){body{background:#111416}}
.v-page{max-width:760px;margin:0 auto;padding:16px}
.v-title{font-size:20px;margin:0 0 8px}
.v-intro{margin:0 0 16px;color:var(--w-muted)}
.v-block{margin:16px 0 0;background:var(--w-surface);border:1px solid var(--w-border);border-radius:8px;padding:12px 14px}
.v-text{white-space:pre-wrap;margin:0;font:inherit;max-height:320px;overflow:auto}
.v-label{display:block;font-weight:700;margin:0 0 6px}
.v-textarea{display:block;width:100%;min-height:140px;font:inherit;padding:8px;border:1px solid var(--w-border);border-radius:6px;background:var(--w-surface);color:var(--w-text)}
.v-note{margin:8px 0 0;color:var(--w-muted)}
`;

function systemTheme(): ThemeName {
  try {
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

function checkKey(): string | undefined {
  const raw = location.hash.replace(/^#/, '');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** "Check with Waspada": the verdict for a selected text, and a box to paste another. */
export function VerdictPage({ texts }: { texts: RuleTexts }) {
  const [lang, setLang] = useState<UiLang>(resolveUiLang('auto', navigator.language));
  const [phase, setPhase] = useState<Phase>('loading');
  const [checked, setChecked] = useState<Checked | undefined>();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<'empty' | 'failed' | undefined>();
  const theme = systemTheme();
  const t = verdictPageMessages(lang);

  useEffect(() => {
    getSettings()
      .then((s) => setLang(resolveUiLang(s.uiLang, browser.i18n?.getUILanguage?.() ?? navigator.language)))
      .catch(() => undefined);
    const key = checkKey();
    if (!key) {
      setPhase('idle');
      return;
    }
    browser.storage.session
      .get(key)
      .then((stored) => {
        const value = stored?.[key] as Checked | undefined;
        if (value?.post && value.verdict) {
          setChecked({ post: value.post, verdict: value.verdict });
          setPhase('ready');
        } else setPhase('expired');
      })
      .catch(() => setPhase('expired'));
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
  }, [lang]);

  const check = async (event: Event) => {
    event.preventDefault();
    const post = selectionToPost(draft);
    if (!post) {
      setNote('empty');
      return;
    }
    try {
      const { verdicts } = await send({ type: 'screen', posts: [post] });
      setChecked({ post, verdict: verdicts[0]! });
      setPhase('ready');
      setNote(undefined);
    } catch {
      setNote('failed');
    }
  };

  const report = async (post: Post, verdict: Verdict): Promise<ReportOutcome> => {
    try {
      await send({ type: 'report/open', post, verdict });
      return 'opened';
    } catch {
      return (await copyText(plainReport(post, verdict, lang, texts, new Date()))) ? 'copied' : 'failed';
    }
  };

  return (
    <div class={`w-root w-theme-${theme}`} lang={lang}>
      <style>{COMPONENT_CSS + PAGE_CSS}</style>
      <main class="v-page">
        <h1 class="v-title">{t('pageTitle')}</h1>
        {phase === 'expired' && <p class="v-intro" role="status">{t('expired')}</p>}
        {phase === 'ready' && checked && (
          <>
            <WarningPanel
              post={checked.post}
              verdict={checked.verdict}
              lang={lang}
              texts={texts}
              theme={theme}
              onReport={() => report(checked.post, checked.verdict)}
              onNotScam={() => {
                send({ type: 'feedback/not-a-scam', post: checked.post, verdict: checked.verdict }).catch(() => undefined);
              }}
            />
            <section class="v-block" aria-label={t('checkedText')}>
              <p class="v-label">{t('checkedText')}</p>
              {checked.post.url && (
                <p class="v-note">
                  {t('from')}: {checked.post.url}
                </p>
              )}
              <pre class="v-text" data-testid="checked-text">{checked.post.text}</pre>
            </section>
          </>
        )}
        {phase !== 'loading' && (
          <form class="v-block" onSubmit={check}>
            {phase !== 'ready' && <p class="v-intro">{t('intro')}</p>}
            <label class="v-label" for="v-paste">{phase === 'ready' ? t('checkAnother') : t('pasteLabel')}</label>
            <textarea id="v-paste" class="v-textarea" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
            <div class="w-actions">
              <button type="submit" class="w-button w-primary">{t('check')}</button>
            </div>
            {note && <p class="v-note" role="alert">{t(note)}</p>}
          </form>
        )}
        <p class="w-disclaimer">{overlayMessages(lang)('disclaimer')}</p>
      </main>
    </div>
  );
}
