import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { escapeHtml } from '../../src/report/escape-html';
import { renderHtml } from '../../src/report/render-html';
import { makeOrganisation, makePost, makeVerdict, SEEN_AT } from './fixtures';

const HOSTILE = `<img src=x onerror=alert(1)></script><script>alert("x")</script>' " & \`<svg onload=alert(2)>`;

function hostileReport() {
  const post = makePost({
    title: HOSTILE,
    postedBy: `</title><script>alert(3)</script>`,
    company: `"><iframe src=//evil.example>`,
    url: `https://www.facebook.com/x"><script>alert(4)</script>`,
    text: `Kerja di Kamboja ${HOSTILE}\nGaji besar`,
  });
  const base = makeVerdict(makePost());
  return buildReport({
    post,
    verdict: {
      ...base,
      flags: [{ ...base.flags[0]!, title: `<b>bold</b>`, evidence: [{ field: 'text', start: 17, end: 17 + HOSTILE.length, quote: HOSTILE }] }],
      entities: [{ type: 'url', value: 'javascript:alert(5)', evidence: { field: 'text', start: 0, end: 5, quote: '<a href="javascript:alert(5)">' } }],
    },
    hotline: { country: 'id', organisation: makeOrganisation({ name: 'Hotline <i>&</i> Co' }) },
    country: 'id',
    seenAt: SEEN_AT,
    lang: 'en',
    note: '</style><script>alert(6)</script>',
    reporter: { name: '<marquee>me</marquee>' },
    explanations: { 'visa.tourist-visa': '<script>alert(7)</script>' },
  });
}

describe('escapeHtml', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(hostileReport());

  it('is a complete page with charset, language and a script-blocking CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes all ad text: no tag or attribute from the post survives', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<\/script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<marquee/i);
    expect(html).not.toMatch(/<b>bold/);
    expect(html).not.toMatch(/<i>&/);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
  });

  it('the only elements are the ones the template writes', () => {
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'strong', 'span', 'blockquote', 'div', 'code', 'a'];
    for (const t of tags) expect(allowed, t).toContain(t);
  });

  it('links only the directory web form, never anything from the post', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://report.hotline.example/form', 'https://hotline.example/about']);
  });

  it('marks an unverified hotline', () => {
    expect(html).toContain('unverified — check before calling');
  });
});
