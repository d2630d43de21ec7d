import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveUiLang } from '../i18n/ui-lang';
import { send } from '../messaging/send';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';
import { LOCAL_KEYS } from '../storage/layout';
import { notScamKeySet, watchNotScam } from '../storage/not-scam';
import { getSettings, watchSettings } from '../storage/settings-item';
import { readLocal } from '../storage/store';
import type { Settings } from '../storage/settings-schema';
import type { RuleTexts } from '../ui/components/rule-texts';
import { copyText } from '../ui/overlay/clipboard';
import { isOverlayHost } from '../ui/overlay/mount';
import { OverlayManager, type OverlaySettings } from '../ui/overlay/overlay-manager';
import { plainReport } from '../ui/overlay/report-text';
import { watchUrl } from './navigation';
import { PageScreener, type SiteFamily, type VisibilityObserverFactory } from './page-screener';

/** Items this far above or below the viewport count as near: scored before they scroll into view. */
const NEAR_VIEWPORT_MARGIN = '100% 0px 100% 0px';

function browserLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.() || globalThis.navigator?.language;
  } catch {
    return globalThis.navigator?.language;
  }
}

export function overlaySettings(settings: Settings, notScam: ReadonlySet<string> = new Set()): OverlaySettings {
  return {
    lang: resolveUiLang(settings.uiLang, browserLanguage()),
    minBand: settings.minBand,
    allowList: settings.allowList,
    notScam,
  };
}

const nearViewport: VisibilityObserverFactory | undefined =
  typeof IntersectionObserver === 'function'
    ? (callback) => new IntersectionObserver((entries) => callback(entries), { rootMargin: NEAR_VIEWPORT_MARGIN })
    : undefined;

/**
 * Everything a content script does, for one site family: read settings, watch the page, send posts
 * to the background for scoring, and keep the overlays in step. The entrypoint only calls this.
 */
export async function startSiteScreening(ctx: ContentScriptContext, site: SiteFamily, texts: RuleTexts): Promise<void> {
  let settings = await getSettings();
  let notScam: ReadonlySet<string> = notScamKeySet(await readLocal(LOCAL_KEYS.notScam).catch(() => []));
  if (ctx.isInvalid) return;

  const overlays = new OverlayManager(ctx, texts, {
    async report(post: Post, verdict: Verdict, scratch: ShadowRoot) {
      try {
        await send({ type: 'report/open', post, verdict });
        return 'opened';
      } catch {
        // The report flow is not available (or failed): give the user a text to paste instead.
        const copied = await copyText(plainReport(post, verdict, overlaySettings(settings).lang, texts, new Date()), scratch);
        return copied ? 'copied' : 'failed';
      }
    },
    notScam(post: Post, verdict: Verdict) {
      send({ type: 'feedback/not-a-scam', post, verdict }).catch(() => undefined);
    },
  }, overlaySettings(settings, notScam));

  const screener = new PageScreener({
    site,
    doc: document,
    currentUrl: () => location.href,
    screen: async (posts) => (await send({ type: 'screen', posts })).verdicts,
    onVerdict: (item, verdict) => overlays.show(item, verdict),
    onStale: (element) => overlays.stale(element),
    onNavigate: () => overlays.navigated(),
    afterBatch: () => overlays.sweep(),
    // Plain timers (WXT's ctx.setTimeout adds an abort listener per timer, and the screener sets
    // many); the screener is stopped when the context is invalidated, and checks it here too.
    scheduler: {
      setTimeout: (handler, ms) => window.setTimeout(() => ctx.isValid && handler(), ms),
      clearTimeout: (id) => window.clearTimeout(id),
      requestAnimationFrame: (callback) => ctx.requestAnimationFrame(callback),
    },
    now: () => performance.now(),
    visibility: nearViewport,
    isOwnNode: isOverlayHost,
  });

  // The background compiles its rule pack when it (re)starts, which takes a moment: wake it now, and
  // again on each soft navigation (Chrome stops an idle service worker after 30 s), so the compile
  // overlaps the wait for the page's text to settle instead of following it.
  const warmUp = () => {
    send({ type: 'screen', posts: [] }).catch(() => undefined);
  };
  watchUrl(ctx, () => {
    warmUp();
    screener.navigated();
  });

  const apply = () => {
    if (settings.sites[site.family]) {
      warmUp();
      overlays.update(overlaySettings(settings, notScam));
      screener.start();
    } else {
      screener.stop();
      overlays.clear();
    }
  };
  apply();

  const unwatchSettings = watchSettings((next) => {
    settings = next;
    apply();
  });
  const unwatchNotScam = watchNotScam((keys) => {
    notScam = keys;
    overlays.update(overlaySettings(settings, notScam));
  });
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchNotScam();
    screener.stop();
    overlays.clear();
  });
}
