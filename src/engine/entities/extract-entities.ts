import type { CountryCode } from 'libphonenumber-js/min';
import type { PostField } from '../../model/post';
import type { Entity } from '../../model/verdict';
import type { TextView } from '../normalise/text-view';
import { extractCuedEntities } from './cued-entities';
import { extractEmails } from './emails';
import { EntitySink, MAX_ENTITIES, MAX_MATCHES_PER_EXTRACTOR } from './entity-sink';
import { extractTelegramHandles } from './handles';
import { extractBareHosts, extractLinks } from './links';
import { extractPhones } from './phones';

export { countryForLanguage } from './country-for-language';
export { MAX_ENTITIES, MAX_MATCHES_PER_EXTRACTOR };

export interface ExtractEntitiesOptions {
  /** Country for numbers written in national format ("0812-3456-7890"); see countryForLanguage. */
  defaultCountry?: CountryCode;
}

/**
 * Contacts and accounts in one field: phone, whatsapp, telegram, line, wechat, email, url, domain,
 * bank-account, ewallet. Each entity's evidence spans the entity itself in the original text;
 * repeats of the same (type, value) are dropped; at most MAX_ENTITIES, in reading order. On a page
 * that repeats its contacts more than MAX_MATCHES_PER_EXTRACTOR times, reading stops there.
 *
 * Order matters: links and e-mails first, then cued accounts and ids, then phones, so that the
 * digits of a wa.me link, a bank account or a wallet are not reported again as a phone number.
 * A WhatsApp-cued number is reported once, as whatsapp (its value is the same E.164 as a phone's).
 */
export function extractEntities(view: TextView, field: PostField, opts: ExtractEntitiesOptions = {}): Entity[] {
  const sink = new EntitySink(view, field);
  const extractors = [
    extractLinks,
    extractEmails,
    extractBareHosts,
    (s: EntitySink) => extractCuedEntities(s, opts.defaultCountry),
    (s: EntitySink) => extractPhones(s, opts.defaultCountry),
    extractTelegramHandles,
  ];
  for (const extract of extractors) {
    sink.beginExtractor();
    extract(sink);
  }
  return sink.sorted();
}
