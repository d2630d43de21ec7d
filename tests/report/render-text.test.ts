import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { renderJson, parseReportJson, reportFileName } from '../../src/report/render-json';
import { renderText } from '../../src/report/render-text';
import { makeOrganisation, makePost, makeVerdict, SEEN_AT } from './fixtures';

function report(lang: 'en' | 'id', extra: { reporter?: { name: string } } = {}) {
  const post = makePost();
  return buildReport({
    post,
    verdict: makeVerdict(post),
    hotline: { country: 'id', organisation: makeOrganisation({ name: 'KP2MI call centre' }) },
    country: 'id',
    seenAt: SEEN_AT,
    lang,
    note: 'Dilihat di grup loker.',
    ...extra,
  });
}

describe('renderText', () => {
  it('renders English labels and every section in order of importance', () => {
    const text = renderText(report('en'));
    const order = ['Report: suspicious job advertisement', 'Sent to: KP2MI call centre (unverified', 'Post address: https://www.facebook.com/groups/123/posts/456/', 'Risk assessment: high', 'Warning signs found (3)', 'Contacts and accounts in the post (4)', 'Note from the person reporting', 'Signs of a legitimate offer (1)', 'Text of the post'];
    let at = -1;
    for (const piece of order) {
      const i = text.indexOf(piece);
      expect(i, piece).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toContain('"Paspor disimpan perusahaan"');
    expect(text).toContain('- WhatsApp: +6281234567890 (as written: "0812-3456-7890")');
    expect(text).toContain('The person reporting chose not to share their own details.');
  });

  it('renders Indonesian labels', () => {
    const text = renderText(report('id'));
    expect(text).toContain('Laporan: iklan lowongan kerja mencurigakan');
    expect(text).toContain('Dikirim ke: KP2MI call centre (belum diverifikasi — periksa sebelum menghubungi)');
    expect(text).toContain('Penilaian risiko: tinggi');
    expect(text).toContain('Kontak ini berasal dari unggahan mencurigakan');
    expect(text).toContain('Pelapor memilih tidak mencantumkan identitasnya.');
  });

  it('shows the reporter only when given', () => {
    expect(renderText(report('en', { reporter: { name: 'Ayu' } }))).toContain("Reporter's contact details\nName: Ayu");
  });

  it('compact text (for links) puts the note before the warning signs, shortened, and drops explanations', () => {
    const r = { ...report('en'), note: 'Seen in a group. '.repeat(100), flags: report('en').flags.map((f) => ({ ...f, explanation: 'Because.' })) };
    const compact = renderText(r, { compact: true });
    expect(compact.indexOf('Note from the person reporting')).toBeLessThan(compact.indexOf('Warning signs found'));
    expect(compact).toMatch(/Seen in a group\. .*\[trimmed: \d+ more characters\]/);
    expect(compact).not.toContain('Why it matters');
    expect(renderText(r)).toContain('Why it matters: Because.');
  });
});

describe('renderJson', () => {
  it('round-trips through the schema and names the file by reference', () => {
    const r = report('id');
    const json = renderJson(r);
    expect(parseReportJson(json)).toEqual(r);
    expect(json).toBe(renderJson(report('id')));
    expect(reportFileName(r)).toBe(`waspada-report-${r.reference}.json`);
    expect(() => parseReportJson('{"format":"other"}')).toThrow();
  });
});
