import { describe, expect, it } from 'vitest';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { extractEntities } from '../../../src/engine/entities/extract-entities';

function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

function pick(original: string, defaultCountry: 'ID' | 'PH' | 'VN' | undefined = 'ID') {
  const opts = defaultCountry === undefined ? {} : { defaultCountry };
  return extractEntities(lowerView(original), 'text', opts).map((e) => [e.type, e.value, e.detail, e.evidence.quote]);
}

describe('bank accounts', () => {
  it.each([
    ['Transfer ke BCA 1234567890 a.n. Budi', '1234567890', 'BCA', '1234567890'],
    ['Rek BRI: 0012-01-000123-50-1', '001201000123501', 'BRI', '0012-01-000123-50-1'],
    ['Bank Mandiri no. rek 123 456 7890', '1234567890', 'Mandiri', '123 456 7890'],
    ['rek BNI 9876543210', '9876543210', 'BNI', '9876543210'],
    ['BDO account no. 001234567890', '001234567890', 'BDO', '001234567890'],
    ['Vietcombank STK 0123456789', '0123456789', 'Vietcombank', '0123456789'],
    ['Maybank acc 5123-4567-8901', '512345678901', 'Maybank', '5123-4567-8901'],
    ['ABA: 000 123 456', '000123456', 'ABA', '000 123 456'],
  ])('%s', (input, digits, bank, quote) => {
    expect(pick(input)).toEqual([['bank-account', digits, bank, quote]]);
  });

  it('reads an account word without a bank name', () => {
    expect(pick('no. rek 9876543210')).toEqual([['bank-account', '9876543210', undefined, '9876543210']]);
    expect(pick('A/C 123456789')).toEqual([['bank-account', '123456789', undefined, '123456789']]);
  });

  it.each([
    'Bank BCA terpercaya',
    'Gaji via BCA setiap bulan',
    'Transfer BCA Rp 1.500.000',
    'BCA 12345', // too short for an account
    'rekrutmen 1234567890', // "rek" inside a word
    'BCA\n1234567890', // not on the same line
  ])('%s has no account', (input) => {
    expect(pick(input).filter((p) => p[0] === 'bank-account')).toEqual([]);
  });
});

describe('e-wallets', () => {
  it.each([
    ['DANA 0812-3456-7890', '+6281234567890', 'DANA', '0812-3456-7890'],
    ['OVO: 081298765432', '+6281298765432', 'OVO', '081298765432'],
    ['GoPay 0857 1234 5678', '+6285712345678', 'GoPay', '0857 1234 5678'],
    ['ShopeePay 081234567891', '+6281234567891', 'ShopeePay', '081234567891'],
    ['GCash 0917 123 4567', '+639171234567', 'GCash', '0917 123 4567'],
    ['PayMaya 09171234567', '+639171234567', 'Maya', '09171234567'],
    ['MoMo 0912 345 678', '+84912345678', 'MoMo', '0912 345 678'],
    ['ZaloPay: 0912345679', '+84912345679', 'ZaloPay', '0912345679'],
    ["Touch 'n Go 012-3456789", '+60123456789', "Touch 'n Go", '012-3456789'],
    ['TrueMoney 081 234 5678', '+66812345678', 'TrueMoney', '081 234 5678'],
  ])('%s', (input, value, wallet, quote) => {
    // the wallet's home country decides how a national number is read, whatever the default
    expect(pick(input, 'ID')).toEqual([['ewallet', value, wallet, quote]]);
  });

  it('keeps long non-phone wallet ids as digits', () => {
    expect(pick('DANA 9988776655443322', undefined)).toEqual([['ewallet', '9988776655443322', 'DANA', '9988776655443322']]);
  });

  it('does not read the word "dana" (funds) or an amount as a wallet', () => {
    expect(pick('Dana bantuan 5000000').filter((p) => p[0] === 'ewallet')).toEqual([]);
    expect(pick('Dana tersedia untuk semua')).toEqual([]);
  });
});
