import { describe, expect, test } from 'vitest';
import { isNegated } from '../../src/engine/match/negation';
import { normalise } from '../../src/engine/normalise/normalise';
import { rulePack } from '../helpers/rule-pack';

const lex = rulePack().pack.negation;

/** Whether `phrase` (first occurrence, in the full view of `sentence`) is negated in `mode`. */
function negated(sentence: string, phrase: string, mode: 'before' | 'around' | 'local' = 'before'): boolean {
  const text = normalise(sentence).full.text;
  const at = text.indexOf(phrase);
  expect(at, `"${phrase}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return isNegated(text, at, at + phrase.length, mode, lex);
}

describe('negated mentions', () => {
  test.each([
    ['We will never contact you on Telegram.', 'telegram'],
    ['Kami TIDAK memungut biaya apa pun.', 'memungut biaya'],
    ['No fees at any stage of recruitment.', 'fees'],
    ["We don't ask for a deposit.", 'deposit'],
    ['Never accept a job that asks you to travel on a tourist visa to work.', 'tourist visa'],
    ['Jangan mau berangkat dengan visa turis untuk bekerja.', 'visa turis'],
    ['Huwag tumanggap ng trabaho gamit ang tourist visa.', 'tourist visa'],
    ['Không thu phí tuyển dụng.', 'thu phi'],
    ['不收取任何费用', '收取任何费用'],
    ['我们不会要求提供银行卡', '银行卡'],
    ['Boleh berangkat pakai visa turis? TIDAK.', 'visa turis'],
    ['Can I work on a tourist visa? No, never.', 'tourist visa'],
  ])('%s', (sentence, phrase) => {
    expect(negated(sentence, phrase)).toBe(true);
  });

  test('a denial after the phrase counts only in "around" mode', () => {
    expect(negated('Biaya pendaftaran: GRATIS', 'biaya pendaftaran', 'around')).toBe(true);
    expect(negated('Registration fee: none', 'registration fee', 'around')).toBe(true);
    expect(negated('Biaya pendaftaran: GRATIS', 'biaya pendaftaran', 'before')).toBe(false);
  });
});

describe('mentions that stay positive', () => {
  test.each([
    ['Contact us on Telegram @hr_jobs for details.', 'telegram'],
    ['Tidak perlu pengalaman, visa turis diurus agen.', 'visa turis'], // the comma ends the negated clause
    ['No experience needed but you must pay a registration fee.', 'registration fee'], // "but" starts a new clause
    ['Kerja di Kamboja, gaji besar.', 'kamboja'], // "di" is a preposition, not a negation
    ['Gaji tinggi tanpa pengalaman, tiket gratis.', 'tiket gratis'],
    ['Registration fee na ₱499 lang po', 'registration fee'], // Tagalog "na" is a linker, not "n/a"
    ['Visa turis? Ya, diurus agen.', 'visa turis'], // a question answered yes
    ['非常高薪，包吃住', '高薪'], // 非常 means "very"
    ['不错的待遇，包吃住', '包吃住'], // 不 is far from the match
    ["Don't worry, the visa and ticket are covered by us.", 'visa'], // reassurance, not a warning
    ['Jangan khawatir, tiket dan visa ditanggung perusahaan.', 'tiket'],
    ['Jangan lewatkan kesempatan kerja di Kamboja!', 'kamboja'],
    ['Huwag mag-alala, libre ang ticket.', 'libre ang ticket'],
    ['bukan judol bukan scam 🙏 kantor di Sihanoukville', 'sihanoukville'], // the emoji ends the clause
  ])('%s', (sentence, phrase) => {
    expect(negated(sentence, phrase)).toBe(false);
  });

  test("negation words of other languages do not apply: Portuguese 'no' means 'in the'", () => {
    const text = normalise('Vagas de atendimento no Camboja, salário em dólar').full.text;
    const at = text.indexOf('camboja');
    expect(isNegated(text, at, at + 7, 'before', rulePack().pack.negation.forLanguage('pt'))).toBe(false);
    expect(isNegated(text, at, at + 7, 'before', rulePack().pack.negation.forLanguage('en'))).toBe(true);
  });

  test('warning openers do not cancel warning-language rules ("local" mode)', () => {
    expect(negated('Waspada modus lowongan kerja ke Kamboja', 'modus', 'local')).toBe(false);
    expect(negated('Waspada modus lowongan kerja ke Kamboja', 'kamboja', 'before')).toBe(true);
  });
});
