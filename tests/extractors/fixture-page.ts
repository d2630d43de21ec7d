/*
 * Loads a fixture into happy-dom's document. Each fixture names its own page URL and its risky and
 * benign post ids in <meta name="waspada:fixture-*"> so unit tests and the later Chromium e2e tests
 * read the same facts from the same file.
 */

export interface FixturePage {
  url: URL;
  risky: string[];
  benign: string[];
}

const meta = (name: string): string =>
  document.querySelector(`meta[name="waspada:fixture-${name}"]`)?.getAttribute('content') ?? '';

export function loadFixture(html: string): FixturePage {
  // innerHTML on <html> parses head and body; the doctype and <html> tag themselves are dropped.
  const inner = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  document.documentElement.innerHTML = inner;
  const url = meta('url');
  if (!url) throw new Error('fixture has no <meta name="waspada:fixture-url">');
  return {
    url: new URL(url),
    risky: meta('risky').split(/\s+/).filter(Boolean),
    benign: meta('benign').split(/\s+/).filter(Boolean),
  };
}
