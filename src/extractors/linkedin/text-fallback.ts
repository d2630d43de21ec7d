import { elementText, lineText } from '../text';
import { LINKEDIN_TEXT_SKIP } from './selectors';

/*
 * When no selector matches, a job page is still a page with one h1 and one long block of text.
 * These heuristics read it without knowing any class name (notes §2.1, "resilience recipe").
 */

export const ABOUT_THE_JOB_MATCH = 'linkedin.jobDescription#about-the-job-heading';
export const MAIN_H1_MATCH = 'linkedin.fallback#main-h1';
export const LARGEST_BLOCK_MATCH = 'linkedin.fallback#largest-text-block';
export const LINKEDIN_FALLBACKS = [ABOUT_THE_JOB_MATCH, MAIN_H1_MATCH, LARGEST_BLOCK_MATCH] as const;

/** The heading LinkedIn puts over a description. Only the English label is confirmed so far. */
const ABOUT_THE_JOB = /^about the job$/i;
const HEADINGS = 'h1, h2, h3, h4, strong';
/** A heading with less than this after it is the placeholder LinkedIn paints before the text loads. */
const MIN_DESCRIPTION_LENGTH = 40;
const MAX_ELEMENTS_SCANNED = 5000;

/** The text after an "About the job" heading, climbing out of wrappers around the heading. */
export function textAfterAboutTheJob(scope: ParentNode): { text: string; element: Element } | undefined {
  const heading = Array.from(scope.querySelectorAll(HEADINGS))
    .slice(0, MAX_ELEMENTS_SCANNED)
    .find((element) => ABOUT_THE_JOB.test(lineText(element)));
  let current: Element | null = heading ?? null;
  for (let level = 0; current && level < 3; level++, current = current.parentElement) {
    const parts: string[] = [];
    for (let sibling = current.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      parts.push(elementText(sibling, { skip: LINKEDIN_TEXT_SKIP }));
    }
    const text = parts.filter(Boolean).join('\n\n');
    if (text.length >= MIN_DESCRIPTION_LENGTH && current.parentElement) {
      return { text, element: current.parentElement };
    }
  }
  return undefined;
}

/**
 * A top card alone (title, company, "2 days ago") is shorter than this; a job description is longer.
 * Below it the page is still loading, and a guess would be scored as if it were the ad.
 */
const MIN_BLOCK_LENGTH = 200;

/**
 * The largest block of text: walk down from `scope` while one child holds more than half of the
 * text, so wrappers are passed through and the description (many paragraphs) is where it stops.
 */
export function largestTextBlock(scope: Element): { text: string; element: Element } | undefined {
  const lengthOf = (element: Element): number => (element.textContent ?? '').trim().length;
  let current = scope;
  for (let depth = 0; depth < 50; depth++) {
    const total = lengthOf(current);
    let best: Element | undefined;
    let bestLength = 0;
    for (const child of Array.from(current.children)) {
      if (child.localName === 'script' || child.localName === 'style') continue;
      const length = lengthOf(child);
      if (length > bestLength) [best, bestLength] = [child, length];
    }
    if (!best || bestLength <= total / 2) break;
    current = best;
  }
  const text = elementText(current, { skip: `${LINKEDIN_TEXT_SKIP}, h1` });
  return text.length >= MIN_BLOCK_LENGTH ? { text, element: current } : undefined;
}

/** The page's main heading: the job title on every job page generation seen so far. */
export function mainHeading(main: ParentNode): { text: string; element: Element } | undefined {
  const h1 = main.querySelector('h1');
  const text = lineText(h1);
  return h1 && text ? { text, element: h1 } : undefined;
}
