/**
 * HTML fragment → plain text, DOM-free so it runs in Node, workers and content scripts alike.
 * One left-to-right pass: every search resumes where the last one stopped (or remembers that
 * nothing is left to find), so the cost stays linear however broken the markup is.
 */

/** Named entities seen in job-ad exports (EMSCAD uses amp, nbsp, rsquo, bull, lt, gt, ndash …). */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  ndash: '\u2013',
  mdash: '\u2014',
  bull: '\u2022',
  middot: '\u00b7',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  times: '\u00d7',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
}));

/** Tags rendered as a paragraph break (blank line) or a line break; others (b, span, a …) vanish. */
const PARAGRAPH_TAGS = new Set([
  'p', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre', 'blockquote', 'section', 'article',
]);
const LINE_TAGS = new Set(['li', 'div', 'tr', 'dt', 'dd', 'header', 'footer', 'thead', 'tbody']);
const CELL_TAGS = new Set(['td', 'th']);
/** Their content is code, not text. */
const RAW_TEXT_CLOSERS: Readonly<Record<string, RegExp>> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
};

const LONGEST_ENTITY = 32;

/** Decodes entities, drops tags (block tags become line breaks), trims lines and squeezes blank runs. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return tidyLines(html);
  return tidyLines(renderMarkup(html));
}

function renderMarkup(html: string): string {
  const out: string[] = [];
  // Breaks wait until text follows, so "</li>\n  <li>" or "</p><p>" make one break, not a pile.
  let pendingBreaks = 0;
  const emit = (text: string): void => {
    if (text === '') return;
    if (pendingBreaks > 0) {
      if (text.trim() === '') return; // source indentation next to a block boundary
      out.push('\n'.repeat(pendingBreaks));
      pendingBreaks = 0;
    }
    out.push(text);
  };
  const n = html.length;
  let copiedTo = 0;
  // Memoised positions of the next '>' and '-->' (-1: none left), so no stretch is searched twice.
  let nextGt = -2;
  let nextCommentEnd = -2;
  const closerMissing = new Set<string>();

  for (let i = 0; i < n; i++) {
    const c = html.charCodeAt(i);
    if (c === 38 /* & */) {
      const decoded = decodeEntityAt(html, i);
      if (decoded) {
        emit(html.slice(copiedTo, i));
        emit(decoded.text);
        i = decoded.end - 1;
        copiedTo = decoded.end;
      }
      continue;
    }
    if (c !== 60 /* < */ || !startsTag(html, i)) continue;

    if (html.startsWith('<!--', i)) {
      if (nextCommentEnd !== -1 && nextCommentEnd < i + 4) nextCommentEnd = html.indexOf('-->', i + 4);
      if (nextCommentEnd === -1) continue; // never closed: leave it as text
      emit(html.slice(copiedTo, i));
      i = nextCommentEnd + 2;
      copiedTo = i + 1;
      continue;
    }
    if (nextGt !== -1 && nextGt < i) nextGt = html.indexOf('>', i);
    if (nextGt === -1) continue; // no '>' anywhere after: every remaining '<' is text
    const tagEnd = nextGt + 1;
    const { name, closing } = tagName(html, i);
    emit(html.slice(copiedTo, i));
    if (name === 'br') pendingBreaks++;
    else if (PARAGRAPH_TAGS.has(name)) pendingBreaks = Math.max(pendingBreaks, 2);
    else if (LINE_TAGS.has(name)) pendingBreaks = Math.max(pendingBreaks, 1);
    else if (CELL_TAGS.has(name)) emit(' ');
    copiedTo = tagEnd;
    i = tagEnd - 1;

    const closer = RAW_TEXT_CLOSERS[name];
    if (closer && !closing && html.charCodeAt(nextGt - 1) !== 47 /* self-closing / */ && !closerMissing.has(name)) {
      closer.lastIndex = tagEnd;
      const match = closer.exec(html);
      if (!match) {
        closerMissing.add(name); // later openers cannot find one either
        continue;
      }
      copiedTo = match.index + match[0].length;
      i = copiedTo - 1;
    }
  }
  emit(html.slice(copiedTo));
  return out.join('');
}

/** '<' starts a tag only before a letter, '/', '!' or '?', so "a < b" and "<3" stay text. */
function startsTag(html: string, i: number): boolean {
  const next = html.charCodeAt(i + 1);
  return isAsciiLetter(next) || next === 47 /* / */ || next === 33 /* ! */ || next === 63 /* ? */;
}

function tagName(html: string, lt: number): { name: string; closing: boolean } {
  let i = lt + 1;
  const closing = html.charCodeAt(i) === 47;
  if (closing) i++;
  const start = i;
  while (i < html.length && i - start < 16 && isAsciiLetterOrDigit(html.charCodeAt(i))) i++;
  return { name: html.slice(start, i).toLowerCase(), closing };
}

/** Decodes `&name;`, `&#39;` or `&#x27;` at `amp`; undefined leaves the '&' as text (e.g. "R&D"). */
function decodeEntityAt(html: string, amp: number): { text: string; end: number } | undefined {
  const limit = Math.min(html.length, amp + LONGEST_ENTITY);
  const hash = html.charCodeAt(amp + 1) === 35; /* # */
  const start = hash ? amp + 2 : amp + 1;
  let i = start;
  while (i < limit && isAsciiLetterOrDigit(html.charCodeAt(i))) i++;
  if (html.charCodeAt(i) !== 59 /* ; */) return undefined;
  const body = html.slice(start, i);
  const text = hash ? decodeNumeric(body) : (NAMED_ENTITIES.get(body) ?? NAMED_ENTITIES.get(body.toLowerCase()));
  return text === undefined ? undefined : { text, end: i + 1 };
}

function decodeNumeric(body: string): string | undefined {
  const hex = body.charCodeAt(0) === 120 || body.charCodeAt(0) === 88; /* x X */
  const digits = hex ? body.slice(1) : body;
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  // What browsers do with NUL, surrogates and out-of-range numbers.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Trims every line and keeps at most one blank line between paragraphs (exports pad with hundreds). */
function tidyLines(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text.trim(); // most cells: no split, no garbage
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blank = kept.length > 0;
      continue;
    }
    if (blank) kept.push('');
    blank = false;
    kept.push(line);
  }
  return kept.join('\n');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}
