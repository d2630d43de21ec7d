import { describe, expect, test } from 'vitest';
import { screenPost } from '../../src/engine/screen-post';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

const categories = (text: string) => new Set(screenPost({ kind: 'job-posting', text }, pack).flags.map((f) => f.category));

describe('negation carried along a list', () => {
  // Employers' no-fee notices: every item of the list is denied, not only the first.
  test.each([
    'Customer service staff needed in our Manila office. ABC Manpower will never ask you to pay any fee, deposit or processing charge.',
    'Data entry clerk, office based. Our company never charges a registration fee, training fee or deposit.',
    'Operator produksi di Bekasi. PT Maju tidak pernah meminta biaya pendaftaran, uang jaminan atau biaya pelatihan.',
    'Admin gudang di Cikarang. Perusahaan tidak memungut biaya apa pun, baik biaya seragam, biaya medical maupun uang jaminan.',
    '客服岗位，办公室在吉隆坡。我们绝不收取任何费用、押金或手续费。',
  ])('%s', (text) => {
    expect(categories(text).has('upfront-fee')).toBe(false);
  });

  test('the same list without the negation is still a fee', () => {
    expect(categories('Data entry clerk, work from home. Pay a registration fee, training fee or deposit before you start.').has('upfront-fee')).toBe(true);
    expect(categories('Operator produksi di Bekasi. Wajib bayar biaya pendaftaran, uang jaminan atau biaya pelatihan sebelum masuk.').has('upfront-fee')).toBe(true);
  });

  test('a denied item does not deny an item of another kind after the comma', () => {
    // "no experience" is a requirement; the free flight after it is still offered.
    expect(categories('No experience needed, free flight and housing, salary 1500 USD in Cambodia.').has('everything-paid')).toBe(true);
    expect(categories('Tidak perlu pengalaman, tiket pesawat dan mess gratis, gaji 1500 USD di Kamboja.').has('everything-paid')).toBe(true);
  });

  test('a list that names an amount is asked for after all', () => {
    // The "no registration fee" trick: the next items are charged.
    expect(categories('Data entry from home. No registration fee, training fee USD 50 and uniform fee USD 20.').has('upfront-fee')).toBe(true);
    expect(categories('Kerja dari rumah. Tanpa biaya pendaftaran, biaya pelatihan Rp 300.000 dan seragam Rp 150.000.').has('upfront-fee')).toBe(true);
  });

  test('a new clause after the comma is not a list item', () => {
    expect(categories('Data entry from home. There is no registration fee, the training fee is paid in cash on your first day or by GCash.').has('upfront-fee')).toBe(true);
  });
});
