import { describe, expect, test } from 'vitest';
import { screenPost } from '../../src/engine/screen-post';
import { insidePassage, quotedPassages } from '../../src/engine/score/quoted-passages';
import { rulePack } from '../helpers/rule-pack';

const { pack } = rulePack();

describe('quoted passages', () => {
  test('finds long quoted passages with straight, curly and CJK marks, without the marks', () => {
    const text = 'Got this: "Hello, we are hiring part-time staff, $80-$200 a day, reply YES" and 「月薪两万，包吃包住，落地签，飞机联系客服」 ok';
    const passages = quotedPassages(text);
    expect(passages).toHaveLength(2);
    expect(text.slice(...passages[0]!)).toBe('Hello, we are hiring part-time staff, $80-$200 a day, reply YES');
    expect(text.slice(...passages[1]!)).toBe('月薪两万，包吃包住，落地签，飞机联系客服'); // 19 characters, but Chinese ones
    expect(quotedPassages('所谓「打字员」工作')).toEqual([]);
  });

  test('a quoted word, an unclosed quote and text outside quotes are not passages', () => {
    expect(quotedPassages('so-called "typing" jobs')).toEqual([]);
    expect(quotedPassages('He said "come to Phnom Penh, the salary is great and the flights are all paid')).toEqual([]);
    const text = '“Salary 1,500 USD, free visa and ticket, contact WhatsApp now” — is this legit?';
    const [p] = quotedPassages(text);
    expect(insidePassage([p!], text.indexOf('1,500'), text.indexOf('1,500') + 5)).toBe(true);
    expect(insidePassage([p!], text.indexOf('legit'), text.indexOf('legit') + 5)).toBe(false);
  });
});

describe('an offer quoted in a warning or a question', () => {
  const offer =
    'Hello, I am Amy from a marketing agency. We are hiring part-time staff to rate hotels on Google Maps, 10-20 minutes a day, each review pays $5, daily salary $80-$200. No experience required. If interested, reply YES';

  test('is not scored as an offer when the post asks about it in its own words', () => {
    const asked = screenPost({ kind: 'social-post', text: `Is this a scam? A stranger sent me this on WhatsApp:\n\n"${offer}"\n\nI'm guessing this is where I lose my money, beware everyone.` }, pack);
    expect(asked.isAwareness).toBe(true);
    expect(asked.band).toBe('low');
  });

  test('the same words sent as a message are still flagged', () => {
    const sent = screenPost({ kind: 'chat-message', text: offer }, pack);
    expect(sent.isJobOffer).toBe(true);
    expect(sent.band).not.toBe('low');
  });

  test('an ad that quotes itself, with no warning of its own, stays an offer', () => {
    const ad = screenPost({ kind: 'social-post', text: `Our recruiter says: "${offer}"` }, pack);
    expect(ad.isJobOffer).toBe(true);
    expect(ad.band).not.toBe('low');
  });
});
