import { describe, expect, it } from 'vitest';
import { buildReport, type BuildReportInput } from '../../src/report/build-report';
import { UnsafeChannelError } from '../../src/report/channel-guard';
import { REPORT_LIMITS } from '../../src/report/report-limits';
import { ReportSchema } from '../../src/report/report-schema';
import { makeOrganisation, makePost, makeVerdict, SEEN_AT } from './fixtures';

function input(overrides: Partial<BuildReportInput> = {}): BuildReportInput {
  const post = overrides.post ?? makePost();
  return {
    post,
    // Built from the default post when the test swaps in a post its evidence does not fit.
    verdict: overrides.verdict ?? makeVerdict(overrides.post ? makePost() : post),
    hotline: { country: 'id', organisation: makeOrganisation() },
    country: 'id',
    seenAt: SEEN_AT,
    lang: 'id',
    ...overrides,
  };
}

describe('buildReport', () => {
  it('is deterministic: same input, same report and reference', () => {
    const a = buildReport(input());
    const b = buildReport(input());
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.reference).toMatch(/^WSP-[0-9A-F]{8}$/);
    expect(buildReport(input({ seenAt: '2026-11-28' })).reference).not.toBe(a.reference);
  });

  it('validates against the published schema', () => {
    expect(ReportSchema.safeParse(buildReport(input())).success).toBe(true);
  });

  it('captures platform, post, poster, company and the date seen', () => {
    const r = buildReport(input());
    expect(r).toMatchObject({
      platform: 'facebook',
      title: 'Customer Service di Kamboja',
      poster: 'HRD Sari Global',
      company: 'PT Sukses Jaya',
      location: 'Phnom Penh, Kamboja',
      seenAt: SEEN_AT,
      country: 'id',
      lang: 'id',
      risk: { band: 'high', score: 82, rulePackVersion: '2026.11.0' },
    });
    expect(r.postText).toContain('Paspor disimpan perusahaan');
    expect(r.postTextTrimmed).toBe(false);
  });

  it('lists warning signs strongest first with their quotes, legitimacy cues last, quotes de-duplicated', () => {
    const r = buildReport(input({ explanations: { 'docs.passport-held': 'Menahan paspor adalah tanda kerja paksa.' } }));
    expect(r.flags.map((f) => f.ruleId)).toEqual(['docs.passport-held', 'visa.tourist-visa', 'destination.cambodia', 'legit.company-named']);
    expect(r.flags[0]).toMatchObject({ explanation: 'Menahan paspor adalah tanda kerja paksa.', quotes: [{ field: 'text', quote: 'Paspor disimpan perusahaan' }] });
    expect(r.flags[2]?.quotes).toEqual([
      { field: 'title', quote: 'Kamboja' },
      { field: 'location', quote: 'Kamboja' },
    ]);
  });

  it('ignores explanations inherited from Object.prototype', () => {
    const post = makePost();
    const verdict = makeVerdict(post);
    verdict.flags[0] = { ...verdict.flags[0]!, ruleId: 'constructor' };
    const r = buildReport(input({ post, verdict, explanations: {} }));
    expect(r.flags.find((f) => f.ruleId === 'constructor')?.explanation).toBeUndefined();
  });

  it('extracts contacts once each, as normalised value and as written, without amounts', () => {
    const r = buildReport(input());
    expect(r.contacts).toEqual([
      { type: 'whatsapp', value: '+6281234567890', asWritten: '0812-3456-7890' },
      { type: 'telegram', value: 'hrd_cambo', asWritten: '@hrd_cambo' },
      { type: 'bank-account', value: '1234567890', asWritten: 'BCA 1234567890', detail: 'BCA' },
      { type: 'url', value: 'https://kerja-kamboja.example/daftar?ref=fb', asWritten: 'https://kerja-kamboja.example/daftar?ref=fb' },
    ]);
  });

  it('snapshots the chosen hotline with per-channel trust', () => {
    const r = buildReport(input());
    expect(r.hotline).toMatchObject({ country: 'id', organisationId: 'test-hotline', verified: false, confidence: 'high', sourceUrl: 'https://hotline.example/about' });
    expect(r.hotline.channels[1]).toEqual({ type: 'whatsapp', value: '0811-8080-141', confidence: 'medium', verified: false });
  });

  describe('size limits', () => {
    it('trims long post text with a marker in the report language', () => {
      const long = 'Kerja di Kamboja gaji besar. '.repeat(500);
      const post = makePost({ text: long });
      const r = buildReport(input({ post, verdict: { ...makeVerdict(makePost()), flags: [], entities: [] } }));
      expect(r.postText.length).toBeLessThanOrEqual(REPORT_LIMITS.postText);
      expect(r.postTextTrimmed).toBe(true);
      expect(r.postTextLength).toBe(long.trim().length);
      expect(r.postText).toMatch(/\[dipotong: \d+ karakter lagi\]$/);
      const en = buildReport(input({ post, lang: 'en', verdict: { ...makeVerdict(makePost()), flags: [], entities: [] } }));
      expect(en.postText).toMatch(/\[trimmed: \d+ more characters\]$/);
    });

    it('never splits an emoji when trimming', () => {
      const post = makePost({ text: '😀'.repeat(3000) });
      const r = buildReport(input({ post, verdict: { ...makeVerdict(makePost()), flags: [], entities: [] } }));
      expect(r.postText).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    });

    it('caps flags, quotes, contacts, note and one-line fields', () => {
      const post = makePost({ title: 'T'.repeat(1000) });
      const base = makeVerdict(makePost());
      const flag = base.flags[0]!;
      const manyQuotes = Array.from({ length: 20 }, (_, i) => ({ ...flag.evidence[0]!, quote: `quote ${i} ` + 'x'.repeat(400) }));
      const flags = Array.from({ length: 60 }, (_, i) => ({ ...flag, ruleId: `r${String(i).padStart(2, '0')}`, evidence: manyQuotes }));
      const entities = Array.from({ length: 80 }, (_, i) => ({ ...base.entities[0]!, value: `+62812000000${String(i).padStart(2, '0')}` }));
      const r = buildReport(input({ post, verdict: { ...base, flags, entities }, note: 'n'.repeat(5000) }));
      expect(r.flags).toHaveLength(REPORT_LIMITS.flags);
      expect(r.flagsOmitted).toBe(20);
      expect(r.flags[0]!.quotes).toHaveLength(REPORT_LIMITS.quotesPerFlag);
      expect(r.flags[0]!.quotes[0]!.quote.length).toBeLessThanOrEqual(REPORT_LIMITS.quote);
      expect(r.contacts).toHaveLength(REPORT_LIMITS.contacts);
      expect(r.contactsOmitted).toBe(30);
      expect(r.note!.length).toBeLessThanOrEqual(REPORT_LIMITS.note);
      expect(r.title!.length).toBeLessThanOrEqual(REPORT_LIMITS.field);
    });
  });

  describe('redaction', () => {
    it('never includes reporter details unless passed', () => {
      const r = buildReport(input());
      expect(r).not.toHaveProperty('reporter');
      expect(JSON.stringify(r)).not.toContain('internal-123');
      expect(JSON.stringify(r)).not.toContain('capturedAt');
    });

    it('includes only the reporter fields given, trimmed, and drops empty ones', () => {
      expect(buildReport(input({ reporter: { name: '  Ayu  ', email: '' } })).reporter).toEqual({ name: 'Ayu' });
      expect(buildReport(input({ reporter: { name: ' ' } }))).not.toHaveProperty('reporter');
    });

    it('strips tracking and share parameters from the post address', () => {
      const r = buildReport(input());
      expect(r.postUrl).toBe('https://www.facebook.com/groups/123/posts/456/');
      const li = buildReport(input({ post: makePost({ url: 'https://www.linkedin.com/jobs/view/42/?refId=abc&trackingId=xyz&currentJobId=42' }) }));
      expect(li.postUrl).toBe('https://www.linkedin.com/jobs/view/42/?currentJobId=42');
      const x = buildReport(input({ post: makePost({ url: 'https://x.com/someone/status/1?s=20&t=abc' }) }));
      expect(x.postUrl).toBe('https://x.com/someone/status/1');
    });

    it('has null for absent post fields and no note when the note is blank', () => {
      const r = buildReport(input({ post: makePost({ url: undefined, company: undefined, platform: undefined }), note: '   ' }));
      expect(r).toMatchObject({ postUrl: null, company: null, platform: null, note: null });
    });
  });

  describe('safety guard', () => {
    it('refuses a hotline whose number is one of the post contacts', () => {
      const organisation = makeOrganisation({ channels: [{ type: 'whatsapp', value: '0812 3456 7890' }] });
      expect(() => buildReport(input({ hotline: { country: 'id', organisation } }))).toThrow(UnsafeChannelError);
    });

    it('refuses a hotline whose web address is a link from the post', () => {
      const organisation = makeOrganisation({ channels: [{ type: 'web-form', value: 'kerja-kamboja.example/daftar' }] });
      expect(() => buildReport(input({ hotline: { country: 'id', organisation } }))).toThrow(/appears in the suspicious post/);
    });

    it('does not confuse app names or short codes with post contacts', () => {
      const organisation = makeOrganisation({ channels: [{ type: 'phone', value: '1343' }, { type: 'app', value: 'Safe Travel 0812-3456-7890' }] });
      expect(() => buildReport(input({ hotline: { country: 'ph', organisation } }))).not.toThrow();
    });
  });

  it('rejects a seenAt that is not an ISO date', () => {
    expect(() => buildReport(input({ seenAt: 'yesterday' }))).toThrow(/ISO-8601/);
  });
});
