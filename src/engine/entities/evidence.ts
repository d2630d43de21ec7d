import type { PostField } from '../../model/post';
import type { Evidence } from '../../model/verdict';
import { toOriginalSpan, type TextView } from '../normalise/text-view';

/** Evidence for the normalised span [from, to): the matching slice of the original text. */
export function evidenceOf(view: TextView, field: PostField, from: number, to: number): Evidence {
  const { start, end } = toOriginalSpan(view, from, to);
  return { field, start, end, quote: view.original.slice(start, end) };
}
