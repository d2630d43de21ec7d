import { expect, test } from 'vitest';
import { postTextHash, verdictKey } from '../../src/platform/post-hash';

test('the hash changes with any text field, not with the id or URL', () => {
  const post = { id: 'x:1', text: 'Hiring', title: 'CS' };
  expect(postTextHash(post)).toBe(postTextHash({ ...post, id: 'x:2', url: 'https://x.com/' }));
  expect(postTextHash(post)).not.toBe(postTextHash({ ...post, text: 'Hiring now' }));
  expect(postTextHash(post)).not.toBe(postTextHash({ ...post, title: 'CS ' }));
  // Field boundaries count: moving words between fields is a different post.
  expect(postTextHash({ text: 'b', title: 'a' })).not.toBe(postTextHash({ text: 'ab' }));
  expect(verdictKey(post)).toBe(`x:1#${postTextHash(post)}`);
});
