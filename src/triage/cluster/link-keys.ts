import type { Entity } from '../../model/verdict';
import type { LinkType } from '../model';

/**
 * Hosts that say nothing about who posted an ad: the sites ads are posted on, link shorteners,
 * form and file hosts, web-mail. Two ads that both mention facebook.com or gmail.com are not
 * linked; two that share a bit.ly link or a gmail address are (see `linkKeysOf`).
 */
const COMMON_HOSTS: ReadonlySet<string> = new Set([
  // where ads are posted
  'facebook.com', 'fb.com', 'fb.me', 'm.facebook.com', 'web.facebook.com', 'instagram.com', 'x.com', 'twitter.com',
  't.co', 'linkedin.com', 'lnkd.in', 'tiktok.com', 'youtube.com', 'youtu.be', 'telegram.org', 'web.telegram.org',
  'whatsapp.com', 'line.me', 'wechat.com', 'weixin.qq.com', 'jobstreet.com', 'jobstreet.co.id', 'indeed.com',
  'glints.com', 'kalibrr.com', 'seek.com.au', 'reddit.com', 'threads.net',
  // shorteners, forms, files, search
  'bit.ly', 'tinyurl.com', 's.id', 'shorturl.at', 'cutt.ly', 'rebrand.ly', 'ow.ly', 'is.gd', 'linktr.ee',
  'forms.gle', 'docs.google.com', 'drive.google.com', 'google.com', 'goo.gl', 'g.co', 'maps.app.goo.gl',
  'dropbox.com', 'wetransfer.com', 'play.google.com', 'apps.apple.com',
  // web-mail
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com',
  'icloud.com', 'proton.me', 'protonmail.com', 'qq.com', '163.com', '126.com', 'mail.ru', 'yandex.com',
]);

/** Hosts whose links point at one campaign each: the whole link (not the host) links ads. */
const SHORT_LINK_HOSTS: ReadonlySet<string> = new Set([
  'bit.ly', 'tinyurl.com', 's.id', 'shorturl.at', 'cutt.ly', 'rebrand.ly', 'ow.ly', 'is.gd', 'linktr.ee', 'forms.gle', 'goo.gl',
]);

function isCommonHost(host: string): boolean {
  if (COMMON_HOSTS.has(host)) return true;
  const dot = host.indexOf('.');
  return dot > 0 && COMMON_HOSTS.has(host.slice(dot + 1)) && !SHORT_LINK_HOSTS.has(host); // m.facebook.com, id.linkedin.com
}

const digitsOf = (s: string): string => s.replace(/\D+/g, '');

/**
 * The keys under which an entity links ads, `type:value` with a normalised value: phones and
 * WhatsApp numbers share the `phone:` space (the same E.164 number is the same person whichever
 * app it was written for), handles are lower-case, accounts are digits. Money never links.
 */
export function linkKeysOf(entity: Entity): string[] {
  const value = entity.value.trim();
  switch (entity.type) {
    case 'phone':
    case 'whatsapp': {
      if (value.startsWith('+')) return [`phone:+${digitsOf(value)}`];
      // a WhatsApp group invite (chat.whatsapp.com/…) or a wa.me/message code: case matters
      return entity.type === 'whatsapp' && value.includes('/') ? [`whatsapp:${value}`] : digitsOf(value).length >= 7 ? [`phone:${digitsOf(value)}`] : [];
    }
    case 'telegram':
    case 'line':
    case 'wechat':
      // invite codes (+…, lin.ee/…) are case-sensitive; handles are not
      return value.length >= 3 ? [`${entity.type}:${value.startsWith('+') || value.includes('/') ? value : value.toLowerCase()}`] : [];
    case 'email': {
      const email = value.toLowerCase();
      const host = email.slice(email.lastIndexOf('@') + 1);
      return host && !isCommonHost(host) ? [`email:${email}`, `domain:${host}`] : [`email:${email}`];
    }
    case 'domain': {
      const host = value.toLowerCase();
      return isCommonHost(host) ? [] : [`domain:${host}`];
    }
    case 'url': {
      const link = value.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
      const host = link.split('/')[0]!.toLowerCase();
      return SHORT_LINK_HOSTS.has(host) && link.length > host.length + 1 ? [`url:${host}${link.slice(host.length)}`] : [];
    }
    case 'bank-account':
      return digitsOf(value).length >= 6 ? [`bank-account:${digitsOf(value)}`] : [];
    case 'ewallet':
      return digitsOf(value).length >= 6 ? [`ewallet:${digitsOf(value)}`] : [];
    case 'money':
      return [];
  }
}

/** Every link key of an ad's entities, each once, sorted. */
export function linkKeys(entities: readonly Entity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) for (const k of linkKeysOf(e)) keys.add(k);
  return [...keys].sort();
}

/** A link key split for display: `telegram:example_hr` → { type: 'telegram', value: '@example_hr' }. */
export function describeLink(key: string): { type: LinkType; value: string } {
  const colon = key.indexOf(':');
  const type = key.slice(0, colon) as LinkType;
  const raw = key.slice(colon + 1);
  const value = (type === 'telegram' || type === 'line') && !raw.startsWith('+') && !raw.startsWith('@') && !raw.includes('/') ? `@${raw}` : raw;
  return { type, value };
}
