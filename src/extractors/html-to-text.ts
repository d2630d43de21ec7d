import { elementText } from './text';

/**
 * Text of an HTML string (a JSON-LD description). DOMParser documents are inert: scripts never run
 * and images never load, so hostile markup in the string stays harmless. Without DOMParser, tags
 * are stripped instead.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  if (typeof DOMParser === 'function') {
    try {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return elementText(doc.body);
    } catch {
      // fall through to the plain strip below
    }
  }
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
