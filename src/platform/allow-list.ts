import type { Post } from '../model/post';

const fold = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether the user trusts this post's company or agency (settings "allow list"). A name must equal
 * the company or poster (a scammer writing "like PT Trusted" in the text is not PT Trusted); an
 * entry with digits (an agency licence number) may appear anywhere in the post.
 */
export function isAllowListed(post: Post, allowList: readonly string[]): boolean {
  if (allowList.length === 0) return false;
  const names = [post.company, post.postedBy].filter((v): v is string => Boolean(v)).map(fold);
  const everything = fold([post.title, post.company, post.location, post.salary, post.postedBy, post.text].filter(Boolean).join(' \u001f '));
  return allowList.some((raw) => {
    const entry = fold(raw);
    if (!entry) return false;
    if (names.includes(entry)) return true;
    return /\d{3,}/.test(entry) && everything.includes(entry);
  });
}
