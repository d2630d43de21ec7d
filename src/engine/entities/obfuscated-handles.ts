import type { PostField } from '../../model/post';
import type { Entity } from '../../model/verdict';
import { toOriginalSpan, type TextView } from '../normalise/text-view';

// "T3legram: @hr_kh88", "T e l e g r a m @x", "TG → @x": the cue is only readable in the full view
// (leetspeak and split letters undone), while the handle itself must come from the original text.
const CUED_HANDLE = /(?<![\p{L}\p{N}])(?:telegram|tele|tg)(?![\p{L}\p{N}])[^\p{L}\p{N}@\n]{0,4}@[\p{L}\p{N}_]{3,32}/gu;
const MAX_HANDLES = 20;

/** Telegram handles after a cue that only the full (de-obfuscated) view reveals. */
export function obfuscatedTelegramHandles(full: TextView, field: PostField): Entity[] {
  const out: Entity[] = [];
  CUED_HANDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_HANDLES && (m = CUED_HANDLE.exec(full.text)) !== null) {
    const at = m.index + m[0].lastIndexOf('@');
    const { start, end } = toOriginalSpan(full, at, m.index + m[0].length);
    const quote = full.original.slice(start, end);
    const value = quote.replace(/^@/, '').toLowerCase();
    if (/^[\p{L}\p{N}_]{3,32}$/u.test(value)) out.push({ type: 'telegram', value, evidence: { field, start, end, quote } });
  }
  return out;
}
