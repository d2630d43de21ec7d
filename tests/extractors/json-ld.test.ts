// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readJobPostings } from '../../src/extractors/json-ld';

function page(...blocks: string[]): Document {
  document.head.innerHTML = blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('');
  document.body.innerHTML = '<main></main>';
  return document;
}

const posting = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Admin', description: 'Text', ...extra });

describe('readJobPostings', () => {
  test('reads a plain JobPosting', () => {
    expect(readJobPostings(page(posting()))).toEqual([{ title: 'Admin', text: 'Text' }]);
  });

  test('reads arrays, @graph, mainEntity and @type arrays', () => {
    const postings = readJobPostings(
      page(
        `[${posting({ title: 'A' })}, {"@type": "Organization", "name": "X"}]`,
        JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['JobPosting'], title: 'B', description: 'b' }] }),
        JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'schema:JobPosting', title: 'C', description: 'c' } }),
      ),
    );
    expect(postings.map((p) => p.title)).toEqual(['A', 'B', 'C']);
  });

  test('skips malformed blocks and keeps the rest, without throwing', () => {
    const postings = readJobPostings(page('{"@type": "JobPosting", "title": "Broken', 'not json at all', posting({ title: 'Good' })));
    expect(postings.map((p) => p.title)).toEqual(['Good']);
  });

  test('repairs raw line breaks inside strings', () => {
    const postings = readJobPostings(page('{"@type":"JobPosting","title":"T","description":"line one\nline two"}'));
    expect(postings[0]?.text).toBe('line one line two');
  });

  test('ignores other script types and postings without a description', () => {
    document.head.innerHTML = `<script type="application/json">${posting()}</script>`;
    expect(readJobPostings(document)).toEqual([]);
    expect(readJobPostings(page(posting({ description: '' })))).toEqual([]);
  });

  test('accepts a type with parameters', () => {
    document.head.innerHTML = `<script type="application/ld+json; charset=utf-8">${posting()}</script>`;
    expect(readJobPostings(document)).toHaveLength(1);
  });

  test('maps organisation, locations, salary, identifier and url', () => {
    const [data] = readJobPostings(
      page(
        posting({
          title: 'CS &amp; Admin',
          description: '<p>Gaji <b>1.500 USD</b></p><ul><li>Visa gratis</li></ul>',
          hiringOrganization: { '@type': 'Organization', name: 'PT Contoh', sameAs: 'https://example.org' },
          jobLocation: [
            { '@type': 'Place', address: { addressLocality: 'Phnom Penh', addressRegion: 'Phnom Penh', addressCountry: 'KH' } },
            { '@type': 'Place', address: { addressLocality: 'Bavet', addressCountry: { '@type': 'Country', name: 'Cambodia' } } },
          ],
          baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { minValue: 1500, maxValue: 2000, unitText: 'MONTH' } },
          identifier: { '@type': 'PropertyValue', value: 'J-42' },
          url: 'https://jobs.example/42',
        }),
      ),
    );
    expect(data).toEqual({
      title: 'CS & Admin',
      text: 'Gaji 1.500 USD\n\n• Visa gratis',
      company: 'PT Contoh',
      location: 'Phnom Penh, KH; Bavet, Cambodia',
      salary: 'USD 1500–2000 per month',
      identifier: 'J-42',
      url: 'https://jobs.example/42',
    });
  });

  test.each([
    [{ currency: 'IDR', value: { value: 8000000, unitText: 'MONTH' } }, 'IDR 8000000 per month'],
    [{ currency: 'USD', value: 1500, unitText: 'MONTH' }, 'USD 1500 per month'],
    [{ currency: 'USD', value: { minValue: 1500 } }, 'USD 1500'],
    [2000, '2000'],
    [{ currency: 'USD' }, undefined],
  ])('salary %j → %j', (baseSalary, expected) => {
    expect(readJobPostings(page(posting({ baseSalary })))[0]?.salary).toBe(expected);
  });

  test('remote jobs say so, with the applicant country', () => {
    const [data] = readJobPostings(
      page(posting({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'Indonesia' } })),
    );
    expect(data?.location).toBe('Remote (Indonesia)');
  });

  test('hiringOrganization may be a plain string', () => {
    expect(readJobPostings(page(posting({ hiringOrganization: 'Agen Contoh' })))[0]?.company).toBe('Agen Contoh');
  });

  test('hostile HTML in the description becomes text and never runs', () => {
    (globalThis as Record<string, unknown>).__waspadaJsonLd = undefined;
    // Pages escape "</" inside ld+json as "<\/" so the block is not cut short; so does this test.
    const block = posting({
      description: '<img src=x onerror="globalThis.__waspadaJsonLd=1"><script>globalThis.__waspadaJsonLd=2</script>Safe text',
    }).replace(/<\//g, '<\\/');
    const [data] = readJobPostings(page(block));
    expect(data?.text).toBe('Safe text');
    expect((globalThis as Record<string, unknown>).__waspadaJsonLd).toBeUndefined();
  });

  test('odd values never throw', () => {
    const odd = ['null', '42', '"string"', '[[[]]]', '{"@graph": 5}', '{"@type": 7}', posting({ jobLocation: 5, baseSalary: null })];
    expect(() => readJobPostings(page(...odd))).not.toThrow();
  });
});
