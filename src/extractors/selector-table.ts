/**
 * Selector tables: ordered alternatives, newest-known-good first. Every alternative has a name so
 * the extractor can report which one matched and selector drift shows up in tests and logs.
 */
export interface SelectorAlternative {
  /** '<site>.<field>#<layout>-<year>', e.g. 'linkedin.jobTitle#classic-2026'. */
  readonly name: string;
  readonly selector: string;
}

export type SelectorTable = readonly SelectorAlternative[];

export interface SelectorMatch {
  readonly element: Element;
  readonly name: string;
}

type Accept = (element: Element) => boolean;

/** querySelectorAll that treats a selector the engine cannot parse as "no match". */
function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first alternative that matches (and is accepted). */
export function queryFirst(
  root: ParentNode,
  table: SelectorTable,
  accept?: Accept,
): SelectorMatch | undefined {
  for (const alternative of table) {
    if (!accept) {
      let element: Element | null = null;
      try {
        element = root.querySelector(alternative.selector);
      } catch {
        element = null;
      }
      if (element) return { element, name: alternative.name };
      continue;
    }
    for (const element of safeQueryAll(root, alternative.selector)) {
      if (accept(element)) return { element, name: alternative.name };
    }
  }
  return undefined;
}

/**
 * Item roots (cards, posts, messages) from every alternative, in document order. Two site
 * generations can share one page, so every alternative is tried; an element inside, or around, an
 * element already taken by an earlier alternative is the same item and is dropped.
 */
export function queryItemRoots(root: ParentNode, table: SelectorTable, accept?: Accept): SelectorMatch[] {
  const taken: SelectorMatch[] = [];
  const takenSet = new Set<Element>();
  const aroundTaken = new Set<Element>();
  const isInsideTaken = (element: Element): boolean => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (takenSet.has(node)) return true;
    }
    return false;
  };
  for (const alternative of table) {
    for (const element of safeQueryAll(root, alternative.selector)) {
      if (takenSet.has(element) || aroundTaken.has(element) || isInsideTaken(element)) continue;
      if (accept && !accept(element)) continue;
      taken.push({ element, name: alternative.name });
      takenSet.add(element);
      for (let node = element.parentElement; node; node = node.parentElement) aroundTaken.add(node);
    }
  }
  return taken.sort((a, b) => documentOrder(a.element, b.element));
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Every alternative name in a set of tables, for coverage tests. */
export function alternativeNames(tables: Readonly<Record<string, SelectorTable>>): string[] {
  return Object.values(tables).flatMap((table) => table.map((alternative) => alternative.name));
}
