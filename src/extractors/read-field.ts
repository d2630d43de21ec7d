import { queryFirst, type SelectorTable } from './selector-table';
import { elementText, lineText } from './text';

export interface FieldRead {
  text: string;
  element: Element;
  /** The alternative that matched, for ExtractedItem.matched. */
  name: string;
}

export interface ReadFieldOptions {
  /** Keep line breaks (descriptions, post text); otherwise one line. */
  multiline?: boolean;
  skip?: string;
  /** Reject a match by its text, e.g. a salary button that holds "Full-time". */
  accept?: (text: string, element: Element) => boolean;
}

/** The text of the first alternative whose element has (acceptable) text. Empty elements are misses. */
export function readField(
  scope: ParentNode,
  table: SelectorTable,
  options: ReadFieldOptions = {},
): FieldRead | undefined {
  const read = (element: Element): string =>
    options.multiline ? elementText(element, options) : lineText(element, options);
  let text = '';
  const match = queryFirst(scope, table, (element) => {
    text = read(element);
    return text !== '' && (!options.accept || options.accept(text, element));
  });
  return match ? { text, element: match.element, name: match.name } : undefined;
}

/** Pushes the alternative's name and returns the text, so field reads stay one line each. */
export function take(read: FieldRead | undefined, matched: string[]): string | undefined {
  if (!read) return undefined;
  matched.push(read.name);
  return read.text;
}
