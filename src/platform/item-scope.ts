/**
 * A ParentNode-like view of one element *and* its descendants, so the page extractors (written for
 * a whole document) can read a single feed item or card: `querySelectorAll(sel)` on the scope also
 * returns the element itself when it matches. Selectors are still matched against the real tree, so
 * combinators such as `[role="feed"] > div` keep working.
 */
export function itemScope(element: Element): ParentNode {
  const self = (selector: string): boolean => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  };
  const scope = {
    querySelector(selector: string): Element | null {
      return self(selector) ? element : element.querySelector(selector);
    },
    querySelectorAll(selector: string): Element[] {
      const inner = Array.from(element.querySelectorAll(selector));
      return self(selector) ? [element, ...inner] : inner;
    },
  };
  return scope as unknown as ParentNode;
}
