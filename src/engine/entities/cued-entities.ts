import type { CountryCode } from 'libphonenumber-js/min';
import { charClass, LATIN } from '../money/back-words';
import { alternation } from '../money/pattern-utils';
import { ACCOUNT_WORDS, BANKS, WALLETS } from './account-cues';
import { readBankAccount, readWallet } from './accounts';
import type { EntitySink } from './entity-sink';
import { LINE_CUES, readLineId, readWeChatId, WECHAT_CUES } from './handles';

type CueKind = 'bank' | 'account' | 'wallet' | 'line' | 'wechat';

const KINDS = new Map<string, CueKind>();
for (const w of ACCOUNT_WORDS) KINDS.set(w, 'account');
for (const w of Object.keys(BANKS)) KINDS.set(w, 'bank');
for (const w of Object.keys(WALLETS)) KINDS.set(w, 'wallet');
for (const w of LINE_CUES) KINDS.set(w, 'line');
for (const w of WECHAT_CUES) KINDS.set(w, 'wechat');

const latin = [...KINDS.keys()].filter((w) => charClass(w.charCodeAt(0)) === LATIN);
const other = [...KINDS.keys()].filter((w) => charClass(w.charCodeAt(0)) !== LATIN);
/**
 * Every bank, account, wallet, LINE and WeChat cue in one pass. `\b` lets the engine skip the
 * middle of words, which makes this large alternation several times faster on long pages.
 */
const CUE = new RegExp(`\\b(?:${alternation(latin)})|${alternation(other)}`, 'g');

/** The global copy of CUE the scan below runs with: scans never nest, so one per module. */
const CUE_SCAN = new RegExp(CUE.source, 'g');

/** Bank accounts, e-wallets, LINE ids and WeChat ids: whatever a cue word announces right after it. */
export function extractCuedEntities(sink: EntitySink, defaultCountry: CountryCode | undefined): void {
  const text = sink.view.text;
  const re = CUE_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && !sink.done(m.index); m = re.exec(text)) {
    const word = m[0];
    const end = m.index + word.length;
    if (charClass(word.charCodeAt(word.length - 1)) === LATIN && charClass(text.charCodeAt(end)) === LATIN) continue;
    let to = -1;
    switch (KINDS.get(word)) {
      case 'bank':
        to = readBankAccount(sink, end, BANKS[word]);
        break;
      case 'account':
        to = readBankAccount(sink, end, undefined);
        break;
      case 'wallet':
        to = readWallet(sink, end, WALLETS[word]!, defaultCountry);
        break;
      case 'line':
        to = readLineId(sink, end);
        break;
      case 'wechat':
        to = readWeChatId(sink, end);
        break;
      default:
        break;
    }
    if (to > re.lastIndex) re.lastIndex = to;
  }
}
