import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryFirst, queryItemRoots } from '../selector-table';
import { stableId } from '../stable-id';
import { elementText } from '../text';
import type { ExtractedItem } from '../types';
import { cardCompany, cardLocation, cardTitle, jobCard, jobDetail, LINKEDIN_TEXT_SKIP } from './selectors';
import { findJobId } from './urls';

/** A card's job id: data-job-id, the list item's data-occludable-job-id, a jobPosting URN, or its link. */
function cardJobId(card: Element): string | undefined {
  const attributes = [
    card.getAttribute('data-job-id'),
    card.querySelector('[data-job-id]')?.getAttribute('data-job-id'),
    card.closest('[data-occludable-job-id]')?.getAttribute('data-occludable-job-id'),
    card.getAttribute('data-entity-urn'),
    card.closest('[data-entity-urn]')?.getAttribute('data-entity-urn'),
  ];
  for (const value of attributes) {
    const id = findJobId(value);
    if (id) return id;
  }
  for (const link of Array.from(card.querySelectorAll('a[href]'))) {
    const id = findJobId(link.getAttribute('href'));
    if (id) return id;
  }
  return undefined;
}

/** Job cards in lists; each card is its own item with a badge placement. */
export function extractLinkedInJobCards(root: ParentNode, _url: URL): ExtractedItem[] {
  const detail = queryFirst(root, jobDetail)?.element;
  // The detail pane can carry data-job-id too; it is not a card.
  const isCard = (element: Element): boolean =>
    !(detail && (detail.contains(element) || element.contains(detail))) && !element.querySelector('h1');
  const items: ExtractedItem[] = [];
  const skip = LINKEDIN_TEXT_SKIP;
  for (const card of queryItemRoots(root, jobCard, isCard)) {
    const matched = [card.name];
    const title = take(readField(card.element, cardTitle, { skip }), matched);
    const company = take(readField(card.element, cardCompany, { skip }), matched);
    const location = take(readField(card.element, cardLocation, { skip }), matched);
    const text = elementText(card.element, { skip });
    const jobId = cardJobId(card.element);
    const post = makePost({
      id: jobId ? `linkedin:job-card:${jobId}` : `linkedin:job-card-text:${stableId([company, text.slice(0, 200)])}`,
      platform: 'linkedin',
      kind: 'job-card',
      url: jobId ? `https://www.linkedin.com/jobs/view/${jobId}/` : undefined,
      title,
      company,
      location,
      text,
    });
    // Occluded cards (scrolled away) are empty shells; makePost drops them.
    if (post) items.push({ post, element: card.element, placement: 'card', matched });
  }
  return items;
}
