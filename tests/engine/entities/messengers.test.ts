import { describe, expect, it } from 'vitest';
import { identityView, type TextView } from '../../../src/engine/normalise/text-view';
import { extractEntities } from '../../../src/engine/entities/extract-entities';

function lowerView(original: string): TextView {
  return { ...identityView(original), text: original.toLowerCase() };
}

function pick(original: string) {
  return extractEntities(lowerView(original), 'text', { defaultCountry: 'ID' }).map((e) => [e.type, e.value, e.evidence.quote]);
}

describe('whatsapp links', () => {
  it('reads number links as E.164', () => {
    expect(pick('klik wa.me/6281234567890 sekarang')).toEqual([['whatsapp', '+6281234567890', 'wa.me/6281234567890']]);
    expect(pick('https://api.whatsapp.com/send?phone=6281234567891&text=Halo')).toEqual([
      ['whatsapp', '+6281234567891', 'https://api.whatsapp.com/send?phone=6281234567891&text=Halo'],
    ]);
    expect(pick('https://wa.me/+639171234567.')).toEqual([['whatsapp', '+639171234567', 'https://wa.me/+639171234567']]);
  });

  it('keeps the case of group invite codes', () => {
    expect(pick('Join https://chat.whatsapp.com/AbCdEf123XyZ now')).toEqual([
      ['whatsapp', 'chat.whatsapp.com/AbCdEf123XyZ', 'https://chat.whatsapp.com/AbCdEf123XyZ'],
    ]);
  });
});

describe('telegram', () => {
  it('reads t.me and telegram.me links as lower-case handles', () => {
    expect(pick('t.me/JobsAsia, https://telegram.me/s/Another_One')).toEqual([
      ['telegram', 'jobsasia', 't.me/JobsAsia'],
      ['telegram', 'another_one', 'https://telegram.me/s/Another_One'],
    ]);
  });

  it('reads invite links with their case', () => {
    expect(pick('https://t.me/+AbCdEfGh12')).toEqual([['telegram', '+AbCdEfGh12', 'https://t.me/+AbCdEfGh12']]);
  });

  it('reads @handles after a Telegram cue only', () => {
    expect(pick('Telegram: @Recruit_HR123')).toEqual([['telegram', 'recruit_hr123', '@Recruit_HR123']]);
    expect(pick('TG:@boss_kh')).toEqual([['telegram', 'boss_kh', '@boss_kh']]);
    expect(pick('tele @asia_jobs')).toEqual([['telegram', 'asia_jobs', '@asia_jobs']]);
    expect(pick('加飞机 @hr_boss')).toEqual([['telegram', 'hr_boss', '@hr_boss']]);
    expect(pick('WA/TG: @jobs_here')).toEqual([['telegram', 'jobs_here', '@jobs_here']]);
    expect(pick('Follow us on IG @notme_here')).toEqual([]);
  });

  it('lets a list of handles share one cue', () => {
    expect(pick('Telegram: @recruit_one, @recruit_two atau @recruit_three').map((p) => p[1])).toEqual([
      'recruit_one',
      'recruit_two',
      'recruit_three',
    ]);
    expect(pick('Telegram: @recruit_one. Instagram @not_telegram').map((p) => p[1])).toEqual(['recruit_one']);
  });
});

describe('line', () => {
  it('reads LINE ids after a cue and in line.me links', () => {
    expect(pick('Line ID: thai.job88.')).toEqual([['line', 'thai.job88', 'thai.job88']]);
    expect(pick('ID Line: Agent_07')).toEqual([['line', 'agent_07', 'Agent_07']]);
    expect(pick('https://line.me/ti/p/~Agent_01')).toEqual([['line', 'agent_01', 'https://line.me/ti/p/~Agent_01']]);
    expect(pick('แอดไลน์ @abcshop')).toEqual([['line', '@abcshop', '@abcshop']]);
  });

  it('does not read a bare "line"', () => {
    expect(pick('Apply online: fast. Line manager: Budi')).toEqual([]);
  });
});

describe('wechat', () => {
  it('reads WeChat ids after a cue', () => {
    expect(pick('WeChat: Zhang_san88')).toEqual([['wechat', 'zhang_san88', 'Zhang_san88']]);
    expect(pick('微信:wxid_abc123')).toEqual([['wechat', 'wxid_abc123', 'wxid_abc123']]);
    expect(pick('vx: hr_boss01')).toEqual([['wechat', 'hr_boss01', 'hr_boss01']]);
    expect(pick('WeChat ID 13812345678')).toEqual([['wechat', '13812345678', '13812345678']]);
  });

  it('skips words that are not ids', () => {
    expect(pick('Hubungi WeChat kami')).toEqual([]);
    expect(pick('wx: ab')).toEqual([]);
  });
});
