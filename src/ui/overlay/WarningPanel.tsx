import { useId, useRef, useState } from 'preact/hooks';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import type { UiLang } from '../../i18n/ui-lang';
import { overlayMessages } from '../../i18n/overlay-messages';
import { FlagDetails } from '../components/FlagDetails';
import { ReasonList } from '../components/ReasonList';
import { SafetyGuidance } from '../components/SafetyGuidance';
import { VerdictHeader } from '../components/VerdictHeader';
import { reasonQuotes, topReasons } from '../components/present-verdict';
import type { RuleTexts } from '../components/rule-texts';
import type { ThemeName } from '../components/theme';

/** What happened when the user asked to report: the report page opened, a text was copied, or neither. */
export type ReportOutcome = 'opened' | 'copied' | 'failed';

export interface WarningPanelProps {
  post: Post;
  verdict: Verdict;
  lang: UiLang;
  texts: RuleTexts;
  theme: ThemeName;
  onReport(): Promise<ReportOutcome>;
  onNotScam(): void;
  /** Absent on the verdict page, which the user closes like any tab. */
  onDismiss?(): void;
}

const STATUS = { opened: 'status.reportOpened', copied: 'status.reportCopied', failed: 'status.reportFailed' } as const;

/**
 * The warning on a post: band, headline, top reasons with quotes, "Why?" for every flag, safety
 * advice when the risk is high, and the user's choices. It receives a Verdict and reports intents;
 * it never scores and never stores anything.
 */
export function WarningPanel({ post, verdict, lang, texts, theme, onReport, onNotScam, onDismiss }: WarningPanelProps) {
  const t = overlayMessages(lang);
  const [whyOpen, setWhyOpen] = useState(false);
  const [status, setStatus] = useState<ReportOutcome | undefined>();
  const [busy, setBusy] = useState(false);
  const whyButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const headingId = `${id}-h`;
  const detailsId = `${id}-why`;
  const safetyId = `${id}-safety`;
  const reasons = topReasons(verdict);

  const closeWhy = () => {
    setWhyOpen(false);
    whyButton.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && whyOpen) {
      event.preventDefault();
      event.stopPropagation();
      closeWhy();
    }
  };
  const report = async () => {
    if (busy) return;
    setBusy(true);
    try {
      setStatus(await onReport());
    } catch {
      setStatus('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      class={`w-root w-theme-${theme} w-panel w-band-${verdict.band}`}
      aria-labelledby={headingId}
      lang={lang}
      data-band={verdict.band}
      onKeyDown={onKeyDown}
    >
      <VerdictHeader verdict={verdict} t={t} headingId={headingId} />
      {reasons.length > 0 && (
        <>
          <p class="w-sub">{t('reasonsTitle')}</p>
          <ReasonList post={post} flags={reasons} lang={lang} texts={texts} t={t} chosen={reasonQuotes(reasons)} />
        </>
      )}
      {verdict.flags.length > 0 && (
      <div class="w-actions">
        <button
          type="button"
          ref={whyButton}
          class="w-button w-link-button"
          aria-expanded={whyOpen ? 'true' : 'false'}
          aria-controls={detailsId}
          data-action="why"
          onClick={() => (whyOpen ? closeWhy() : setWhyOpen(true))}
        >
          {whyOpen ? t('whyHide') : t('whyShow')}
        </button>
      </div>
      )}
      <div class="w-details" id={detailsId} hidden={!whyOpen}>
        {whyOpen && <FlagDetails post={post} verdict={verdict} lang={lang} texts={texts} t={t} />}
      </div>
      {verdict.band === 'high' && <SafetyGuidance t={t} headingId={safetyId} />}
      <div class="w-actions">
        <button type="button" class="w-button w-primary" data-action="report" title={t('reportHint')} aria-busy={busy ? 'true' : 'false'} onClick={report}>
          {t('report')}
        </button>
        <button type="button" class="w-button" data-action="not-a-scam" title={t('notScamHint')} onClick={() => onNotScam()}>
          {t('notScam')}
        </button>
        {onDismiss && (
          <button type="button" class="w-button" data-action="dismiss" title={t('dismissHint')} aria-label={`${t('dismiss')}: ${t('dismissHint')}`} onClick={() => onDismiss()}>
            {t('dismiss')}
          </button>
        )}
      </div>
      <p class="w-status" role="status" aria-live="polite">{status ? t(STATUS[status]) : ''}</p>
      <p class="w-disclaimer">{t('disclaimer')}</p>
    </section>
  );
}
