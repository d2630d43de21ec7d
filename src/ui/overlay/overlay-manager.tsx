import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedItem } from '../../extractors/types';
import type { UiLang } from '../../i18n/ui-lang';
import type { Post } from '../../model/post';
import type { Verdict } from '../../model/verdict';
import { isAllowListed } from '../../platform/allow-list';
import { notScamKeys } from '../../storage/not-scam';
import { shouldWarn } from '../components/present-verdict';
import type { RuleTexts } from '../components/rule-texts';
import { detectTheme, type ThemeName } from '../components/theme';
import { CardBadge } from './CardBadge';
import { mountOverlay, type MountedOverlay } from './mount';
import { WarningPanel, type ReportOutcome } from './WarningPanel';

export interface OverlaySettings {
  lang: UiLang;
  minBand: 'medium' | 'high';
  allowList: readonly string[];
  /** Keys of posts the user marked "not a scam" (src/storage/not-scam.ts), on any page. */
  notScam: ReadonlySet<string>;
}

/** What the overlay asks of the rest of the extension (messages to the background). */
export interface OverlayActions {
  /** Open the report flow; copy a plain-text report when it is not available. */
  report(post: Post, verdict: Verdict, scratch: ShadowRoot): Promise<ReportOutcome>;
  /** Store "not a scam" feedback. */
  notScam(post: Post, verdict: Verdict): void;
}

interface Entry {
  item: ExtractedItem;
  verdict: Verdict;
  overlay?: MountedOverlay;
  /** Waiting in the mount queue. */
  queued: boolean;
  theme?: ThemeName;
}

type Mount = typeof mountOverlay;

const THEME_TTL_MS = 30_000;
/** New overlays are mounted in slices of this much main-thread time, then the page gets a turn. */
const MOUNT_SLICE_MS = 8;
const FULL_SWEEP_MS = 5000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Keeps the page's overlays in step with the verdicts: one entry per anchored element, shown when
 * the band is at least the user's minimum and the post is not dismissed, marked "not a scam" or from
 * an allow-listed company. Annotates only: the post itself is never hidden or moved aside.
 */
export class OverlayManager {
  private readonly entries = new Map<Element, Entry>();
  private readonly mountQueue: Entry[] = [];
  private lastFullSweep = 0;
  private pumping = false;
  /** Dismissed for this page view (until reload). */
  private readonly dismissed = new Set<string>();
  /** The page's light/dark theme, read at most every 30 s (reading it forces a style recalc). */
  private theme: { value: ThemeName; at: number } | undefined;
  /** Marked "not a scam" here, before the stored list comes back through storage. */
  private readonly notScam = new Set<string>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly texts: RuleTexts,
    private readonly actions: OverlayActions,
    private settings: OverlaySettings,
    private readonly mount: Mount = mountOverlay,
  ) {}

  show(item: ExtractedItem, verdict: Verdict): void {
    let entry = this.entries.get(item.element);
    // A different post on the same element (recycled node) gets a fresh overlay.
    if (entry && entry.item.post.id !== item.post.id) {
      entry.overlay?.remove();
      entry.overlay = undefined;
    }
    if (entry) {
      entry.item = item;
      entry.verdict = verdict;
    } else {
      entry = { item, verdict, queued: false };
      this.entries.set(item.element, entry);
    }
    this.decide(entry);
  }

  /** The element no longer shows the post its overlay was about. */
  stale(element: Element): void {
    const entry = this.entries.get(element);
    if (!entry) return;
    this.entries.delete(element);
    entry.overlay?.remove();
    entry.overlay = undefined;
  }

  /** After a soft navigation, detail panes show another job: their warnings go until it is scored. */
  navigated(): void {
    for (const [element, entry] of this.entries) if (entry.item.placement === 'detail') this.stale(element);
  }

  /**
   * After each batch: put back overlays the page's rendering removed. Entries of elements that are
   * gone are dropped now if they had an overlay, otherwise every few seconds (a long feed has many).
   */
  sweep(): void {
    const now = Date.now();
    const full = now - this.lastFullSweep > FULL_SWEEP_MS;
    if (full) this.lastFullSweep = now;
    for (const [element, entry] of this.entries) {
      if (!entry.overlay && !full) continue;
      if (!element.isConnected) {
        this.entries.delete(element);
        entry.overlay?.remove();
        entry.overlay = undefined;
      } else {
        entry.overlay?.reattach();
      }
    }
  }

  update(settings: OverlaySettings): void {
    this.settings = settings;
    for (const entry of this.entries.values()) this.decide(entry);
  }

  clear(): void {
    for (const entry of this.entries.values()) {
      entry.overlay?.remove();
      entry.overlay = undefined;
    }
    this.entries.clear();
    this.mountQueue.length = 0;
  }

  /** For tests and the benchmark: the posts that currently have a visible overlay. */
  shownPostIds(): string[] {
    return [...this.entries.values()].filter((e) => e.overlay).map((e) => e.item.post.id ?? '');
  }

  private visible(entry: Entry): boolean {
    const id = entry.item.post.id ?? '';
    return (
      shouldWarn(entry.verdict, this.settings.minBand) &&
      !this.dismissed.has(id) &&
      !this.notScam.has(id) &&
      !notScamKeys(entry.item.post).some((key) => this.settings.notScam.has(key)) &&
      !isAllowListed(entry.item.post, this.settings.allowList)
    );
  }

  private decide(entry: Entry): void {
    if (!this.visible(entry)) {
      entry.overlay?.remove();
      entry.overlay = undefined;
      return;
    }
    if (entry.overlay) {
      this.render(entry);
      return;
    }
    if (entry.queued) return;
    entry.queued = true;
    this.mountQueue.push(entry);
    if (!this.pumping) {
      this.pumping = true;
      void this.pump();
    }
  }

  /**
   * Mounts queued overlays a few at a time: a page that scrolls many risky posts into view at once
   * gets them over several short tasks, never one long one.
   */
  private async pump(): Promise<void> {
    let sliceStart = performance.now();
    while (this.mountQueue.length > 0) {
      if (performance.now() - sliceStart > MOUNT_SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      const entry = this.mountQueue.shift()!;
      entry.queued = false;
      const element = entry.item.element;
      const wanted = () => this.entries.get(element) === entry && !entry.overlay && this.visible(entry) && element.isConnected;
      if (!wanted()) continue;
      let overlay: MountedOverlay;
      try {
        overlay = await this.mount(this.ctx, element, entry.item.placement === 'card' ? 'badge' : 'panel', {
          'data-waspada-band': entry.verdict.band,
          'data-waspada-post': entry.item.post.id ?? '',
        });
      } catch {
        continue;
      }
      if (!wanted()) {
        overlay.remove();
        continue;
      }
      entry.overlay = overlay;
      this.render(entry);
    }
    this.pumping = false;
  }

  private render(entry: Entry): void {
    const overlay = entry.overlay;
    if (!overlay) return;
    entry.theme ??= this.pageTheme(entry.item.element);
    const { post } = entry.item;
    overlay.host.setAttribute('data-waspada-band', entry.verdict.band);
    overlay.host.setAttribute('data-waspada-post', post.id ?? '');
    overlay.host.setAttribute('data-waspada-lang', this.settings.lang);
    if (overlay.kind === 'badge') {
      render(<CardBadge verdict={entry.verdict} lang={this.settings.lang} theme={entry.theme} />, overlay.container);
      return;
    }
    render(
      <WarningPanel
        post={post}
        verdict={entry.verdict}
        lang={this.settings.lang}
        texts={this.texts}
        theme={entry.theme}
        onReport={() => this.actions.report(post, entry.verdict, overlay.shadow)}
        onNotScam={() => {
          this.actions.notScam(post, entry.verdict);
          this.hidePost(this.notScam, post.id);
        }}
        onDismiss={() => this.hidePost(this.dismissed, post.id)}
      />,
      overlay.container,
    );
  }

  private pageTheme(element: Element): ThemeName {
    const now = Date.now();
    if (!this.theme || now - this.theme.at > THEME_TTL_MS) this.theme = { value: detectTheme(element), at: now };
    return this.theme.value;
  }

  private hidePost(set: Set<string>, id: string | undefined): void {
    if (!id) return;
    set.add(id);
    for (const entry of this.entries.values()) if (entry.item.post.id === id) this.decide(entry);
  }
}
