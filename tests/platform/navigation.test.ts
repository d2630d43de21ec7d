// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { watchUrl, type NavigationContext } from '../../src/platform/navigation';

function fakeContext() {
  const listeners: { target: EventTarget; type: string; handler: (e: Event) => void }[] = [];
  const frames: FrameRequestCallback[] = [];
  const ctx: NavigationContext = {
    addEventListener: (target, type, handler) => listeners.push({ target, type, handler }),
    requestAnimationFrame: (cb) => frames.push(cb),
  };
  const fire = (type: string) => listeners.filter((l) => l.type === type).forEach((l) => l.handler(new Event(type)));
  const runFrames = () => frames.splice(0).forEach((cb) => cb(0));
  return { ctx, listeners, fire, runFrames };
}

test('reports soft navigations once, from location.href after a frame, whatever signalled them', () => {
  history.replaceState({}, '', '/jobs/view/1/');
  const { ctx, listeners, fire, runFrames } = fakeContext();
  const seen: string[] = [];
  const watcher = watchUrl(ctx, (url, previous) => seen.push(`${previous.pathname} → ${url.pathname}`));
  expect(listeners.map((l) => l.type).sort()).toEqual(['hashchange', 'popstate', 'wxt:locationchange']);

  history.pushState({}, '', '/jobs/view/2/');
  fire('wxt:locationchange');
  // Not before the frame: the Navigation API's event can precede the URL commit.
  expect(seen).toEqual([]);
  runFrames();
  expect(seen).toEqual(['/jobs/view/1/ → /jobs/view/2/']);

  // Two signals for one navigation give one report.
  fire('popstate');
  runFrames();
  expect(seen).toHaveLength(1);

  // A check from a batch of DOM changes catches a navigation nobody signalled.
  history.pushState({}, '', '/jobs/view/3/');
  watcher.check();
  expect(seen).toEqual(['/jobs/view/1/ → /jobs/view/2/', '/jobs/view/2/ → /jobs/view/3/']);
  expect(watcher.current.pathname).toBe('/jobs/view/3/');
});
