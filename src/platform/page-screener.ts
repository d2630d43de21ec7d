import type { SelectorTable } from '../extractors/selector-table';
import type { ExtractedItem } from '../extractors/types';
import type { Post } from '../model/post';
import type { Verdict } from '../model/verdict';
import type { Site } from '../storage/settings-schema';
import { itemScope } from './item-scope';
import { postTextHash } from './post-hash';

/*
 * The in-page loop, for every site family:
 *   DOM changes ─(one MutationObserver on the smallest stable container, throttled)─▶ batch
 *   batch ─▶ new item roots are watched for nearness to the viewport (IntersectionObserver)
 *         ─▶ page-level items (a job's detail pane) and dirty items near the viewport are extracted
 *         ─▶ an item is scored only when its text has not changed for `settle` ms
 *         ─▶ one 'screen' message per batch; verdicts cached by post id + text hash
 *         ─▶ onVerdict(item, verdict) for the UI.
 * Nothing here clicks, scrolls or writes to the page; the UI layer decides what to show.
 */

export interface SiteFamily {
  /** The settings key that switches this family on or off. */
  readonly family: Site;
  /** Item roots read one at a time, only near the viewport: feed posts, cards, chat messages. */
  readonly itemTables: readonly SelectorTable[];
  /** Containers to observe, smallest stable first; the body when none is on the page yet. */
  readonly containers: readonly string[];
  /** Page-level items (a job's detail pane, JSON-LD jobs), read from the whole document each batch. */
  extractPage(root: ParentNode, url: URL): ExtractedItem[];
  /** The items inside one item root (given as a scope over that root). */
  extractItem(scope: ParentNode, url: URL): ExtractedItem[];
}

/** Timers and frames, normally WXT's ContentScriptContext (stopped when the extension reloads). */
export interface Scheduler {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}

export type VisibilityObserverFactory = (callback: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void) => {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
};

export interface PageScreenerOptions {
  site: SiteFamily;
  doc: Document;
  /** The page URL now (location.href). */
  currentUrl(): string;
  screen(posts: Post[]): Promise<Verdict[]>;
  onVerdict(item: ExtractedItem, verdict: Verdict): void;
  /** The element now shows another post (or nothing): remove what was shown for it. */
  onStale(element: Element): void;
  /** The URL changed without a page load. */
  onNavigate?(url: URL): void;
  /** After every batch (the UI re-attaches overlays the page removed, drops orphans). */
  afterBatch?(): void;
  scheduler: Scheduler;
  now(): number;
  /** Near-viewport observer; absent: every item counts as near (tests, old browsers). */
  visibility?: VisibilityObserverFactory;
  /** Text must be unchanged this long before scoring: feed items and cards, and detail panes. */
  settleMs?: { item: number; detail: number };
  /** Throttle for DOM-change batches. */
  batchMs?: number;
  /** Main-thread budget per batch; the rest continues in the next task. */
  sliceMs?: number;
  /** Elements we insert (overlay hosts), ignored in mutation records. */
  isOwnNode?(node: Node): boolean;
  /** MutationObserver constructor (tests may pass happy-dom's). */
  MutationObserverImpl?: typeof MutationObserver;
}

interface ItemState {
  id: string;
  hash: string;
  /** When this id+hash was first seen (for the settle wait). */
  since: number;
  /** The verdict key shown for this element, if any. */
  shown?: string;
}

const MAX_CACHED_VERDICTS = 3000;
const MAX_POSTS_PER_MESSAGE = 50;
const MESSAGE_INTERVAL_MS = 250;
/** After a soft navigation a detail pane may still show the previous job under the new URL. */
const NAV_STALE_TEXT_MS = 3000;
/** How often to look for a smaller container to observe. */
const CONTAINER_CHECK_MS = 1000;

export class PageScreener {
  private readonly o: Required<Pick<PageScreenerOptions, 'settleMs' | 'batchMs' | 'sliceMs'>> & PageScreenerOptions;
  private readonly itemSelector: string;
  private observer: MutationObserver | undefined;
  private visibility: ReturnType<VisibilityObserverFactory> | undefined;
  private container: Element | undefined;
  private running = false;

  private readonly candidates = new Set<Element>();
  private readonly near = new WeakSet<Element>();
  /** Item roots to read (again) once settled, among those near the viewport. */
  private readonly dirty = new Set<Element>();
  /** Item roots to read once they come near the viewport. */
  private readonly dirtyFar = new Set<Element>();
  private readonly added: Node[] = [];
  private fullScan = true;
  /** Elements of page-level items waiting to come near the viewport. */
  private readonly gated = new Set<Element>();
  private states = new WeakMap<Element, ItemState>();
  private readonly candidateOf = new WeakMap<Element, Element>();
  /** When each item root was added or last changed inside (from the mutation records). */
  private readonly lastChange = new WeakMap<Element, number>();
  private lastContainerCheck = -Infinity;
  private readonly verdicts = new Map<string, Verdict>();
  private readonly inflight = new Set<string>();
  private queue: { item: ExtractedItem; key: string }[] = [];

  private batchTimer: number | undefined;
  private flushTimer: number | undefined;
  private lastFlush = -Infinity;
  private batchDue = Infinity;
  private lastUrl = '';
  private lastNavigation = -Infinity;
  /** Text hash of each detail element when the URL last changed. */
  private navTextHashes = new WeakMap<Element, string>();
  private lastPrune = 0;

  /** Counters for tests and the page benchmark. */
  readonly stats = { batches: 0, extracted: 0, scored: 0, messages: 0, cacheHits: 0 };

  constructor(options: PageScreenerOptions) {
    this.o = { settleMs: { item: 300, detail: 500 }, batchMs: 120, sliceMs: 8, ...options };
    this.itemSelector = options.site.itemTables.flatMap((table) => table.map((alternative) => alternative.selector)).join(', ');
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastUrl = this.o.currentUrl();
    this.fullScan = true;
    if (this.o.visibility) this.visibility = this.o.visibility((entries) => this.onVisibility(entries));
    this.observeContainer();
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    if (this.batchTimer !== undefined) this.o.scheduler.clearTimeout(this.batchTimer);
    if (this.flushTimer !== undefined) this.o.scheduler.clearTimeout(this.flushTimer);
    this.batchTimer = undefined;
    this.batchDue = Infinity;
    this.observer?.disconnect();
    this.observer = undefined;
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.container = undefined;
    this.candidates.clear();
    this.dirty.clear();
    this.dirtyFar.clear();
    this.gated.clear();
    this.queue = [];
    this.flushTimer = undefined;
    this.inflight.clear();
    // Whatever was shown is gone with the UI; a restart delivers every verdict again.
    this.states = new WeakMap();
  }

  /** Called by the URL watcher; also checked at every batch. */
  navigated(): void {
    this.checkUrl();
    this.schedule(0);
  }

  /** Runs a batch soon (tests and the benchmark may call it directly). */
  schedule(delay = this.o.batchMs): void {
    if (!this.running) return;
    const due = this.o.now() + delay;
    if (this.batchTimer !== undefined && due >= this.batchDue) return;
    if (this.batchTimer !== undefined) this.o.scheduler.clearTimeout(this.batchTimer);
    this.batchDue = due;
    const timer = this.o.scheduler.setTimeout(() => {
      if (timer !== this.batchTimer) return;
      this.batchTimer = undefined;
      this.batchDue = Infinity;
      this.batch();
    }, Math.max(0, delay));
    this.batchTimer = timer;
  }

  // ── DOM observation ─────────────────────────────────────────────────────────────────────────

  private resolveContainer(): Element {
    for (const selector of this.o.site.containers) {
      try {
        const found = this.o.doc.querySelector(selector);
        if (found) return found;
      } catch {
        // an unparsable selector is skipped
      }
    }
    return this.o.doc.body ?? this.o.doc.documentElement;
  }

  private observeContainer(): void {
    const container = this.resolveContainer();
    if (container === this.container && this.observer) return;
    this.observer?.disconnect();
    this.container = container;
    const Impl = this.o.MutationObserverImpl ?? MutationObserver;
    this.observer = new Impl((records) => this.onMutations(records));
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
    this.fullScan = true;
  }

  private isOwn(node: Node): boolean {
    return this.o.isOwnNode?.(node) ?? false;
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (record.type === 'childList') {
        const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
        if (nodes.length > 0 && nodes.every((node) => this.isOwn(node))) continue;
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1 && !this.isOwn(node)) this.added.push(node);
      }
      relevant = true;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (target && this.itemSelector) {
        const candidate = closestSafe(target, this.itemSelector);
        if (candidate) {
          // Text inside an item changed (a recycled node, "see more"): read it again when near,
          // once it has been quiet for the settle time.
          this.dirty.add(candidate);
          this.lastChange.set(candidate, this.o.now());
          if (!this.candidates.has(candidate)) this.added.push(candidate);
        }
      }
    }
    if (relevant) this.schedule();
  }

  private onVisibility(entries: readonly { target: Element; isIntersecting: boolean }[]): void {
    let any = false;
    for (const entry of entries) {
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        if (this.dirtyFar.delete(entry.target)) this.dirty.add(entry.target);
        any = true;
      } else {
        this.near.delete(entry.target);
      }
    }
    if (any) this.schedule(0);
  }

  private isNear(element: Element): boolean {
    return !this.visibility || this.near.has(element);
  }

  private addCandidate(element: Element): void {
    if (this.candidates.has(element)) return;
    this.candidates.add(element);
    this.dirty.add(element);
    if (!this.lastChange.has(element)) this.lastChange.set(element, this.o.now());
    this.visibility?.observe(element);
  }

  private collectCandidates(): void {
    if (!this.itemSelector) {
      this.added.length = 0;
      return;
    }
    if (this.fullScan) {
      this.added.length = 0;
      for (const element of querySafe(this.container ?? this.o.doc, this.itemSelector)) this.addCandidate(element);
      return;
    }
    const added = this.added.splice(0);
    for (const node of added) {
      const element = node as Element;
      if (!element.isConnected) continue;
      if (matchesSafe(element, this.itemSelector)) this.addCandidate(element);
      for (const inner of querySafe(element, this.itemSelector)) this.addCandidate(inner);
    }
  }

  private prune(): void {
    const now = this.o.now();
    if (now - this.lastPrune < 2000) return;
    this.lastPrune = now;
    for (const element of this.candidates) {
      if (element.isConnected) continue;
      this.candidates.delete(element);
      this.dirty.delete(element);
      this.dirtyFar.delete(element);
      this.visibility?.unobserve(element);
    }
    for (const element of this.gated) {
      if (!element.isConnected) {
        this.gated.delete(element);
        this.visibility?.unobserve(element);
      }
    }
  }

  // ── Batches ─────────────────────────────────────────────────────────────────────────────────

  private checkUrl(): boolean {
    const href = this.o.currentUrl();
    if (href === this.lastUrl) return false;
    this.lastUrl = href;
    this.lastNavigation = this.o.now();
    this.navTextHashes = new WeakMap();
    this.o.onNavigate?.(new URL(href));
    return true;
  }

  private batch(): void {
    if (!this.running) return;
    const started = this.o.now();
    this.stats.batches++;
    if (this.checkUrl()) this.fullScan = true;
    if (!this.container?.isConnected || this.fullScan) this.observeContainer();
    else if (started - this.lastContainerCheck > CONTAINER_CHECK_MS) {
      // A smaller container may have appeared (the feed renders after the page shell).
      this.lastContainerCheck = started;
      if (this.resolveContainer() !== this.container) this.observeContainer();
    }
    this.collectCandidates();
    this.fullScan = false;
    this.prune();
    const url = safeUrl(this.lastUrl);
    if (!url) return;

    const details = new Set<Element>();
    let pageItems: ExtractedItem[] = [];
    try {
      pageItems = this.o.site.extractPage(this.o.doc, url);
    } catch {
      pageItems = [];
    }
    for (const item of pageItems) {
      if (item.placement === 'detail') details.add(item.element);
      this.consider(item, item.placement !== 'detail');
    }

    let sliced = false;
    let nextDue = Infinity;
    const settle = this.o.settleMs.item;
    // A snapshot: items still settling stay dirty for a later batch.
    for (const candidate of Array.from(this.dirty)) {
      if (!candidate.isConnected) {
        this.dirty.delete(candidate);
        continue;
      }
      if (!this.isNear(candidate)) {
        // Read when it comes near (the visibility callback moves it back).
        this.dirty.delete(candidate);
        this.dirtyFar.add(candidate);
        continue;
      }
      // Read an item once its text has been quiet for `settle` ms (and not before the last soft
      // navigation settled): one extraction per item in the usual case.
      const quietSince = Math.max(this.lastChange.get(candidate) ?? started, this.lastNavigation);
      const due = quietSince + settle;
      if (due > this.o.now()) {
        nextDue = Math.min(nextDue, due);
        continue;
      }
      if (this.o.now() - started > this.o.sliceMs) {
        sliced = true;
        break;
      }
      this.dirty.delete(candidate);
      if (insideAny(candidate, details)) continue;
      let items: ExtractedItem[] = [];
      try {
        items = this.o.site.extractItem(itemScope(candidate), url);
      } catch {
        items = [];
      }
      this.stats.extracted += items.length;
      if (items.length === 0) this.forget(candidate);
      for (const item of items) {
        if (insideAny(item.element, details)) continue;
        this.candidateOf.set(item.element, candidate);
        this.consider(item, false, quietSince);
      }
    }
    if (nextDue < Infinity) this.schedule(nextDue - this.o.now() + 1);
    this.flush();
    this.o.afterBatch?.();
    if (sliced) this.schedule(0);
  }

  /** An item root that yields nothing now (an occluded card, a skeleton): drop what it showed. */
  private forget(element: Element): void {
    const state = this.states.get(element);
    if (state?.shown) this.o.onStale(element);
    this.states.delete(element);
  }

  /**
   * Decides what to do with an extracted item: show a cached verdict, wait for its text to settle,
   * or queue it for scoring. `quietSince`: for item roots, when the DOM inside last changed (the
   * caller only reads settled items); page-level items settle by comparing successive reads.
   */
  private consider(item: ExtractedItem, gated: boolean, quietSince?: number): void {
    const element = item.element;
    if (gated) {
      if (!this.gated.has(element)) {
        this.gated.add(element);
        this.visibility?.observe(element);
      }
      if (!this.isNear(element)) return;
    }
    const post = item.post;
    if (!post.id) return;
    const hash = postTextHash(post);
    const key = `${post.id}#${hash}`;
    const now = this.o.now();
    const state = this.states.get(element);
    const isDetail = item.placement === 'detail';

    if (state && state.id !== post.id && state.shown) {
      // A recycled node, or a pane that now shows another job: never leave the old warning on it.
      this.o.onStale(element);
      state.shown = undefined;
    }

    const cached = this.verdicts.get(key);
    if (cached) {
      this.states.set(element, { id: post.id, hash, since: state?.id === post.id && state.hash === hash ? state.since : now, shown: key });
      if (state?.shown !== key) {
        this.stats.cacheHits++;
        this.o.onVerdict(item, cached);
      }
      return;
    }

    if (quietSince !== undefined) {
      // Read after its DOM was quiet for the settle time: score now.
      this.states.set(element, { id: post.id, hash, since: quietSince, shown: state?.id === post.id ? state.shown : undefined });
      this.enqueue(item, key);
      return;
    }

    if (!state || state.id !== post.id || state.hash !== hash) {
      this.states.set(element, { id: post.id, hash, since: now, shown: state?.id === post.id ? state.shown : undefined });
      if (isDetail && this.o.now() - this.lastNavigation < NAV_STALE_TEXT_MS && !this.navTextHashes.has(element) && state) {
        this.navTextHashes.set(element, state.hash);
      }
      this.recheck(item, isDetail ? this.o.settleMs.detail : this.o.settleMs.item);
      return;
    }

    const settle = isDetail ? this.o.settleMs.detail : this.o.settleMs.item;
    const since = Math.max(state.since, this.lastNavigation);
    if (now - since < settle) {
      this.recheck(item, settle - (now - since));
      return;
    }
    // Same text as before the soft navigation: the pane has not caught up with the URL yet.
    if (isDetail && now - this.lastNavigation < NAV_STALE_TEXT_MS && this.navTextHashes.get(element) === hash) {
      this.recheck(item, NAV_STALE_TEXT_MS - (now - this.lastNavigation));
      return;
    }
    this.enqueue(item, key);
  }

  private enqueue(item: ExtractedItem, key: string): void {
    if (this.inflight.has(key)) return;
    this.inflight.add(key);
    this.queue.push({ item, key });
  }

  private recheck(item: ExtractedItem, delay: number): void {
    const candidate = this.candidateOf.get(item.element);
    if (candidate && item.placement !== 'detail') this.dirty.add(candidate);
    this.schedule(Math.max(delay, 0) + 1);
  }

  /**
   * Sends the queue to the background, at most one message per MESSAGE_INTERVAL_MS (each message has
   * a fixed cost on the page's thread, whatever its size): items settling together travel together.
   */
  private flush(): void {
    if (this.queue.length === 0 || this.flushTimer !== undefined) return;
    const wait = this.lastFlush + MESSAGE_INTERVAL_MS - this.o.now();
    if (wait > 0 && this.queue.length < MAX_POSTS_PER_MESSAGE) {
      const timer = this.o.scheduler.setTimeout(() => {
        if (this.flushTimer !== timer) return;
        this.flushTimer = undefined;
        if (this.running) this.flush();
      }, wait);
      this.flushTimer = timer;
      return;
    }
    this.lastFlush = this.o.now();
    const queue = this.queue;
    this.queue = [];
    for (let i = 0; i < queue.length; i += MAX_POSTS_PER_MESSAGE) {
      const chunk = queue.slice(i, i + MAX_POSTS_PER_MESSAGE);
      this.stats.messages++;
      this.o
        .screen(chunk.map((entry) => entry.item.post))
        .then((verdicts) => this.deliver(chunk, verdicts))
        .catch(() => {
          for (const entry of chunk) this.inflight.delete(entry.key);
        });
    }
  }

  private deliver(chunk: readonly { item: ExtractedItem; key: string }[], verdicts: readonly Verdict[]): void {
    chunk.forEach((entry, index) => {
      this.inflight.delete(entry.key);
      const verdict = verdicts[index];
      if (!verdict) return;
      this.stats.scored++;
      this.verdicts.set(entry.key, verdict);
      if (this.verdicts.size > MAX_CACHED_VERDICTS) this.verdicts.delete(this.verdicts.keys().next().value!);
      if (!this.running) return;
      const element = entry.item.element;
      const state = this.states.get(element);
      if (!element.isConnected || !state || `${state.id}#${state.hash}` !== entry.key) return;
      state.shown = entry.key;
      this.o.onVerdict(entry.item, verdict);
    });
  }
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function querySafe(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function matchesSafe(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function closestSafe(element: Element, selector: string): Element | null {
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}

function insideAny(element: Element, containers: ReadonlySet<Element>): boolean {
  for (const container of containers) {
    if (container === element || container.contains(element) || element.contains(container)) return true;
  }
  return false;
}
