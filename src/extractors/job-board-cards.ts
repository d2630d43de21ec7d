import { makePost } from './make-post';
import { readField, take } from './read-field';
import { queryItemRoots, type SelectorTable } from './selector-table';
import { stableId } from './stable-id';
import { elementText } from './text';
import type { ExtractedItem } from './types';

export interface JobCardTables {
  card: SelectorTable;
  title: SelectorTable;
  company: SelectorTable;
  location: SelectorTable;
  salary?: SelectorTable;
}

export interface JobCardOptions {
  platform: string;
  tables: JobCardTables;
  cardJobId: (card: Element) => string | undefined;
  jobUrl: (id: string) => string;
  skip?: string;
}

/** Job cards in a board's result list: title, company, location and the card's whole text. */
export function extractJobBoardCards(root: ParentNode, options: JobCardOptions): ExtractedItem[] {
  const { tables, skip, platform } = options;
  const items: ExtractedItem[] = [];
  for (const card of queryItemRoots(root, tables.card)) {
    const matched = [card.name];
    const title = take(readField(card.element, tables.title, { skip }), matched);
    const company = take(readField(card.element, tables.company, { skip }), matched);
    const location = take(readField(card.element, tables.location, { skip }), matched);
    const salary = tables.salary ? take(readField(card.element, tables.salary, { skip }), matched) : undefined;
    const text = elementText(card.element, { skip });
    const jobId = options.cardJobId(card.element);
    const post = makePost({
      id: jobId ? `${platform}:job-card:${jobId}` : `${platform}:job-card-text:${stableId([company, text.slice(0, 200)])}`,
      platform,
      kind: 'job-card',
      url: jobId ? options.jobUrl(jobId) : undefined,
      title,
      company,
      location,
      salary,
      text,
    });
    if (post) items.push({ post, element: card.element, placement: 'card', matched });
  }
  return items;
}
