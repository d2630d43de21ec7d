import { expect, test } from 'vitest';
import { isAllowListed } from '../../src/platform/allow-list';

const post = { text: 'Hiring via PT Trusted Agency, licence KEP 123/2024. Apply on our site.', company: 'PT Maju Jaya', postedBy: 'Dewi' };

test('a trusted company matches the company or poster exactly (case and spacing aside)', () => {
  expect(isAllowListed(post, ['pt  maju JAYA'])).toBe(true);
  expect(isAllowListed(post, ['dewi'])).toBe(true);
  // Naming a trusted company in the text is not being it.
  expect(isAllowListed(post, ['PT Trusted Agency'])).toBe(false);
});

test('a licence number may appear anywhere in the post', () => {
  expect(isAllowListed(post, ['KEP 123/2024'])).toBe(true);
  expect(isAllowListed(post, ['KEP 999/2024'])).toBe(false);
});

test('empty lists and blank entries allow nothing', () => {
  expect(isAllowListed(post, [])).toBe(false);
  expect(isAllowListed(post, ['  '])).toBe(false);
});
