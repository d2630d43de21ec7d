/** Words that may stand between a contact cue and the contact: "WA admin: 0812…", "Telegram kami @x". */
export const CONTACT_FILLERS: ReadonlySet<string> = new Set([
  'me', 'us', 'at', 'on', 'to', 'ke', 'di', 'number', 'num', 'no', 'nomor', 'nmr', 'only', 'saja', 'aja',
  'admin', 'hr', 'hrd', 'id', 'username', 'user', 'handle', 'kami', 'sa', 'lang', 'contact', 'or', 'atau',
  'and', 'dan', 'via', 'by', 'chat', 'call', 'sms', 'telp', 'tel', 'telepon', 'hp', 'phone', 'mobile',
  'viber', 'line', 'hoặc', 'hoac', 'số', 'so', 'liên', 'hệ', 'qua', 'o', 'lamang', 'kay', 'hubungi',
]);

/** Words that join two numbers under one cue: "WA 0812… / 0813…", "WA 0812… atau 0813…". */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'atau', 'and', 'dan', 'hoặc', 'hoac', 'o', 'at']);

export type MessengerCue = 'whatsapp' | 'telegram';

/**
 * WhatsApp cues, including the spellings ads use to dodge filters ("W/A", "whats app" and 📱 are
 * recognised by the reader itself), and Telegram cues; 飞机 ("aeroplane") is Chinese slang for
 * Telegram, after its logo.
 */
export const MESSENGER_CUE_WORDS: Readonly<Record<string, MessengerCue>> = {
  whatsapp: 'whatsapp', whatsap: 'whatsapp', whatapps: 'whatsapp', whatapp: 'whatsapp', watsapp: 'whatsapp',
  watsap: 'whatsapp', wasap: 'whatsapp', wassap: 'whatsapp', wsp: 'whatsapp', wa: 'whatsapp',
  telegram: 'telegram', telegra: 'telegram', tele: 'telegram', tlgrm: 'telegram', tlg: 'telegram',
  tg: 'telegram', 电报: 'telegram', 電報: 'telegram', 飞机: 'telegram', 飛機: 'telegram', เทเลแกรม: 'telegram',
};
