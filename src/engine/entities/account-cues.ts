import type { CountryCode } from 'libphonenumber-js/min';

/** Bank names as written in ads (lower-case) → the name reported in `detail`. */
export const BANKS: Readonly<Record<string, string>> = {
  // Indonesia
  bca: 'BCA', bri: 'BRI', bni: 'BNI', mandiri: 'Mandiri', 'bank mandiri': 'Mandiri', bsi: 'BSI', btn: 'BTN',
  'cimb niaga': 'CIMB Niaga', permata: 'Permata', danamon: 'Danamon', 'bank jago': 'Jago', seabank: 'SeaBank',
  // Philippines
  bdo: 'BDO', bpi: 'BPI', metrobank: 'Metrobank', landbank: 'Landbank', unionbank: 'UnionBank',
  'security bank': 'Security Bank', rcbc: 'RCBC', pnb: 'PNB',
  // Viet Nam
  vietcombank: 'Vietcombank', vcb: 'Vietcombank', techcombank: 'Techcombank', vietinbank: 'VietinBank',
  bidv: 'BIDV', agribank: 'Agribank', 'mb bank': 'MB Bank', mbbank: 'MB Bank', acb: 'ACB', tpbank: 'TPBank',
  sacombank: 'Sacombank', vpbank: 'VPBank',
  // Malaysia
  maybank: 'Maybank', cimb: 'CIMB', 'public bank': 'Public Bank', rhb: 'RHB', 'hong leong': 'Hong Leong',
  ambank: 'AmBank', 'bank islam': 'Bank Islam', 'bank rakyat': 'Bank Rakyat', bsn: 'BSN',
  // Cambodia, Thailand, Myanmar
  aba: 'ABA', acleda: 'ACLEDA', canadia: 'Canadia', wing: 'Wing', kbank: 'KBank', kasikorn: 'Kasikornbank',
  kasikornbank: 'Kasikornbank', scb: 'SCB', 'bangkok bank': 'Bangkok Bank', krungthai: 'Krungthai',
  ktb: 'Krungthai', krungsri: 'Krungsri', ttb: 'ttb', kbz: 'KBZ', 'kbz bank': 'KBZ', 'aya bank': 'AYA',
  // China, India, Kenya
  icbc: 'ICBC', 'bank of china': 'Bank of China', sbi: 'SBI', hdfc: 'HDFC', icici: 'ICICI', kcb: 'KCB',
  'equity bank': 'Equity Bank',
};

/** Words that announce an account number without naming the bank. */
export const ACCOUNT_WORDS: readonly string[] = [
  'rek', 'rekening', 'norek', 'no rek', 'no. rek', 'nomor rekening', 'account no', 'account number',
  'acct', 'acc no', 'a/c', 'bank account', 'số tài khoản', 'stk', 'tài khoản', '账号', '账户', '帳號',
  '卡号', '银行卡', 'เลขบัญชี', 'บัญชี',
];

export interface Wallet {
  name: string;
  /** The wallet's home country: its numbers are phone numbers of that country. */
  country?: CountryCode;
}

const W = (name: string, country?: CountryCode): Wallet => (country === undefined ? { name } : { name, country });
const TNG = W("Touch 'n Go", 'MY');

/** E-wallet names as written in ads (lower-case). */
export const WALLETS: Readonly<Record<string, Wallet>> = {
  dana: W('DANA', 'ID'), ovo: W('OVO', 'ID'), gopay: W('GoPay', 'ID'), 'go-pay': W('GoPay', 'ID'),
  'go pay': W('GoPay', 'ID'), shopeepay: W('ShopeePay'), 'shopee pay': W('ShopeePay'),
  linkaja: W('LinkAja', 'ID'), gcash: W('GCash', 'PH'), 'g-cash': W('GCash', 'PH'), 'g cash': W('GCash', 'PH'),
  paymaya: W('Maya', 'PH'), maya: W('Maya', 'PH'), momo: W('MoMo', 'VN'), zalopay: W('ZaloPay', 'VN'),
  'zalo pay': W('ZaloPay', 'VN'), "touch 'n go": TNG, "touch'n go": TNG, 'touch n go': TNG,
  'touch ’n go': TNG, touchngo: TNG, tng: TNG, truemoney: W('TrueMoney', 'TH'), 'true money': W('TrueMoney', 'TH'),
  promptpay: W('PromptPay', 'TH'), พร้อมเพย์: W('PromptPay', 'TH'), kbzpay: W('KBZPay', 'MM'),
  'kbz pay': W('KBZPay', 'MM'), wavepay: W('WavePay', 'MM'), 'wave pay': W('WavePay', 'MM'),
  'wave money': W('WavePay', 'MM'), grabpay: W('GrabPay'), mpesa: W('M-Pesa', 'KE'), 'm-pesa': W('M-Pesa', 'KE'),
  paytm: W('Paytm', 'IN'),
};

/** Words allowed between a bank or wallet name and its number: "BCA no. rek: 123…", "GCash number 0917…". */
export const ACCOUNT_FILLERS: ReadonlySet<string> = new Set([
  'no', 'nomor', 'nmr', 'number', 'num', 'nr', 'acc', 'account', 'acct', 'rek', 'rekening', 'norek',
  'a', 'c', 'savings', 'saving', 'tabungan', 'bank', 'stk', 'số', 'tài', 'khoản', 'ewallet', 'e', 'wallet',
  'id', 'ke', 'to', 'via', 'only', 'saja', 'ที่', 'เลขที่',
]);
