import type { ReportT } from '../../i18n/report-messages';
import type { Screenshot } from '../../storage/report-drafts';

export interface ScreenshotPanelProps {
  readonly t: ReportT;
  readonly screenshot?: Screenshot;
  /** Whether the post's tab is known, so "capture" and "go to the post" can be offered. */
  readonly hasSource: boolean;
  readonly busy: boolean;
  /** A message after an attempt (error or success), announced to screen readers. */
  readonly message?: { readonly kind: 'error' | 'ok'; readonly text: string };
  readonly onCapture: () => void;
  readonly onGoToPost: () => void;
  readonly onAttach: (file: File) => void;
  readonly onRemove: () => void;
}

/** The optional screenshot: captured only on the user's click, or attached from a file. */
export function ScreenshotPanel({ t, screenshot, hasSource, busy, message, onCapture, onGoToPost, onAttach, onRemove }: ScreenshotPanelProps) {
  return (
    <section aria-labelledby="shot-heading" class="screenshot">
      <h3 id="shot-heading">{t('shotHeading')}</h3>
      <p class="muted small">{t('shotIntro')}</p>
      {screenshot ? (
        <>
          <img class="shot" src={screenshot.dataUrl} alt={t('shotAlt')} />
          <p>
            <button type="button" onClick={onRemove}>
              {t('shotRemove')}
            </button>
          </p>
        </>
      ) : (
        <>
          <div class="actions">
            {hasSource && (
              <button type="button" onClick={onCapture} disabled={busy} aria-busy={busy}>
                {busy ? t('shotCapturing') : t('shotCapture')}
              </button>
            )}
            <label class="button file-button">
              {t('shotAttach')}
              <input
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                class="visually-hidden"
                onChange={(e) => {
                  const input = e.currentTarget as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) onAttach(file);
                  input.value = '';
                }}
              />
            </label>
          </div>
          {hasSource && (
            <p class="muted small">
              {t('shotCaptureHelp')}{' '}
              <button type="button" class="link-button" onClick={onGoToPost}>
                {t('shotGoToPost')}
              </button>
            </p>
          )}
        </>
      )}
      <p role="status" class={message?.kind === 'error' ? 'warn' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
