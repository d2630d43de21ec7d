import type { Post } from '../../model/post';
import type { Evidence } from '../../model/verdict';
import type { OverlayTranslator } from '../../i18n/overlay-messages';
import { evidenceSnippet } from './present-verdict';

/** One quote from the post, the matched words marked, a little context around them. Text nodes only. */
export function EvidenceQuote({ post, evidence, t }: { post: Post | undefined; evidence: Evidence; t: OverlayTranslator }) {
  const snippet = evidenceSnippet(post, evidence);
  const where = snippet.field === 'text' ? t('inThePost') : `${t('inThePost')} (${t(`field.${snippet.field}`)})`;
  return (
    <blockquote class="w-quote" data-field={snippet.field}>
      <span class="w-quote-label">{where}: </span>
      {'“'}
      {snippet.before}
      <mark>{snippet.quote}</mark>
      {snippet.after}
      {'”'}
    </blockquote>
  );
}
