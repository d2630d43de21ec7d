import type { Post } from '../model/post';
import { fnv1a32 } from '../extractors/stable-id';

/**
 * Hash of what a post says (every text field), so a recycled node showing another post, or a post
 * whose "see more" text arrived, is noticed; the id alone would miss both.
 */
export function postTextHash(post: Post): string {
  const parts = [post.title, post.company, post.location, post.salary, post.postedBy, post.text];
  return fnv1a32(parts.map((part) => part ?? '').join('\u001f')).toString(36);
}

/** The cache key of a verdict: the post's stable id and the hash of its text. */
export const verdictKey = (post: Post, hash = postTextHash(post)): string => `${post.id ?? 'no-id'}#${hash}`;
