import { trimEnd } from '../money/pattern-utils';
import type { EntitySink } from './entity-sink';

/** The domain half of an address, found from the "@" so the scan never backtracks over long words. */
const AT_DOMAIN = /@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g;
const LOCAL_CHAR = /[a-z0-9._%+-]/;
const MAX_LOCAL = 64;

/** The global copy of AT_DOMAIN the scan below runs with: scans never nest, so one per module. */
const AT_DOMAIN_SCAN = new RegExp(AT_DOMAIN.source, 'g');

/** E-mail addresses, lower-case. */
export function extractEmails(sink: EntitySink): void {
  const text = sink.view.text;
  const re = AT_DOMAIN_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && !sink.done(m.index); m = re.exec(text)) {
    const at = m.index;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (start < at && text[start] === '.') start++;
    if (start === at || text[at - 1] === '.') continue; // "@handle", "x.@y"
    const domain = trimEnd(m[1]!, '.-');
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (!/^[a-z]{2,}$/.test(tld)) continue;
    const end = at + 1 + domain.length;
    if (sink.isClaimed(start, end)) continue;
    sink.add('email', text.slice(start, end), start, end);
  }
}
