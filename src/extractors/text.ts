/**
 * DOM → plain text that keeps the reading structure: blocks and <br> become line breaks, list items
 * get a bullet. Reads textContent/nodeValue only: no innerText (it forces layout) and no innerHTML
 * (it would carry markup into the Post).
 */

/** No post is longer than this; anything beyond is cut so a hostile page cannot stall scoring. */
export const MAX_TEXT_LENGTH = 100_000;

export interface TextOptions {
  /** Extra elements to leave out, e.g. a site's "see more" buttons or screen-reader duplicates. */
  skip?: string;
}

const NOT_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'audio', 'video', 'input', 'textarea', 'select', 'head', 'title', 'meta', 'link',
]);

/** Blocks that start a new paragraph (blank line). */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure',
]);

/** Blocks that start a new line. */
const LINE = new Set([
  'address', 'article', 'aside', 'dd', 'details', 'dialog', 'div', 'dt', 'fieldset', 'figcaption',
  'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'section', 'summary', 'tr',
  'td', 'th', 'caption', 'body', 'html',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Emoji drawn as <img alt="🇰🇭"> (LinkedIn, Facebook, Telegram); ordinary alt text is not post text. */
const EMOJI_ALT = /^[^\p{L}\p{N}]{1,16}$/u;
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Our own overlay hosts (their text sits in a closed shadow root, which textContent never enters;
 * skipping the host is belt and braces). Only our custom element names count: a page cannot hide its
 * text from the screen by adding a `data-waspada` attribute to an ordinary element.
 */
function isOurHost(element: Element): boolean {
  return (element.localName === 'waspada-warning' || element.localName === 'waspada-badge') && element.hasAttribute('data-waspada');
}

function isSkipped(element: Element, skip: string | undefined): boolean {
  if (NOT_TEXT.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || isOurHost(element)) return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (skip) {
    try {
      if (element.matches(skip)) return true;
    } catch {
      // A selector this engine cannot parse skips nothing.
    }
  }
  return false;
}

/** Collects text and the line breaks between blocks, emitting a break only before real text. */
class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreaks = 0;
  private pendingPrefix = '';

  get full(): boolean {
    return this.length >= MAX_TEXT_LENGTH;
  }

  text(value: string): void {
    if (!value || (value === ' ' && this.pendingBreaks > 0)) return;
    if (this.length > 0 && this.pendingBreaks > 0) this.push(this.pendingBreaks > 1 ? '\n\n' : '\n');
    this.pendingBreaks = 0;
    if (this.pendingPrefix && value.trim()) {
      this.push(this.pendingPrefix);
      this.pendingPrefix = '';
    }
    this.push(value);
  }

  lineBreak(count: 1 | 2): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** <br>: each one adds a line, up to one blank line. */
  hardBreak(): void {
    this.pendingBreaks = Math.min(this.pendingBreaks + 1, 2);
  }

  prefixNextText(prefix: string): void {
    this.pendingPrefix = prefix;
  }

  result(): string {
    return this.parts
      .join('')
      .slice(0, MAX_TEXT_LENGTH)
      .replace(/ {2,}/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private push(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }
}

type Step = { node: Node; pre: boolean; root?: true } | { close: 1 | 2 };

/** The readable text of a node; '' for null. Iterative, so deeply nested markup cannot overflow the stack. */
export function elementText(node: Node | null | undefined, options: TextOptions = {}): string {
  if (!node) return '';
  const sink = new TextSink();
  // `skip` applies below the root: asking for a <button>'s own text still reads it.
  const stack: Step[] = [{ node, pre: false, root: true }];
  while (stack.length > 0 && !sink.full) {
    const step = stack.pop()!;
    if ('close' in step) {
      sink.lineBreak(step.close);
      continue;
    }
    const current = step.node;
    if (current.nodeType === 3 /* TEXT_NODE */) {
      const value = current.nodeValue ?? '';
      sink.text(step.pre ? value : value.replace(HTML_SPACE, ' '));
      continue;
    }
    let pre = step.pre;
    if (current.nodeType === 1 /* ELEMENT_NODE */) {
      const element = current as Element;
      if (isSkipped(element, step.root ? undefined : options.skip)) continue;
      const tag = element.localName;
      if (tag === 'br') {
        sink.hardBreak();
        continue;
      }
      if (tag === 'img') {
        const alt = element.getAttribute('alt') ?? '';
        if (EMOJI_ALT.test(alt)) sink.text(alt);
        continue;
      }
      const breaks = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
      if (breaks > 0) {
        sink.lineBreak(breaks as 1 | 2);
        stack.push({ close: breaks as 1 | 2 });
      }
      if (tag === 'li') sink.prefixNextText('• ');
      if (tag === 'pre') pre = true;
    } else if (current.nodeType !== 9 /* DOCUMENT */ && current.nodeType !== 11 /* FRAGMENT */) {
      continue; // comments, processing instructions
    }
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, pre });
    }
  }
  return sink.result();
}

/** Text for a one-line field (title, company, location): every break becomes a space. */
export function lineText(node: Node | null | undefined, options: TextOptions = {}): string {
  return elementText(node, options)
    .replace(/^• /gm, '')
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
}
