import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { ChannelLinkError, mailtoLink, webFormLink, whatsAppDigits, whatsAppLink } from '../../src/report/channel-links';
import { UnsafeChannelError } from '../../src/report/channel-guard';
import { MAX_LINK_LENGTH } from '../../src/report/report-limits';
import { renderShortText, renderText } from '../../src/report/render-text';
import type { Report } from '../../src/report/report-schema';
import { makeOrganisation, makePost, makeVerdict, SEEN_AT } from './fixtures';

function report(overrides: { text?: string; lang?: 'en' | 'id'; note?: string; country?: string } = {}): Report {
  const post = makePost(overrides.text ? { text: overrides.text } : {});
  const verdict = makeVerdict(overrides.text ? makePost() : post);
  return buildReport({
    post,
    verdict,
    hotline: { country: overrides.country ?? 'id', organisation: makeOrganisation() },
    country: 'id',
    seenAt: SEEN_AT,
    lang: overrides.lang ?? 'id',
    ...(overrides.note ? { note: overrides.note } : {}),
  });
}

/** Splits a mailto:/https: link back into its address and decoded query parameters. */
function decode(link: string): { address: string; params: Record<string, string> } {
  const [address = '', query = ''] = link.split('?');
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [k = '', v = ''] = pair.split('=');
    params[k] = decodeURIComponent(v);
  }
  return { address, params };
}

const LONG_AD = 'Lowongan kerja di Kamboja — gaji besar, tiket ✈️ gratis, tanpa pengalaman. Hubungi kami segera! '.repeat(60);

describe('mailtoLink', () => {
  it('encodes subject and body that decode back to the report text, with CRLF line breaks', () => {
    const r = report({ note: 'Saya melihat iklan ini di grup “Loker Jakarta” — tolong dicek 🙏' });
    const link = mailtoLink(r, 'help@hotline.example', 20_000);
    const { address, params } = decode(link);
    expect(address).toBe('mailto:help@hotline.example');
    expect(params.subject).toBe(`Laporan iklan lowongan mencurigakan — ${r.reference} (facebook)`);
    expect(params.body).toBe(renderText(r).replace(/\n/g, '\r\n'));
    expect(params.body).toContain('“Loker Jakarta” — tolong dicek 🙏');
    expect(params.body).toContain('🇰🇭');
    expect(link).not.toMatch(/[\s<>"]/);
  });

  it('stays under the length limit and says it was trimmed, pointing at the JSON file', () => {
    const r = report({ text: LONG_AD });
    const link = mailtoLink(r, 'help@hotline.example');
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const body = decode(link).params.body!;
    expect(body).toContain(`waspada-report-${r.reference}.json`);
    expect(body).toMatch(/Laporan dipersingkat/);
    // The ad text goes first; warning signs and every contact from the post survive.
    const kept = body.slice(0, body.lastIndexOf('\r\n\r\n['));
    expect(renderText(r, { compact: true }).replace(/\n/g, '\r\n').startsWith(kept)).toBe(true);
    expect(body).toContain('Employer keeps the passport');
    for (const c of r.contacts) expect(body).toContain(c.value);
    expect(body).not.toContain('Teks unggahan');
  });

  it('cuts even the compact text at a line end when it is still too long', () => {
    const r = report({ note: 'Catatan panjang sekali. '.repeat(200) });
    const link = mailtoLink(r, 'help@hotline.example');
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const body = decode(link).params.body!;
    expect(body).toMatch(/\r\n\r\n\[Laporan dipersingkat[^\]]*\]\r\n$/);
  });

  it('uses the English marker for an English report', () => {
    const body = decode(mailtoLink(report({ text: LONG_AD, lang: 'en' }), 'help@hotline.example')).params.body!;
    expect(body).toMatch(/The report was shortened/);
  });

  it('refuses addresses that could inject headers, and addresses from the post', () => {
    const r = report();
    for (const bad of ['help@hotline.example?cc=x@y.z', 'a@b.c&bcc=x@y.z', 'not-an-address', 'x y@z.com']) {
      expect(() => mailtoLink(r, bad), bad).toThrow(ChannelLinkError);
    }
    const withEmail = buildReport({
      post: makePost({ text: 'Kirim CV ke hrd@scam.example' }),
      verdict: {
        ...makeVerdict(makePost()),
        entities: [{ type: 'email', value: 'hrd@scam.example', evidence: { field: 'text', start: 11, end: 27, quote: 'hrd@scam.example' } }],
      },
      hotline: { country: 'id', organisation: makeOrganisation() },
      country: 'id',
      seenAt: SEEN_AT,
      lang: 'id',
    });
    expect(() => mailtoLink(withEmail, 'HRD@scam.example')).toThrow(UnsafeChannelError);
  });
});

describe('whatsAppLink', () => {
  it('links to a hotline WhatsApp number in international digits, with the summary as text', () => {
    const r = report();
    const link = whatsAppLink(r, '0811-8080-141');
    expect(link.startsWith('https://wa.me/628118080141?text=')).toBe(true);
    expect(decode(link).params.text).toBe(renderShortText(r));
    expect(decode(link).params.text).toContain('WASPADA — Laporan');
  });

  it('shares with a contact of the user when no number is given', () => {
    const r = report();
    const link = whatsAppLink(r);
    expect(link.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decode(link).params.text).toContain(r.reference);
  });

  it('keeps non-ASCII text intact and stays under the limit when trimmed', () => {
    const r = report({ note: 'Tolong bantu — adik saya sudah berangkat ke Kamboja 😢 '.repeat(80) });
    const link = whatsAppLink(r, '+855 12 813 282');
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.startsWith('https://wa.me/85512813282?text=')).toBe(true);
    const text = decode(link).params.text!;
    expect(text).toContain('adik saya sudah berangkat ke Kamboja 😢');
    expect(text).toMatch(/Laporan dipersingkat/);
  });

  it('refuses a number from the post and a number WhatsApp cannot open', () => {
    expect(() => whatsAppLink(report(), '+62 812-3456-7890')).toThrow(UnsafeChannelError);
    expect(() => whatsAppDigits('1868', 'hk')).toThrow(ChannelLinkError);
    expect(whatsAppDigits('(61) 99611-0100', 'br')).toBe('5561996110100');
  });
});

describe('webFormLink', () => {
  it('passes a hotline web address through, adding https:// to a bare domain', () => {
    const r = report();
    expect(webFormLink(r, 'https://peduliwni.kemlu.go.id')).toBe('https://peduliwni.kemlu.go.id');
    expect(webFormLink(r, 'http://www.1343actionline.ph')).toBe('http://www.1343actionline.ph');
    expect(webFormLink(r, 'doe.go.th/ipd')).toBe('https://doe.go.th/ipd');
  });

  it('refuses non-web schemes and links from the post', () => {
    const r = report();
    expect(() => webFormLink(r, 'javascript:alert(1)')).toThrow(ChannelLinkError);
    expect(() => webFormLink(r, 'data:text/html,hi')).toThrow(ChannelLinkError);
    expect(() => webFormLink(r, 'https://kerja-kamboja.example/daftar')).toThrow(UnsafeChannelError);
  });
});
