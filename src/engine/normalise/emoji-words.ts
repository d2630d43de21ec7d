// Emoji that stand for a word in recruitment posts ("✈️ gratis", "🏠🍱 ditanggung"). Each becomes
// its English word so the same phrase rules read them; anything else is left as it is.
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '✈': 'flight', '🛫': 'flight', '🛬': 'flight', '🎫': 'ticket', '🎟': 'ticket',
  '🏠': 'accommodation', '🏡': 'accommodation', '🏨': 'accommodation', '🛏': 'accommodation',
  '🍱': 'meals', '🍚': 'meals', '🍛': 'meals', '🍜': 'meals', '🍽': 'meals',
  '💰': 'salary', '💵': 'salary', '💸': 'salary', '💲': 'salary', '🤑': 'salary',
  '📞': 'phone', '☎': 'phone', '📱': 'phone', '📲': 'phone',
  '🛂': 'passport', '🆓': 'free', '💼': 'job',
};
