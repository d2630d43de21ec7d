import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OVERLAY_CSS } from './overlay-css';

export type OverlayKind = 'panel' | 'badge';

/** Host element names; both are valid custom-element names, so a shadow root can be attached. */
export const HOST_NAMES: Readonly<Record<OverlayKind, string>> = { panel: 'waspada-warning', badge: 'waspada-badge' };

/**
 * Events stopped at our shadow root, so using the warning never triggers the page: X opens a tweet
 * on a click anywhere in it, LinkedIn opens a job from its card, and site shortcuts listen for keys.
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup',
  'pointerdown', 'pointerup', 'touchstart', 'touchend', 'contextmenu', 'focusin', 'focusout', 'input', 'change',
];

export interface MountedOverlay {
  readonly kind: OverlayKind;
  readonly host: HTMLElement;
  /** Render Preact into this element. */
  readonly container: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Puts the host back where it belongs if the page's own rendering removed it. */
  reattach(): void;
  remove(): void;
}

const HOST_NAME_SET = new Set(Object.values(HOST_NAMES));

/**
 * Whether a node is one of our hosts (the page screener ignores mutations that only add or remove
 * them). By element name too: a page's own `[data-waspada]` element is not ours.
 */
export const isOverlayHost = (node: Node): boolean =>
  node.nodeType === 1 && HOST_NAME_SET.has((node as Element).localName) && (node as Element).hasAttribute('data-waspada');

/**
 * Mounts a closed shadow root on `anchor`: a panel as its first child (read before the post), a
 * badge as its last (under the card's own lines). The page cannot reach into a closed root, and
 * extractors skip `[data-waspada]`, so our words are never read back as the post's.
 */
export async function mountOverlay(
  ctx: ContentScriptContext,
  anchor: Element,
  kind: OverlayKind,
  attributes: Readonly<Record<string, string>>,
): Promise<MountedOverlay> {
  const append = kind === 'panel' ? 'first' : 'last';
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: HOST_NAMES[kind],
    position: 'inline',
    anchor,
    append,
    mode: 'closed',
    isolateEvents: ISOLATED_EVENTS,
    css: OVERLAY_CSS,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  const host = ui.shadowHost;
  host.setAttribute('data-waspada', kind);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  ui.mount();
  return {
    kind,
    host,
    container: ui.uiContainer,
    shadow: ui.shadow,
    reattach() {
      if (host.isConnected || !anchor.isConnected) return;
      if (append === 'first') anchor.prepend(host);
      else anchor.append(host);
    },
    remove: () => ui.remove(),
  };
}
