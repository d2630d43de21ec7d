import type { Post } from '../model/post';
import { MAX_TEXT_LENGTH } from './text';

type PostInput = { [K in keyof Post]?: Post[K] | null };

/**
 * A Post with empty fields left out, so the engine and the overlay never see `title: ''` and
 * "missing" means one thing. Returns undefined when there is no text to read.
 */
export function makePost(input: PostInput): Post | undefined {
  const text = (input.text ?? '').slice(0, MAX_TEXT_LENGTH);
  if (!text.trim()) return undefined;
  const post: Post = { text };
  for (const key of Object.keys(input) as (keyof Post)[]) {
    if (key === 'text') continue;
    const value = input[key];
    if (typeof value === 'string' && value.trim() !== '') (post as Record<string, unknown>)[key] = value.trim();
  }
  return post;
}
