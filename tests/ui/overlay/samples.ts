// Hand-built posts and verdicts for the overlay tests: small, readable, and independent of rule tuning.
import type { Post } from '../../../src/model/post';
import type { Evidence, Flag, Verdict } from '../../../src/model/verdict';
import type { RuleText, RuleTexts } from '../../../src/ui/components/rule-texts';

export const POST: Post = {
  id: 'linkedin:job:4012345678',
  platform: 'linkedin',
  kind: 'job-posting',
  url: 'https://www.linkedin.com/jobs/view/4012345678/',
  title: 'Customer Service Representative – Overseas',
  company: 'Golden Bay Services Co., Ltd',
  location: 'Sihanoukville, Cambodia',
  salary: '$1,500/month',
  text: 'URGENT HIRING – 30 customer service staff. Free visa, free flight ticket and dormitory. You travel on a tourist visa first. Interview by chat only: send your passport photo on Telegram @goldenbay_hr_example.',
};

export function evidence(post: Post, field: Evidence['field'], quote: string): Evidence {
  const source = post[field] ?? '';
  const start = source.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${field}`);
  return { field, start, end: start + quote.length, quote };
}

export function flag(partial: Partial<Flag> & Pick<Flag, 'ruleId' | 'weight'>): Flag {
  return { title: partial.ruleId, kind: 'red-flag', family: 'trafficking', category: 'x', strength: 'strong', evidence: [], ...partial };
}

export const FLAGS: Flag[] = [
  flag({ ruleId: 'hotspot-town-job-offer', kind: 'combo', weight: 35, strength: 'hard', evidence: [evidence(POST, 'location', 'Sihanoukville')] }),
  flag({ ruleId: 'scam-hotspot-town', weight: 22, evidence: [evidence(POST, 'location', 'Sihanoukville')] }),
  flag({ ruleId: 'tourist-visa-for-work', weight: 20, strength: 'hard', evidence: [evidence(POST, 'text', 'tourist visa')] }),
  flag({ ruleId: 'text-chat-interview', family: 'job-scam', weight: 12, evidence: [evidence(POST, 'text', 'Interview by chat only')] }),
  flag({ ruleId: 'free-flight-and-visa', weight: 10, evidence: [evidence(POST, 'text', 'Free visa, free flight ticket')] }),
  flag({ ruleId: 'named-office', kind: 'legitimacy', family: 'any', weight: -5, strength: 'weak', evidence: [evidence(POST, 'company', 'Golden Bay Services Co., Ltd')] }),
];

export function verdict(partial: Partial<Verdict> = {}): Verdict {
  return {
    score: 92,
    band: 'high',
    isJobOffer: true,
    isAwareness: false,
    lang: 'en',
    flags: FLAGS,
    entities: [],
    notes: [],
    rulePackVersion: 'test1234',
    ...partial,
  };
}

const text = (title: string, en: string, id: string): RuleText => ({ title, explain: { en, id } });

export const TEXTS: RuleTexts = new Map([
  ['hotspot-town-job-offer', text('Job in a scam-compound town', 'This is a job offer in a town where scam compounds are documented.', 'Ini tawaran kerja di kota yang dikenal sebagai lokasi markas penipuan online.')],
  ['scam-hotspot-town', text('Scam-compound town', 'The job is in a town where scam compounds are documented.', 'Pekerjaan ini di kota tempat markas penipuan online tercatat.')],
  ['tourist-visa-for-work', text('Work on a tourist or visit visa', 'The job would start on a tourist or visit visa.', 'Pekerjaan ini dimulai dengan visa turis atau kunjungan.')],
  ['text-chat-interview', text('Interview by chat only', 'The interview is only by chat.', 'Wawancara hanya lewat chat.')],
  ['free-flight-and-visa', text('Free flight and visa', 'Flight and visa are free.', 'Tiket dan visa gratis.')],
  ['named-office', text('A named office', 'The employer names its office.', 'Pemberi kerja menyebut kantornya.')],
]);
