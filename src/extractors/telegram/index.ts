import { defineExtractor } from '../define-extractor';
import { makePost } from '../make-post';
import { readField, take } from '../read-field';
import { queryItemRoots } from '../selector-table';
import type { ExtractedItem, SiteExtractor } from '../types';
import { chatTitle, message, MESSAGE_GROUP, messageSender, messageText, OUTGOING, TELEGRAM_TEXT_SKIP } from './selectors';

/** web.telegram.org/k and /a, and the webk./webz./weba. hosts. */
const TELEGRAM_HOST = /^(web|webk|webz|weba)\.telegram\.org$/i;

/** The open chat from the URL hash: '#@channel' or '#-1001234567890'. */
function chatKey(url: URL): string | undefined {
  let key: string | undefined;
  try {
    key = decodeURIComponent(url.hash.replace(/^#/, '')).split('?')[0];
  } catch {
    return undefined; // a malformed %-escape names no chat
  }
  return key && /^(@\w{3,}|-?\d+)$/.test(key) ? key : undefined;
}

function messageId(element: Element): string | undefined {
  const id = element.getAttribute('data-mid') ?? element.getAttribute('data-message-id');
  return id && /^\d+$/.test(id) ? id : undefined;
}

function extractMessages(root: ParentNode, url: URL): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  const skip = TELEGRAM_TEXT_SKIP;
  const chat = chatKey(url);
  const title = readField(root, chatTitle);
  for (const root_ of queryItemRoots(root, message, (element) => !element.matches(OUTGOING))) {
    const element = root_.element;
    const matched = [root_.name];
    const text = take(readField(element, messageText, { skip, multiline: true }), matched);
    const mid = messageId(element);
    if (!text || !mid) continue;
    // Grouped messages show the sender once per group; channels have no sender but the chat.
    const group = element.closest(MESSAGE_GROUP);
    const sender = readField(element, messageSender) ?? (group ? readField(group, messageSender) : undefined);
    const postedBy = take(sender ?? title, matched);
    const username = chat?.startsWith('@') ? chat.slice(1) : undefined;
    const post = makePost({
      // data-mid / data-message-id is the server's message id, so both clients give the same Post id.
      id: `telegram:${chat ?? 'chat'}:${mid}`,
      platform: 'telegram',
      kind: 'chat-message',
      url: username ? `https://t.me/${username}/${mid}` : url.href,
      postedBy,
      text,
    });
    if (post) items.push({ post, element, placement: 'feed-item', matched });
  }
  return items;
}

/** Telegram Web K and A: the messages of the open chat or channel. */
export const telegramExtractor: SiteExtractor = defineExtractor({
  site: 'telegram',
  matches: (url) => TELEGRAM_HOST.test(url.hostname),
  extract: extractMessages,
});
