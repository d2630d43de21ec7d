// @vitest-environment happy-dom
import { test } from 'vitest';
import { analysePost } from '../../src/engine/screen-post';
import { extractPage } from '../../src/extractors/registry';
import { FIXTURES } from '../extractors/fixtures';
import { loadFixture } from '../extractors/fixture-page';
import { rulePack } from '../helpers/rule-pack';
test('dbg', () => {
  for (const name of ['linkedin/job-search-sdui--2026-11.html', 'linkedin/job-view-unknown--2026-11.html']) {
    const page = loadFixture(FIXTURES[name]!);
    for (const item of extractPage(document, page.url)) {
      if (!['linkedin:job-card:4012370002', 'linkedin:job-card:4012390101'].includes(item.post.id!)) continue;
      const { verdict, hits } = analysePost(item.post, rulePack().pack);
      console.log(JSON.stringify(item.post).slice(0, 600));
      console.log(verdict.band, verdict.score, hits.map((h) => h.compiled.rule.id + ':' + JSON.stringify(h.evidence.map((e) => e.quote))).join(' | '));
    }
  }
});
