import { charClass, LATIN, OTHER, runStart, UNSPACED, unspacedKeyEndingAt, unspacedKeyLengths } from '../money/back-words';
import { CONTACT_FILLERS, MESSENGER_CUE_WORDS, type MessengerCue } from './contact-cues';

const WINDOW = 40;
const MAX_WORD = 24;
const MAX_FILLERS = 2;
const UNSPACED_LENGTHS = unspacedKeyLengths(Object.keys(MESSENGER_CUE_WORDS));

/**
 * The messenger cues written just before `pos` on the same line, nearest first, as long as only
 * separators and at most two filler words stand between them: "WA/TG: @x" gives
 * ["telegram", "whatsapp"]; "WA kami: 0812…" gives ["whatsapp"]; "WA me or call 0812" (three fillers) gives [].
 * Reads backwards at most 40 characters and never before `floor`, without a RegExp.
 */
export function messengerCuesBefore(text: string, pos: number, floor: number): MessengerCue[] {
  const limit = Math.max(floor, pos - WINDOW);
  const cues: MessengerCue[] = [];
  let fillers = 0;
  let i = pos;
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    const cls = charClass(code);
    if (cls === OTHER) {
      if (code === 10 || (code >= 48 && code <= 57)) break; // a new line, another number
      if (code === 0xdcf1 && text.charCodeAt(i - 2) === 0xd83d) cues.push('whatsapp'); // 📱
      i--;
      continue;
    }
    let start = runStart(text, i, limit, cls, MAX_WORD);
    let cue: MessengerCue | undefined;
    if (cls === UNSPACED) {
      const hit = unspacedKeyEndingAt(MESSENGER_CUE_WORDS, UNSPACED_LENGTHS, text, start, i);
      if (hit === undefined) break;
      cue = hit.value;
    } else {
      const word = text.slice(start, i);
      cue = MESSENGER_CUE_WORDS[word];
      if (word === 'a' && text[start - 1] === '/' && text[start - 2] === 'w' && !isLatinAt(text, start - 3)) {
        cue = 'whatsapp'; // "w/a"
        start -= 2;
      } else if (word === 'app' && text.slice(start - 6, start) === 'whats ') {
        cue = 'whatsapp'; // "whats app"
        start -= 6;
      }
      if (cue === undefined) {
        if (!CONTACT_FILLERS.has(word) || ++fillers > MAX_FILLERS) break;
        i = start;
        continue;
      }
    }
    cues.push(cue);
    i = start;
  }
  return cues;
}

function isLatinAt(text: string, at: number): boolean {
  return at >= 0 && charClass(text.charCodeAt(at)) === LATIN;
}

/** True when `gap` holds nothing but separators and at most two of the given filler words. */
export function onlyFillers(gap: string, fillers: ReadonlySet<string>): boolean {
  const words = gap.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.length <= MAX_FILLERS && words.every((w) => fillers.has(w));
}
