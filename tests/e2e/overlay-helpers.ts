// Helpers for the overlay e2e tests. The overlay lives in a *closed* shadow root (so the page cannot
// restyle it), which Playwright's locators do not enter; the DevTools protocol can (`pierce: true`).
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface HostInfo {
  kind: string;
  band: string;
  post: string;
  lang: string;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Our hosts on the page (their attributes are in the page's DOM; only their insides are closed).
 * Only our element names count: a page can add its own `[data-waspada]` look-alike (the hostile fixture does).
 */
export function overlayHosts(page: Page): Promise<HostInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('waspada-warning[data-waspada], waspada-badge[data-waspada]')).map((host) => ({
      kind: host.getAttribute('data-waspada') ?? '',
      band: host.getAttribute('data-waspada-band') ?? '',
      post: host.getAttribute('data-waspada-post') ?? '',
      lang: host.getAttribute('data-waspada-lang') ?? '',
    })),
  );
}

/** Waits until the overlays settle: the same set twice in a row, at least `min` of them. */
export async function waitForOverlays(page: Page, opts: { min?: number; timeout?: number; quietMs?: number } = {}): Promise<HostInfo[]> {
  const { min = 1, timeout = 15_000, quietMs = 1200 } = opts;
  const deadline = Date.now() + timeout;
  let last = '';
  let lastChange = Date.now();
  for (;;) {
    const hosts = await overlayHosts(page);
    const key = JSON.stringify(hosts.map((h) => `${h.kind}:${h.post}:${h.band}:${h.lang}`).sort());
    if (key !== last) {
      last = key;
      lastChange = Date.now();
    }
    if (hosts.length >= min && Date.now() - lastChange >= quietMs) return hosts;
    if (Date.now() > deadline) return hosts;
    await page.waitForTimeout(150);
  }
}

function textOf(node: CdpNode, out: string[]): void {
  if (node.nodeType === 3) out.push(node.nodeValue ?? '');
  if (node.localName === 'style') return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) textOf(child, out);
}

export class OverlayProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<OverlayProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new OverlayProbe(page, cdp);
  }

  /** The host and its (closed) shadow tree, without walking the whole page (a hostile page nests 300 deep). */
  private async host(post: string, kind = 'panel'): Promise<CdpNode> {
    const tag = kind === 'panel' ? 'waspada-warning' : 'waspada-badge';
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
    const { nodeId } = (await this.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `${tag}[data-waspada-post="${post}"]` })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${kind} overlay for ${post}`);
    const { node } = (await this.cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode };
    const shadow = node.shadowRoots?.[0];
    if (shadow) {
      const { nodeIds } = (await this.cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] })) as { nodeIds: number[] };
      shadow.nodeId = nodeIds[0]!;
    }
    return node;
  }

  /** The overlay's visible text (the shadow root's text nodes, styles left out). */
  async text(post: string, kind = 'panel'): Promise<string> {
    const host = await this.host(post, kind);
    const out: string[] = [];
    textOf(host, out);
    return out.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** The shadow root's mode as the browser reports it. */
  async shadowMode(post: string, kind = 'panel'): Promise<string | undefined> {
    const host = await this.host(post, kind);
    return (host.shadowRoots?.[0] as (CdpNode & { shadowRootType?: string }) | undefined)?.shadowRootType;
  }

  private async query(post: string, selector: string, kind = 'panel'): Promise<number> {
    const host = await this.host(post, kind);
    const shadow = host.shadowRoots?.[0];
    if (!shadow) throw new Error('no shadow root');
    const { nodeId } = (await this.cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${selector} in the overlay of ${post}`);
    return nodeId;
  }

  /** Clicks an element in the overlay with the mouse (a real user gesture). */
  async click(post: string, selector: string): Promise<void> {
    const nodeId = await this.query(post, selector);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  async focus(post: string, selector: string): Promise<void> {
    await this.cdp.send('DOM.focus', { nodeId: await this.query(post, selector) });
  }

  /** An attribute of an element inside the overlay. */
  async attribute(post: string, selector: string, name: string): Promise<string | undefined> {
    const nodeId = await this.query(post, selector);
    const { attributes } = (await this.cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
    return undefined;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

export function expectBands(hosts: HostInfo[], expected: Record<string, string | undefined>): void {
  for (const [post, band] of Object.entries(expected)) {
    const host = hosts.find((h) => h.post === post);
    if (band === undefined) expect(host, `${post} should have no overlay`).toBeUndefined();
    else expect(host?.band, `${post} band`).toBe(band);
  }
}

/**
 * What the overlay should show on a fixture: the engine's band for every item the extractors find
 * there (run in Node on the same HTML under happy-dom), so these tests check the page loop in a real
 * browser, not the rules. Items in the low band must have no overlay.
 */
export async function expectedBands(fixture: string): Promise<{ item: string; placement: string; band: string }[]> {
  const [{ Window }, { readFileSync }, { join }, { extractPage }, { screenPost }, { loadRulesFromDisk }] = await Promise.all([
    import('happy-dom'),
    import('node:fs'),
    import('node:path'),
    import('../../src/extractors/registry'),
    import('../../src/engine/screen-post'),
    import('../../src/rules/load-rules-from-disk'),
  ]);
  const { FIXTURES_DIR, fixtureUrl } = await import('./harness');
  const html = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  const url = fixtureUrl(fixture);
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  pack ??= loadRulesFromDisk().pack;
  const items = extractPage(window.document as unknown as Document, new URL(url));
  const out = items.map((item) => ({ item: item.post.id ?? '', placement: item.placement, band: screenPost(item.post, pack!).band }));
  await window.happyDOM.close();
  return out;
}
let pack: import('../../src/rules/compiled-rule').RulePack | undefined;
