import { describe, expect, it } from 'vitest';
import { findMoney, type FindMoneyOptions } from '../../../src/engine/money/parse-money';
import { lightView } from '../../../src/engine/normalise/light-view';

const money = (text: string, opts?: FindMoneyOptions) => findMoney(lightView(text), 'text', opts);
const values = (text: string, opts?: FindMoneyOptions) => money(text, opts).map((e) => e.value);

describe('findMoney: Chinese numerals', () => {
  it.each([
    ['月薪两万', 'CNY 20000/month'],
    ['月薪：两万', 'CNY 20000/month'],
    ['月薪两万五', 'CNY 25000/month'],
    ['工资 一万', 'CNY 10000'],
    ['底薪八千', 'CNY 8000'],
    ['薪资十五万元', 'CNY 150000'],
    ['两万元', 'CNY 20000'],
    ['月薪两千五', 'CNY 2500/month'],
    ['月薪两千美金', 'USD 2000/month'],
    ['月薪两万一个月', 'CNY 20000/month'],
  ])('%s → %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('reads the digit after 万 as thousands ("1万5" is 15,000)', () => {
    expect(values('月薪1万5')).toEqual(['CNY 15000/month']);
    expect(values('1万5千元')).toEqual(['CNY 15000']);
    expect(values('月薪1.5万')).toEqual(['CNY 15000/month']);
    expect(values('月薪1万-1万5')).toEqual(['CNY 10000-15000/month']);
  });

  it('reads ranges written in Chinese numerals', () => {
    expect(values('月薪两万到三万')).toEqual(['CNY 20000-30000/month']);
    expect(values('月薪1万至两万')).toEqual(['CNY 10000-20000/month']);
    expect(values('月薪两万五到三万')).toEqual(['CNY 25000-30000/month']);
    expect(values('两三万人')).toEqual([]);
  });

  it('leaves Chinese numerals without a currency or pay word alone', () => {
    expect(values('三万人')).toEqual([]);
    expect(values('千万不要相信')).toEqual([]);
    expect(values('粉丝两万')).toEqual([]);
    expect(values('一个月两万')).toEqual([]);
    expect(values('1.5万')).toEqual([]);
  });
});

describe('findMoney: Vietnamese dollars', () => {
  it('reads "đô" and "do" right after a number as US dollars', () => {
    expect(values('lương 1000 đô bao ăn ở')).toEqual(['USD 1000']);
    expect(values('luong 1000 do')).toEqual(['USD 1000']);
    expect(values('luong 1200 do/thang, bao an o')).toEqual(['USD 1200/month']);
    expect(values('luong 1000 do mot thang')).toEqual(['USD 1000/month']);
    expect(values('lương 1500do')).toEqual(['USD 1500']);
  });

  it('does not read "do" followed by a word, or "đô thị", as dollars', () => {
    expect(values('luong 1000 do cty tra', { defaultCurrency: 'VND' })).toEqual(['VND 1000']);
    expect(values('top 10 do\'s and don\'ts')).toEqual([]);
    expect(values('hơn 1000 đô thị')).toEqual([]);
  });
});

describe('findMoney: currency of a Tagalog pay word', () => {
  it('reads "sahod 80k" as pesos when the post has no local language', () => {
    expect(money('Hiring! sahod 80k, libre housing')[0]?.money).toMatchObject({ currency: 'PHP', max: 80_000 });
    expect(values('sweldo 25000 monthly')).toEqual(['PHP 25000/month']);
  });

  it('keeps the language default and invents nothing for other pay words', () => {
    expect(values('sahod 80k', { defaultCurrency: 'PHP' })).toEqual(['PHP 80000']);
    expect(values('salary 80k, apply now')).toEqual(['XXX 80000']);
    expect(values('80k views')).toEqual([]);
  });
});

describe('findMoney: digits and currency words of other scripts', () => {
  it.each([
    ['तलब १५०० डलर', 'USD 1500'],
    ['বেতন ১৫০০ ডলার', 'USD 1500'],
    ['ប្រាក់ខែ ១៥០០ ដុល្លារ', 'USD 1500'],
    ['လစာ ၁၅၀၀ ဒေါ်လာ', 'USD 1500'],
    ['เงินเดือน ๓๐,๐๐๐ บาท', 'THB 30000'],
    ['تنخواہ ۱۵۰۰ ڈالر', 'USD 1500'],
    ['वेतन 40000 रुपये', 'INR 40000'],
    ['বেতন ২০০০০ টাকা', 'BDT 20000'],
  ])('%s → %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('keeps the evidence on the original digits', () => {
    const [e] = money('तलब १५०० डलर');
    expect(e!.evidence.quote).toBe('१५०० डलर');
  });
});
