import type { Band, EntityType } from '../model/verdict';
import type { ChannelType } from '../hotlines/hotline-schema';
import type { ReportLang } from './report-schema';

/** Every fixed piece of report wording, in English and Indonesian. */
export interface ReportStrings {
  readonly heading: string;
  readonly intro: string;
  readonly reference: string;
  readonly seenAt: string;
  readonly sentTo: string;
  readonly unverified: string;
  readonly source: string;
  readonly post: string;
  readonly platform: string;
  readonly postUrl: string;
  readonly title: string;
  readonly poster: string;
  readonly company: string;
  readonly location: string;
  readonly salary: string;
  readonly risk: string;
  readonly score: string;
  readonly rules: string;
  readonly bands: Readonly<Record<Band, string>>;
  readonly flags: string;
  readonly legitimacy: string;
  readonly why: string;
  readonly flagsOmitted: (n: number) => string;
  readonly contacts: string;
  readonly contactsWarning: string;
  readonly asWritten: string;
  readonly contactsOmitted: (n: number) => string;
  readonly contactTypes: Readonly<Record<EntityType, string>>;
  readonly channelTypes: Readonly<Record<ChannelType, string>>;
  readonly note: string;
  readonly postText: string;
  readonly reporter: string;
  readonly reporterName: string;
  readonly reporterEmail: string;
  readonly reporterPhone: string;
  readonly noReporter: string;
  readonly textTrimmed: (omitted: number) => string;
  readonly subject: string;
  readonly linkTrimmed: (fileName: string) => string;
  readonly fullReport: (fileName: string) => string;
  readonly noFlags: string;
  readonly screenshot: string;
  readonly screenshotTaken: string;
}

const EN: ReportStrings = {
  heading: 'Report: suspicious job advertisement',
  intro:
    'Prepared with Waspada, a browser extension that screens job ads for signs of scam-compound recruitment and human trafficking. The assessment is automatic and can be wrong; please verify.',
  reference: 'Reference',
  seenAt: 'Seen on',
  sentTo: 'Sent to',
  unverified: 'unverified — check before calling',
  source: 'Source',
  post: 'The post',
  platform: 'Platform',
  postUrl: 'Post address',
  title: 'Job title',
  poster: 'Posted by',
  company: 'Company',
  location: 'Location',
  salary: 'Salary',
  risk: 'Risk assessment',
  score: 'score',
  rules: 'rules',
  bands: { low: 'low', medium: 'medium', high: 'high' },
  flags: 'Warning signs found',
  legitimacy: 'Signs of a legitimate offer',
  why: 'Why it matters',
  flagsOmitted: (n) => `${n} more warning sign(s) left out`,
  contacts: 'Contacts and accounts in the post',
  contactsWarning: 'These come from the suspicious post. Do not contact them or send money.',
  asWritten: 'as written',
  contactsOmitted: (n) => `${n} more contact(s) left out`,
  contactTypes: {
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    line: 'LINE',
    wechat: 'WeChat',
    email: 'E-mail',
    url: 'Link',
    domain: 'Website',
    'bank-account': 'Bank account',
    ewallet: 'E-wallet',
    money: 'Amount',
  },
  channelTypes: {
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    sms: 'SMS',
    email: 'E-mail',
    'web-form': 'Online form',
    website: 'Website',
    app: 'App',
  },
  note: 'Note from the person reporting',
  postText: 'Text of the post',
  reporter: "Reporter's contact details",
  reporterName: 'Name',
  reporterEmail: 'E-mail',
  reporterPhone: 'Phone',
  noReporter: 'The person reporting chose not to share their own details.',
  textTrimmed: (n) => ` … [trimmed: ${n} more characters]`,
  subject: 'Suspicious job ad report',
  linkTrimmed: (file) => `[The report was shortened to fit in this message. Please ask for or attach the full report file: ${file}]`,
  fullReport: (file) => `Full report file: ${file}`,
  noFlags: 'No warning signs were recorded.',
  screenshot: 'Screenshot',
  screenshotTaken: 'Taken on',
};

const ID: ReportStrings = {
  heading: 'Laporan: iklan lowongan kerja mencurigakan',
  intro:
    'Disusun dengan Waspada, ekstensi peramban yang memeriksa iklan lowongan kerja untuk tanda-tanda perekrutan ke sindikat penipuan daring (scam compound) dan perdagangan orang. Penilaian ini otomatis dan bisa keliru; mohon diverifikasi.',
  reference: 'Nomor referensi',
  seenAt: 'Dilihat pada',
  sentTo: 'Dikirim ke',
  unverified: 'belum diverifikasi — periksa sebelum menghubungi',
  source: 'Sumber',
  post: 'Unggahan',
  platform: 'Platform',
  postUrl: 'Alamat unggahan',
  title: 'Judul lowongan',
  poster: 'Diunggah oleh',
  company: 'Perusahaan',
  location: 'Lokasi',
  salary: 'Gaji',
  risk: 'Penilaian risiko',
  score: 'skor',
  rules: 'aturan',
  bands: { low: 'rendah', medium: 'sedang', high: 'tinggi' },
  flags: 'Tanda bahaya yang ditemukan',
  legitimacy: 'Tanda lowongan yang sah',
  why: 'Mengapa penting',
  flagsOmitted: (n) => `${n} tanda bahaya lain tidak dicantumkan`,
  contacts: 'Kontak dan rekening dalam unggahan',
  contactsWarning: 'Kontak ini berasal dari unggahan mencurigakan. Jangan menghubungi atau mengirim uang.',
  asWritten: 'tertulis',
  contactsOmitted: (n) => `${n} kontak lain tidak dicantumkan`,
  contactTypes: {
    phone: 'Telepon',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    line: 'LINE',
    wechat: 'WeChat',
    email: 'E-mail',
    url: 'Tautan',
    domain: 'Situs web',
    'bank-account': 'Rekening bank',
    ewallet: 'Dompet digital',
    money: 'Jumlah',
  },
  channelTypes: {
    phone: 'Telepon',
    whatsapp: 'WhatsApp',
    sms: 'SMS',
    email: 'E-mail',
    'web-form': 'Formulir daring',
    website: 'Situs web',
    app: 'Aplikasi',
  },
  note: 'Catatan pelapor',
  postText: 'Teks unggahan',
  reporter: 'Kontak pelapor',
  reporterName: 'Nama',
  reporterEmail: 'E-mail',
  reporterPhone: 'Telepon',
  noReporter: 'Pelapor memilih tidak mencantumkan identitasnya.',
  textTrimmed: (n) => ` … [dipotong: ${n} karakter lagi]`,
  subject: 'Laporan iklan lowongan mencurigakan',
  linkTrimmed: (file) => `[Laporan dipersingkat agar muat dalam pesan ini. Mohon minta atau lampirkan berkas laporan lengkap: ${file}]`,
  fullReport: (file) => `Berkas laporan lengkap: ${file}`,
  noFlags: 'Tidak ada tanda bahaya yang tercatat.',
  screenshot: 'Tangkapan layar',
  screenshotTaken: 'Diambil pada',
};

export function reportStrings(lang: ReportLang): ReportStrings {
  return lang === 'id' ? ID : EN;
}
