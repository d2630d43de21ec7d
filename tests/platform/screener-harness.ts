// A PageScreener on a happy-dom page with a fake clock, a fake "background" and a recording UI.
import type { ExtractedItem } from '../../src/extractors/types';
import type { Post } from '../../src/model/post';
import type { Verdict } from '../../src/model/verdict';
import { PageScreener, type PageScreenerOptions, type SiteFamily, type VisibilityObserverFactory } from '../../src/platform/page-screener';
import { isOverlayHost } from '../../src/ui/overlay/mount';

export class FakeClock {
  now = 1000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  setTimeout = (fn: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.push({ at: this.now + Math.max(0, ms), fn, id });
    return id;
  };

  clearTimeout = (id: number): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  requestAnimationFrame = (cb: FrameRequestCallback): number => this.setTimeout(() => cb(this.now), 16);

  /** Runs every timer due within `ms`, in order, letting DOM callbacks and promises run in between. */
  async advance(ms: number): Promise<void> {
    const target = this.now + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = Math.max(this.now, due.at);
      due.fn();
    }
    this.now = target;
    await flush();
  }
}

/** Lets happy-dom deliver mutation records and promise callbacks run. */
export const flush = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A stand-in engine: "high" for texts naming a scam hub, else "low". */
export function fakeVerdict(post: Post): Verdict {
  const risky = /cambodia|kamboja|myanmar|myawaddy|sihanoukville|laos/i.test(`${post.location ?? ''} ${post.text}`);
  return {
    score: risky ? 90 : 3,
    band: risky ? 'high' : 'low',
    isJobOffer: true,
    isAwareness: false,
    lang: 'en',
    flags: [],
    entities: [],
    notes: [],
    rulePackVersion: 'fake',
  };
}

export interface Run {
  screener: PageScreener;
  clock: FakeClock;
  /** Every 'screen' message: the post ids it carried. */
  messages: string[][];
  /** Every verdict delivered to the UI: post id and band. */
  shown: { id: string; band: string; placement: string; element: Element }[];
  stale: Element[];
  navigations: string[];
  url: { href: string };
}

export function startScreener(site: SiteFamily, href: string, options: Partial<PageScreenerOptions> & { visibility?: VisibilityObserverFactory } = {}): Run {
  const clock = new FakeClock();
  const url = { href };
  const run: Omit<Run, 'screener'> = { clock, messages: [], shown: [], stale: [], navigations: [], url };
  const screener = new PageScreener({
    site,
    doc: document,
    currentUrl: () => url.href,
    screen: async (posts) => {
      run.messages.push(posts.map((p) => p.id ?? ''));
      return posts.map(fakeVerdict);
    },
    onVerdict: (item: ExtractedItem, verdict: Verdict) => run.shown.push({ id: item.post.id ?? '', band: verdict.band, placement: item.placement, element: item.element }),
    onStale: (element) => run.stale.push(element),
    onNavigate: (u) => run.navigations.push(u.href),
    scheduler: { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout, requestAnimationFrame: clock.requestAnimationFrame },
    now: () => clock.now,
    isOwnNode: isOverlayHost,
    ...options,
  });
  screener.start();
  return { ...run, screener };
}

/** A controllable near-viewport observer: tests say which elements are near. */
export function fakeVisibility(): { factory: VisibilityObserverFactory; observed: Set<Element>; setNear(elements: Element[]): void } {
  let callback: Parameters<VisibilityObserverFactory>[0] = () => undefined;
  const observed = new Set<Element>();
  return {
    observed,
    factory: (cb) => {
      callback = cb;
      return { observe: (el) => observed.add(el), unobserve: (el) => observed.delete(el), disconnect: () => observed.clear() };
    },
    setNear: (elements) => callback(elements.map((target) => ({ target, isIntersecting: true }))),
  };
}
