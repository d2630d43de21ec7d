import { describe, expect, it } from 'vitest';
import type { PostField } from '../../../src/model/post';
import type { MoneyPeriod } from '../../../src/model/verdict';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { findMoney, MAX_MONEY_ENTITIES, type FindMoneyOptions } from '../../../src/engine/money/parse-money';
import { USD_PER_UNIT } from '../../../src/engine/money/rates';

/** The original keeps its case; the engine reads the lower-cased text (same length, same offsets). */
function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

function money(original: string, field: PostField = 'text', opts?: FindMoneyOptions) {
  return findMoney(lowerView(original), field, opts);
}

const PER_MONTH: Record<Exclude<MoneyPeriod, 'once'>, number> = { hour: 173, day: 22, week: 4.33, month: 1, year: 1 / 12 };

describe('findMoney: formats', () => {
  it.each([
    // input, currency, min, max, period, quote (the whole amount as written)
    ['Gaji Rp 15.000.000', 'IDR', 15e6, 15e6, undefined, 'Rp 15.000.000'],
    ['Rp15jt', 'IDR', 15e6, 15e6, undefined, 'Rp15jt'],
    ['gaji 15 juta', 'IDR', 15e6, 15e6, undefined, '15 juta'],
    ['15jt', 'IDR', 15e6, 15e6, undefined, '15jt'],
    ['IDR 8-12 jt/bulan', 'IDR', 8e6, 12e6, 'month', 'IDR 8-12 jt/bulan'],
    ['Rp 7,5 juta per bulan', 'IDR', 7.5e6, 7.5e6, 'month', 'Rp 7,5 juta per bulan'],
    ['Rp 150rb per hari', 'IDR', 150_000, 150_000, 'day', 'Rp 150rb per hari'],
    ['$1,500', 'USD', 1500, 1500, undefined, '$1,500'],
    ['US$ 1,200/month', 'USD', 1200, 1200, 'month', 'US$ 1,200/month'],
    ['US $1,200 a month', 'USD', 1200, 1200, 'month', 'US $1,200 a month'],
    ['USD 1.2k', 'USD', 1200, 1200, undefined, 'USD 1.2k'],
    ['1500U', 'USD', 1500, 1500, undefined, '1500U'],
    ['1500 USDT', 'USD', 1500, 1500, undefined, '1500 USDT'],
    ['800 dolar', 'USD', 800, 800, undefined, '800 dolar'],
    ['gaji 1000 USD', 'USD', 1000, 1000, undefined, '1000 USD'],
    ['$100-$200 daily', 'USD', 100, 200, 'day', '$100-$200 daily'],
    ['US$ 25 per hour', 'USD', 25, 25, 'hour', 'US$ 25 per hour'],
    ['$12 hourly', 'USD', 12, 12, 'hour', '$12 hourly'],
    ['USD 36,000 per year', 'USD', 36_000, 36_000, 'year', 'USD 36,000 per year'],
    ['₱45,000', 'PHP', 45_000, 45_000, undefined, '₱45,000'],
    ['PHP 40k', 'PHP', 40_000, 40_000, undefined, 'PHP 40k'],
    ['Php 30,000 - 60,000 monthly', 'PHP', 30_000, 60_000, 'month', 'Php 30,000 - 60,000 monthly'],
    ['PHP 30,000 kada buwan', 'PHP', 30_000, 30_000, 'month', 'PHP 30,000 kada buwan'],
    ['Php 5,000 weekly', 'PHP', 5000, 5000, 'week', 'Php 5,000 weekly'],
    ['15 triệu', 'VND', 15e6, 15e6, undefined, '15 triệu'],
    ['lương 15 triệu đồng/tháng', 'VND', 15e6, 15e6, 'month', '15 triệu đồng/tháng'],
    ['VND 15.000.000', 'VND', 15e6, 15e6, undefined, 'VND 15.000.000'],
    ['RM 5,000', 'MYR', 5000, 5000, undefined, 'RM 5,000'],
    ['RM5k sebulan', 'MYR', 5000, 5000, 'month', 'RM5k sebulan'],
    ['฿30,000', 'THB', 30_000, 30_000, undefined, '฿30,000'],
    ['30,000 บาท', 'THB', 30_000, 30_000, undefined, '30,000 บาท'],
    ['30,000 บาทต่อเดือน', 'THB', 30_000, 30_000, 'month', '30,000 บาทต่อเดือน'],
    ['¥20000', 'CNY', 20_000, 20_000, undefined, '¥20000'],
    ['2万元/月', 'CNY', 20_000, 20_000, 'month', '2万元/月'],
    ['20000元', 'CNY', 20_000, 20_000, undefined, '20000元'],
    ['₹1 lakh', 'INR', 100_000, 100_000, undefined, '₹1 lakh'],
    ['Rs 50,000', 'INR', 50_000, 50_000, undefined, 'Rs 50,000'],
    ['KES 80,000', 'KES', 80_000, 80_000, undefined, 'KES 80,000'],
  ] as const)('%s', (input, currency, min, max, period, quote) => {
    const found = money(input);
    expect(found).toHaveLength(1);
    const entity = found[0]!;
    expect(entity.type).toBe('money');
    expect(entity.money).toMatchObject({ currency, min, max });
    expect(entity.money?.period).toBe(period);
    if (period === undefined) expect('period' in entity.money!).toBe(false);
    expect(entity.evidence).toEqual({ field: 'text', start: input.indexOf(quote), end: input.indexOf(quote) + quote.length, quote });
    // No period: a salary-sized amount is taken as monthly pay.
    const expected = max * USD_PER_UNIT[currency]! * PER_MONTH[period ?? 'month'];
    expect(entity.money?.monthlyUsd).toBeCloseTo(expected, 1);
  });

  it('reads ranges written with dashes, en-dashes and words', () => {
    expect(money('USD 1,000–2,000')[0]?.money).toMatchObject({ currency: 'USD', min: 1000, max: 2000 });
    expect(money('1000 to 1500 USD')[0]?.money).toMatchObject({ currency: 'USD', min: 1000, max: 1500 });
    expect(money('Rp 5 juta - Rp 8 juta')[0]?.money).toMatchObject({ currency: 'IDR', min: 5e6, max: 8e6 });
    expect(money('gaji 5jt-8jt')[0]?.money).toMatchObject({ currency: 'IDR', min: 5e6, max: 8e6 });
  });

  it('gives a stable clustering value', () => {
    expect(money('IDR 8-12 jt/bulan')[0]?.value).toBe('IDR 8000000-12000000/month');
    expect(money('$1,500')[0]?.value).toBe('USD 1500');
  });

  it('keeps amounts in different currencies apart', () => {
    const found = money('USD 1000 - Rp 15jt');
    expect(found.map((e) => e.value)).toEqual(['USD 1000', 'IDR 15000000']);
  });

  it('reads a pay period written before the amount', () => {
    expect(money('เดือนละ 30,000 บาท')[0]?.money).toMatchObject({ currency: 'THB', max: 30_000, period: 'month' });
    expect(money('月薪2万')[0]?.money).toMatchObject({ currency: 'CNY', max: 20_000, period: 'month' });
    expect(money('日薪500元')[0]?.money).toMatchObject({ currency: 'CNY', max: 500, period: 'day' });
    expect(money('Gaji harian Rp 150.000')[0]?.money).toMatchObject({ currency: 'IDR', max: 150_000, period: 'day' });
  });

  it('keeps the period of "daily salary", "weekly pay" although the pay word is nearer the amount', () => {
    expect(money('Daily salary 300-800 USD')[0]?.money).toMatchObject({ currency: 'USD', max: 800, period: 'day' });
    expect(money('weekly pay: $900')[0]?.money).toMatchObject({ currency: 'USD', max: 900, period: 'week' });
    expect(money('Hourly rate $25')[0]?.money).toMatchObject({ currency: 'USD', max: 25, period: 'hour' });
    expect(money('Salary: 1200 USD')[0]?.money?.period).toBeUndefined();
  });

  it('computes monthlyUsd from the upper end and the period', () => {
    expect(money('$100-$200 daily')[0]?.money?.monthlyUsd).toBe(4400);
    expect(money('US$ 10 per hour')[0]?.money?.monthlyUsd).toBe(1730);
    // Rp 15 million is a little under 900 US dollars (sanity band around the fixed rate)
    const idr = money('Gaji Rp 15.000.000')[0]?.money?.monthlyUsd ?? 0;
    expect(idr).toBeGreaterThan(800);
    expect(idr).toBeLessThan(1000);
  });
});

describe('findMoney: what is not (or not only) a salary', () => {
  it('marks fees and penalties as one-off, with no monthly figure', () => {
    const fee = money('Biaya admin Rp 500.000')[0]!;
    expect(fee.money).toMatchObject({ currency: 'IDR', max: 500_000, period: 'once' });
    expect(fee.money?.monthlyUsd).toBeUndefined();
    expect(money('denda Rp 50 juta jika resign')[0]?.money).toMatchObject({ max: 50e6, period: 'once' });
    expect(money('pay a fee of $500')[0]?.money).toMatchObject({ currency: 'USD', max: 500, period: 'once' });
  });

  it('does not take a bonus or commission for monthly pay', () => {
    const bonus = money('Gaji 12jt, bonus hingga Rp 5.000.000')[1]!;
    expect(bonus.money).toMatchObject({ currency: 'IDR', max: 5e6 });
    expect(bonus.money?.period).toBeUndefined();
    expect(bonus.money?.monthlyUsd).toBeUndefined();
    expect(money('cộng thêm hoa hồng 2 triệu')[0]?.money?.monthlyUsd).toBeUndefined();
  });

  it('gives no monthly figure for a rate per task', () => {
    const perTask = money('earn $25 per task')[0]!;
    expect(perTask.money).toMatchObject({ currency: 'USD', max: 25 });
    expect(perTask.money?.period).toBeUndefined();
    expect(perTask.money?.monthlyUsd).toBeUndefined();
  });

  it('reads a bare number after a salary word, with the default currency or XXX', () => {
    expect(money('Gaji: 5000000')[0]?.money).toEqual({ currency: 'XXX', min: 5e6, max: 5e6 });
    const idr = money('Gaji: 5000000', 'text', { defaultCurrency: 'IDR' })[0]?.money;
    expect(idr).toMatchObject({ currency: 'IDR', max: 5e6 });
    expect(idr?.monthlyUsd).toBeCloseTo(5e6 * USD_PER_UNIT.IDR!, 1);
  });

  it('reads Malay juta and ribu as ringgit when the default currency is MYR', () => {
    expect(money('gaji 5 ribu sebulan', 'text', { defaultCurrency: 'MYR' })[0]?.money).toMatchObject({
      currency: 'MYR',
      max: 5000,
      period: 'month',
    });
  });

  it('keeps the Indonesian shorthand "jt" and "rb" in rupiah even when the post reads as Malay', () => {
    expect(money('gaji 2,3jt per bulan', 'text', { defaultCurrency: 'MYR' })[0]?.money).toMatchObject({ currency: 'IDR', max: 2_300_000 });
    expect(money('gaji 500rb seminggu', 'text', { defaultCurrency: 'MYR' })[0]?.money).toMatchObject({ currency: 'IDR', max: 500_000 });
  });

  it('treats any salary-field amount as a salary', () => {
    const found = money('USD 20', 'salary');
    expect(found[0]?.evidence.field).toBe('salary');
    expect(found[0]?.money?.monthlyUsd).toBe(20);
    expect(money('USD 20', 'text')[0]?.money?.monthlyUsd).toBeUndefined();
  });

  it.each([
    'Hubungi 0812-3456-7890',
    'WA +62 812 3456 7890',
    'Tahun 2024',
    'Syarat umur 18-35 tahun',
    'Layanan 24/7',
    'Kerja 12 jam per hari, libur 2 hari per bulan',
    'Tanggal 01-02-2024',
    'Jam kerja 08.00-17.00',
    'Dibutuhkan 20 orang',
    'Indonesia punya 2 juta penduduk di sana',
    '5k followers',
    'Makan 3x sehari',
    'Gedung P2 lantai 5',
    'Ukuran 5m2',
    'covid19 vaccinated',
    'Ref no. 2024/05/0012',
  ])('%s has no money', (input) => {
    expect(money(input)).toEqual([]);
  });
});

describe('findMoney: one call', () => {
  it('finds several amounts in reading order and drops repeats', () => {
    const found = money('Gaji Rp 5jt/bulan. Setelah training Rp 8jt/bulan. Sekali lagi: Rp 5jt/bulan.');
    expect(found.map((e) => e.money?.max)).toEqual([5e6, 8e6]);
  });

  it('quotes the original text even when normalisation changed it', () => {
    // a zero-width space the normaliser removed sits inside the amount
    const original = 'Gaji Rp 15.\u200b000.000';
    const text = 'gaji rp 15.000.000';
    const start = new Int32Array(text.length);
    const end = new Int32Array(text.length);
    for (let i = 0, o = 0; i < text.length; i++, o++) {
      if (original[o] === '\u200b') o++;
      start[i] = o;
      end[i] = o + 1;
    }
    const [entity] = findMoney({ original, text, start, end }, 'salary');
    expect(entity?.money?.max).toBe(15e6);
    expect(entity?.evidence).toEqual({ field: 'salary', start: 5, end: original.length, quote: 'Rp 15.\u200b000.000' });
  });

  it('caps the number of entities', () => {
    const text = Array.from({ length: 300 }, (_, i) => `USD ${1000 + i}`).join(', ');
    expect(money(text)).toHaveLength(MAX_MONEY_ENTITIES);
  });
});
