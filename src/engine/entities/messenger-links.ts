import type { EntityType } from '../../model/verdict';
import { parsePhoneCached } from './phone-number';

export interface MessengerLink {
  type: Extract<EntityType, 'whatsapp' | 'telegram' | 'line'>;
  value: string;
}

const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'telegram.dog']);
const HANDLE = /^[a-z][a-z0-9_]{3,31}$/;

/**
 * Reads a link to a messenger as the contact it opens. `host` is lower-case without "www.",
 * `path` the lower-cased rest, `written` the whole link as written (invite codes are case-sensitive).
 * Values: whatsapp → E.164 for number links, "chat.whatsapp.com/<code>" for group invites;
 * telegram → lower-case handle, or "+<code>" for invites; line → lower-case id ("@id" for official
 * accounts) or "lin.ee/<code>".
 */
export function messengerLink(host: string, path: string, written: string): MessengerLink | undefined {
  if (host === 'wa.me') {
    const digits = /^\/\+?(\d{7,15})(?![\d])/.exec(path)?.[1];
    if (digits !== undefined) return { type: 'whatsapp', value: e164(digits) };
    const code = codeAfter(written, /wa\.me\/message\/([a-z0-9]+)/i);
    return code === undefined ? undefined : { type: 'whatsapp', value: `wa.me/message/${code}` };
  }
  if (host === 'api.whatsapp.com' || host === 'web.whatsapp.com' || /^whatsapp:\/\//i.test(written)) {
    const digits = /[?&]phone=\+?(\d{7,15})/.exec(path)?.[1];
    return digits === undefined ? undefined : { type: 'whatsapp', value: e164(digits) };
  }
  if (host === 'chat.whatsapp.com') {
    const code = codeAfter(written, /chat\.whatsapp\.com\/(?:invite\/)?([a-z0-9]+)/i);
    return code === undefined ? undefined : { type: 'whatsapp', value: `chat.whatsapp.com/${code}` };
  }
  if (host === 'wa.link') {
    const code = codeAfter(written, /wa\.link\/([a-z0-9]+)/i);
    return code === undefined ? undefined : { type: 'whatsapp', value: `wa.link/${code}` };
  }
  if (TELEGRAM_HOSTS.has(host)) return telegramLink(path, written);
  if (host === 'line.me') return lineLink(path, written);
  if (host === 'lin.ee') {
    const code = codeAfter(written, /lin\.ee\/([a-z0-9]+)/i);
    return code === undefined ? undefined : { type: 'line', value: `lin.ee/${code}` };
  }
  return undefined;
}

function telegramLink(path: string, written: string): MessengerLink | undefined {
  const invite = codeAfter(written, /\/(?:joinchat\/|\+)([a-z0-9_-]+)/i);
  if (invite !== undefined) return { type: 'telegram', value: `+${invite}` };
  const segments = path.split(/[/?#]/).filter((s) => s.length > 0);
  const name = segments[0] === 's' ? segments[1] : segments[0];
  return name !== undefined && HANDLE.test(name) ? { type: 'telegram', value: name } : undefined;
}

function lineLink(path: string, written: string): MessengerLink | undefined {
  const id = /\/ti\/p\/(~|@|%40)?([a-z0-9._-]{2,40})/.exec(path);
  if (id !== null) {
    const at = id[1] === '@' || id[1] === '%40' ? '@' : '';
    return { type: 'line', value: `${at}${id[2]}` };
  }
  const group = codeAfter(written, /line\.me\/(?:r\/)?ti\/g2?\/([a-z0-9_-]+)/i);
  return group === undefined ? undefined : { type: 'line', value: `line.me/ti/g/${group}` };
}

function codeAfter(written: string, re: RegExp): string | undefined {
  return re.exec(written)?.[1];
}

/** E.164 for the digits of a wa.me link; kept as "+digits" when libphonenumber does not know the plan. */
function e164(digits: string): string {
  return parsePhoneCached(`+${digits}`, undefined)?.e164 ?? `+${digits}`;
}
