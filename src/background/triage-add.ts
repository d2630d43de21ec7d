import { browser } from 'wxt/browser';
import { screenPost } from '../engine/screen-post';
import { contentHash } from '../import/content-hash';
import type { Handlers } from '../messaging/handle';
import type { RulePack } from '../rules/compiled-rule';
import { bundledRulePack } from '../rules/bundled-pack';
import { DbHandle } from '../triage/db/open';
import { BROWSING_IMPORT_ID, canonicalPost } from '../triage/model';
import { notifyTriage } from '../triage/notify';
import { addScoredAds } from '../triage/repo/ads';

export interface TriageAddDeps {
  db: DbHandle;
  pack: () => RulePack;
  now: () => Date;
  /** Whether the sending tab is in a private window: nothing from private browsing is stored (AMO policy 6.3). */
  isPrivateTab: (tabId: number) => Promise<boolean>;
}

/**
 * "Send to bench" from the overlay: stores the post on the triage bench with a fresh verdict (the
 * background's own rule pack, so evidence always points into the stored text), status `new`.
 * The same ad sent twice is stored once (`duplicate: true`). Open bench pages are told to reload.
 */
export function createTriageAdd(deps: TriageAddDeps): Handlers['triage/add'] {
  return async (request, sender) => {
    if (sender.tabId !== undefined && (await deps.isPrivateTab(sender.tabId))) throw new Error('posts from private windows are not stored');
    const post = canonicalPost(request.post);
    const id = contentHash(post);
    const at = deps.now().toISOString();
    const verdict = screenPost(post, deps.pack());
    const ref = post.url ?? post.platform ?? 'page';
    const { added } = await addScoredAds(await deps.db.get(), [{ ad: { id, post, importId: BROWSING_IMPORT_ID, ref, addedAt: at }, verdict, scoredAt: at }], `${BROWSING_IMPORT_ID}:${id}`);
    if (added.length > 0) notifyTriage({ type: 'changed' });
    return { ok: true, duplicate: added.length === 0 };
  };
}

async function isPrivateTab(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return false;
  }
}

export const handleTriageAdd: Handlers['triage/add'] = createTriageAdd({
  db: new DbHandle(),
  pack: () => bundledRulePack().pack,
  now: () => new Date(),
  isPrivateTab,
});
