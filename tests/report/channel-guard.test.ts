import { describe, expect, it } from 'vitest';
import { assertNotFromPost, findChannelConflicts, isSameContact, UnsafeChannelError } from '../../src/report/channel-guard';

describe('channel guard', () => {
  const phone = { type: 'whatsapp' as const, value: '+6281234567890', asWritten: '0812-3456-7890' };

  it.each([
    ['0812-3456-7890', true],
    ['+62 812 3456 7890', true],
    ['6281234567890', true],
    ['0812-3456-7891', false],
    ['1343', false],
  ])('number %s same as the post WhatsApp: %s', (value, same) => {
    expect(isSameContact(value, phone)).toBe(same);
  });

  it('compares e-mail addresses case-insensitively, only with e-mail contacts', () => {
    const email = { type: 'email' as const, value: 'hrd@scam.example', asWritten: 'HRD@scam.example' };
    expect(isSameContact('Hrd@Scam.Example', email)).toBe(true);
    expect(isSameContact('help@hotline.example', email)).toBe(false);
  });

  it('compares web addresses by host and path, so a shared host is not a match', () => {
    const url = { type: 'url' as const, value: 'https://www.facebook.com/fakejobs?x=1', asWritten: 'facebook.com/fakejobs' };
    expect(isSameContact('https://facebook.com/fakejobs/', url)).toBe(true);
    expect(isSameContact('https://www.facebook.com/CICCgovph', url)).toBe(false);
  });

  it('works with verdict entities (evidence quote) as well as report contacts', () => {
    const entity = { type: 'phone' as const, value: '+855128132820', evidence: { quote: '012 813 2820' } };
    expect(findChannelConflicts(['012 813 2820', '117'], [entity])).toHaveLength(1);
  });

  it('throws a typed error naming the contact', () => {
    expect(() => assertNotFromPost('0812-3456-7890', [phone])).toThrow(UnsafeChannelError);
    try {
      assertNotFromPost('0812-3456-7890', [phone]);
    } catch (err) {
      expect((err as UnsafeChannelError).contact).toBe(phone);
    }
    expect(() => assertNotFromPost('0-800-1000', [phone])).not.toThrow();
  });
});
