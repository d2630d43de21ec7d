import type { CountryCode } from 'libphonenumber-js/min';
import { ACCOUNT_FILLERS, BANKS, type Wallet } from './account-cues';
import type { EntitySink } from './entity-sink';
import { parsePhoneCached } from './phone-number';

/** Separators between a cue and its number; never a newline. */
const GAP_AT = /[ \t:.#=\-–/()]+/y;
const WORD_AT = /[\p{L}’']+/uy;
/** Account digits in groups: "1234567890", "1234 5678 90", "123-456-7890". */
const ACCOUNT_DIGITS_AT = /\+?\d+(?:[ -]\d+)*/y;
const LOOKAHEAD = 40;

/**
 * A bank account after a bank name (BCA, BDO, Vietcombank, Maybank, ABA …) or an account word
 * ("rek", "no. rek", "account no", "a/c", "số tài khoản") ending at `cueEnd`. value = the digits,
 * detail = the bank when named. A bank name with no number after it is not an account.
 * Returns where the account ends, or -1.
 */
export function readBankAccount(sink: EntitySink, cueEnd: number, bank: string | undefined): number {
  const number = numberAfter(sink.view.text, cueEnd);
  if (number === undefined) return -1;
  const digits = number.digits.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 20 || sink.isClaimed(number.from, number.to)) return -1;
  sink.add('bank-account', digits, number.from, number.to, bank ?? number.bank);
  return number.to;
}

/**
 * An e-wallet account (DANA, OVO, GoPay, GCash, Maya, MoMo, Touch 'n Go, TrueMoney …) after the
 * wallet's name: value = the E.164 number (wallets are keyed by phone numbers) or, failing that,
 * the digits; detail = the wallet. Returns where the account ends, or -1.
 */
export function readWallet(sink: EntitySink, cueEnd: number, wallet: Wallet, defaultCountry: CountryCode | undefined): number {
  const number = numberAfter(sink.view.text, cueEnd);
  if (number === undefined || sink.isClaimed(number.from, number.to)) return -1;
  const value = walletValue(number.digits, wallet, defaultCountry);
  if (value === undefined) return -1;
  sink.add('ewallet', value, number.from, number.to, wallet.name);
  return number.to;
}

function walletValue(written: string, wallet: Wallet, defaultCountry: CountryCode | undefined): string | undefined {
  const phone = parsePhoneCached(written, wallet.country ?? defaultCountry);
  if (phone !== undefined) return phone.e164;
  const digits = written.replace(/\D/g, '');
  return digits.length >= 10 && digits.length <= 16 ? digits : undefined;
}

/**
 * The number that follows a cue within 40 characters on the same line, when only separators and
 * filler words (or another bank name: "rek BCA 123…") stand between them.
 */
function numberAfter(text: string, pos: number): { digits: string; from: number; to: number; bank?: string } | undefined {
  const limit = pos + LOOKAHEAD;
  let bank: string | undefined;
  while (pos < limit) {
    GAP_AT.lastIndex = pos;
    const gap = GAP_AT.exec(text);
    if (gap !== null) pos += gap[0].length;
    ACCOUNT_DIGITS_AT.lastIndex = pos;
    const digits = ACCOUNT_DIGITS_AT.exec(text);
    if (digits !== null) {
      // two numbers in a row ("1234567890 0812 3456 7890"): keep the first group only
      const run = digits[0].replace(/\D/g, '').length > 20 ? /^\+?\d+/.exec(digits[0])![0] : digits[0];
      const to = pos + run.length;
      if (/^[.,]\d/.test(text.slice(to, to + 2))) return undefined; // "BCA 1.500.000" is an amount
      return bank === undefined ? { digits: run, from: pos, to } : { digits: run, from: pos, to, bank };
    }
    WORD_AT.lastIndex = pos;
    const word = WORD_AT.exec(text);
    if (word === null) return undefined;
    const w = word[0];
    if (BANKS[w] !== undefined) bank = BANKS[w];
    else if (!ACCOUNT_FILLERS.has(w)) return undefined;
    pos += w.length;
  }
  return undefined;
}
