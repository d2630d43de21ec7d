import type { SelectorTable } from '../selector-table';

/*
 * Telegram Web has two clients (notes §2.7): WebK at /k/ ("tweb") and WebA at /a/ ("telegram-tt").
 * Their markup differs, so each table has one alternative per client. Fixtures: tests/fixtures/telegram/.
 */

export const message = [
  { name: 'telegram.message#webk-bubble-2026', selector: '.bubble[data-mid]' }, // WebK, telexporter and several public scripts, undated
  { name: 'telegram.message#weba-message-2026', selector: '.Message[data-message-id]' }, // WebA, @social-copilot/core selectorsA (excerpt)
] as const satisfies SelectorTable;

export const messageText = [
  { name: 'telegram.messageText#webk-translatable-2026', selector: '.translatable-message' }, // WebK, Sattushivaa/telexporter
  { name: 'telegram.messageText#text-content-2026', selector: '.text-content' }, // WebA (and older WebK), selectorsA/selectorsK (excerpt)
  { name: 'telegram.messageText#webk-message-2026', selector: '.message' }, // WebK bubble body without the text span; time and reactions skipped
] as const satisfies SelectorTable;

export const messageSender = [
  { name: 'telegram.messageSender#webk-peer-title-2026', selector: '.peer-title' }, // WebK sender in groups (notes §2.7)
  { name: 'telegram.messageSender#weba-sender-title-2026', selector: '.sender-title' }, // WebA sender in groups, several public scripts, undated
] as const satisfies SelectorTable;

/** Channels have no per-message sender: the chat itself posts. */
export const chatTitle = [
  { name: 'telegram.chatTitle#webk-chat-info-2026', selector: '.chat-info .peer-title' }, // WebK top bar, constructed 2026-11
  { name: 'telegram.chatTitle#weba-chat-info-2026', selector: '.ChatInfo .title' }, // WebA header (notes §2.7)
] as const satisfies SelectorTable;

/** Message chrome: time, reactions, sender line, reply previews. */
export const TELEGRAM_TEXT_SKIP =
  '.time, .time-inner, .reactions, .name, .peer-title, .reply, .MessageMeta, .Reactions, .message-title, .EmbeddedMessage';

/** Consecutive messages from one sender: WebK .bubbles-group, WebA .sender-group-container. */
export const MESSAGE_GROUP = '.bubbles-group, .sender-group-container';

/** The user's own messages are not screened. */
export const OUTGOING = '.is-out, .own';

export const telegramSelectors = { message, messageText, messageSender, chatTitle };
