import { screenPost } from '../engine/screen-post';
import type { Handlers } from '../messaging/handle';
import { bundledRulePack } from '../rules/bundled-pack';
import { recordVerdicts } from './tab-stats';

/** Scores posts sent by a content script with the bundled rule pack. */
export const handleScreen: Handlers['screen'] = async (request, sender) => {
  const { pack } = bundledRulePack();
  const verdicts = request.posts.map((post) => screenPost(post, pack));
  if (sender.tabId !== undefined) recordVerdicts(sender.tabId, request.posts, verdicts);
  return { verdicts };
};
