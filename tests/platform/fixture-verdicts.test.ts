// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { screenPost } from '../../src/engine/screen-post';
import { extractPage } from '../../src/extractors/registry';
import { FIXTURES } from '../extractors/fixtures';
import { loadFixture } from '../extractors/fixture-page';
import { rulePack } from '../helpers/rule-pack';
import { KNOWN_ENGINE_MISMATCHES } from './fixture-expectations';

// Every fixture's risky posts get a warning band and its benign posts none, except the listed
// known engine mismatches (which must still be mismatches, so a fix is noticed).
describe('fixture pages: engine bands for declared risky and benign posts', () => {
  test.each(Object.keys(FIXTURES))('%s', (name) => {
    const page = loadFixture(FIXTURES[name]!);
    const bands = new Map(extractPage(document, page.url).map((item) => [item.post.id, screenPost(item.post, rulePack().pack).band]));
    for (const id of page.risky) {
      if (id in KNOWN_ENGINE_MISMATCHES) expect(bands.get(id), id).toBe(KNOWN_ENGINE_MISMATCHES[id]);
      else expect(['medium', 'high'], id).toContain(bands.get(id));
    }
    for (const id of page.benign) {
      if (id in KNOWN_ENGINE_MISMATCHES) expect(bands.get(id), id).toBe(KNOWN_ENGINE_MISMATCHES[id]);
      else expect(bands.get(id) ?? 'low', id).toBe('low');
    }
  }, 60_000);
});
