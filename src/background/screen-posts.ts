import { screenPost } from '../engine/screen-post';
import type { Handlers } from '../messaging/handle';
import { bundledRulePack } from '../rules/bundled-pack';
import { recordVerdicts } from './tab-stats';

/*
 * Scores posts sent by a content script with the bundled rule pack. The engine runs here, not in
 * the page: the engine and its rule data are more than 550 KB minified, over twice the 250 KB budget
 * of a content script, and a verdict costs about a millisecond of background time per post (figures
 * from `npm run bench:page`).
 */
let packLoadMs: number | undefined;

/** How long this worker took to compile the rule pack (the cost of a cold start), once it has. */
export const rulePackLoadMs = (): number | undefined => packLoadMs;

export const handleScreen: Handlers['screen'] = async (request, sender) => {
  const started = performance.now();
  const { pack } = bundledRulePack();
  packLoadMs ??= performance.now() - started;
  const verdicts = request.posts.map((post) => screenPost(post, pack));
  if (sender.tabId !== undefined) recordVerdicts(sender.tabId, request.posts, verdicts).catch(() => undefined);
  return { verdicts };
};
