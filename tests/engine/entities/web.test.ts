import { describe, expect, it } from 'vitest';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { extractEntities } from '../../../src/engine/entities/extract-entities';

function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

function pick(original: string) {
  return extractEntities(lowerView(original), 'text').map((e) => [e.type, e.value, e.evidence.quote]);
}

describe('email', () => {
  it('reads addresses in lower case', () => {
    expect(pick('Email HR.Recruitment@Gmail.COM.')).toEqual([['email', 'hr.recruitment@gmail.com', 'HR.Recruitment@Gmail.COM']]);
  });

  it('does not read handles or broken addresses', () => {
    expect(pick('@someone and a@b and x@localhost')).toEqual([]);
  });
});

describe('url and domain', () => {
  it('reads a URL as written and its host as a domain', () => {
    expect(pick('Apply at https://WWW.Asia-Career.com/apply?ref=FB1.')).toEqual([
      ['url', 'https://WWW.Asia-Career.com/apply?ref=FB1', 'https://WWW.Asia-Career.com/apply?ref=FB1'],
      ['domain', 'asia-career.com', 'WWW.Asia-Career.com'],
    ]);
  });

  it('reads www. links, short links and bare host names', () => {
    expect(pick('www.recruit-asia.com/jobs, bit.ly/3xYz or recruitasia.co.id')).toEqual([
      ['domain', 'recruit-asia.com', 'www.recruit-asia.com'],
      ['url', 'www.recruit-asia.com/jobs', 'www.recruit-asia.com/jobs'],
      ['domain', 'bit.ly', 'bit.ly'],
      ['url', 'bit.ly/3xYz', 'bit.ly/3xYz'],
      ['domain', 'recruitasia.co.id', 'recruitasia.co.id'],
    ]);
  });

  it('keeps a closing parenthesis that belongs to the URL and drops one that does not', () => {
    expect(pick('(see https://en.wikipedia.org/wiki/Foo_(bar))')[0]?.[1]).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
    expect(pick('(see https://example.com/x)')[0]?.[1]).toBe('https://example.com/x');
  });

  it('does not read abbreviations, e-mail hosts or file names as domains', () => {
    expect(pick('PT Maju Sdn. Bhd. s.d. Jl.Sudirman, file.pdf, v1.2.3')).toEqual([]);
    expect(pick('x@example.com').map((p) => p[0])).toEqual(['email']);
  });
});
