import { describe, expect, it } from 'vitest';
import { importErrorMessage, parseInput } from '../../src/import';

const csv = (...lines: string[]): string => lines.join('\n') + '\n';

describe('CSV header mapping', () => {
  it('maps the usual names and aliases, joins city and country, and keeps the rest in extra', () => {
    const result = parseInput(
      csv(
        'Job Title,Employer,City,Country,Pay,Link,ID,Source,Body,label',
        'Data entry,Golden Star Ltd,Sihanoukville,Cambodia,$1500/month,https://ex.am/ple,a1,facebook,Easy job no experience,1',
      ),
    );
    expect(result.format).toBe('csv');
    expect(result.errors).toEqual([]);
    expect(result.mapping).toEqual({
      id: 'ID',
      platform: 'Source',
      url: 'Link',
      title: 'Job Title',
      company: 'Employer',
      location: ['City', 'Country'],
      salary: 'Pay',
      text: 'Body',
    });
    expect(result.records).toEqual([
      {
        ref: 'row 2',
        row: 2,
        post: {
          id: 'a1',
          platform: 'facebook',
          url: 'https://ex.am/ple',
          title: 'Data entry',
          company: 'Golden Star Ltd',
          location: 'Sihanoukville, Cambodia',
          salary: '$1500/month',
          text: 'Easy job no experience',
        },
        extra: { label: '1' },
      },
    ]);
  });

  it.each([
    ['text'], ['description'], ['body'], ['content'], ['message'], ['post'], ['ad'],
  ])('recognises `%s` as the ad text', (name) => {
    const result = parseInput(`${name},job_title\nCall us on WhatsApp,Typist\n`, { format: 'csv' });
    expect(result.records[0]?.post.text).toBe('Call us on WhatsApp');
    expect(result.records[0]?.post.title).toBe('Typist');
  });

  it('reads `;` with a BOM, CRLF and a quoted multi-line cell', () => {
    const result = parseInput('\ufefftitle;text;salary_range\r\nDriver;"Line one\r\nLine two; still the cell";"RM 3,000"\r\n');
    expect(result.format).toBe('csv');
    expect(result.columns).toEqual(['title', 'text', 'salary_range']);
    expect(result.records[0]?.post).toEqual({ id: '2', title: 'Driver', text: 'Line one\nLine two; still the cell', salary: 'RM 3,000' });
  });

  it('reads tab-separated values', () => {
    const result = parseInput('text\tcompany\nFree visa, free flight\tAce Agency\nSecond ad\tB Co\n', { fileName: 'ads.tsv' });
    expect(result.records.map((r) => [r.post.text, r.post.company])).toEqual([
      ['Free visa, free flight', 'Ace Agency'],
      ['Second ad', 'B Co'],
    ]);
  });

  it('renders HTML in cells and fills the platform from the caller', () => {
    const result = parseInput(csv('text', '"<p>Salary &gt; $1,000 &amp; visa</p><br>Apply&nbsp;now"'), { fileName: 'ads.csv', defaultPlatform: 'import' });
    expect(result.records[0]?.post).toEqual({ id: '2', platform: 'import', text: 'Salary > $1,000 & visa\n\nApply\u00a0now' });
  });

  it('names a blank header (a pandas index column) by its position', () => {
    const result = parseInput(csv(',text', '0,hello'), { format: 'csv' });
    expect(result.columns).toEqual(['column 1', 'text']);
    expect(result.records[0]?.extra).toEqual({ 'column 1': '0' });
  });
});

describe('CSV needing a mapping', () => {
  const input = csv('headline,blurb,score', 'Work in Thailand,Transport provided,9', 'Nanny,Live-in,2');

  it('asks for one when no column looks like the ad text', () => {
    const result = parseInput(input);
    expect(result.format).toBe('csv');
    expect(result.needsMapping).toBe(true);
    expect(result.columns).toEqual(['headline', 'blurb', 'score']);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('imports with an explicit mapping, the unmapped column going to extra', () => {
    const result = parseInput(input, { mapping: { text: ['headline', 'blurb'], title: 'headline' } });
    expect(result.needsMapping).toBeUndefined();
    expect(result.mapping).toEqual({ text: ['headline', 'blurb'], title: 'headline' });
    expect(result.records.map((r) => r.post)).toEqual([
      { id: '2', title: 'Work in Thailand', text: 'Work in Thailand\n\nTransport provided' },
      { id: '3', title: 'Nanny', text: 'Nanny\n\nLive-in' },
    ]);
    expect(result.records[0]?.extra).toEqual({ score: '9' });
  });

  it('lays an explicit mapping over the recognised columns and can unmap one', () => {
    const result = parseInput(csv('title,notes,company', 'Cook,Visa sponsored,Acme'), { mapping: { text: 'notes', company: [] } });
    expect(result.records[0]?.post).toEqual({ id: '2', title: 'Cook', text: 'Visa sponsored' });
    expect(result.records[0]?.extra).toEqual({ company: 'Acme' });
  });

  it('rejects a mapping to a column that is not there', () => {
    const result = parseInput(input, { mapping: { text: 'body' } });
    expect(result.needsMapping).toBe(true);
    expect(result.records).toEqual([]);
    expect(result.errors.map(importErrorMessage)).toEqual([
      'header: the mapping names a column `body` that is not in the header (headline, blurb, score)',
    ]);
  });
});

describe('malformed CSV', () => {
  it('reports an unclosed quote on its row and keeps the rows after it', () => {
    const result = parseInput(csv('text,label', 'good one,0', '"bad one,1', 'next good,0', 'last good,1'), { format: 'csv' });
    expect(result.errors).toEqual([{ ref: 'row 3', row: 3, line: 3, reason: 'unclosed quote on line 3' }]);
    expect(result.records.map((r) => [r.ref, r.post.text])).toEqual([
      ['row 2', 'good one'],
      ['row 4', 'next good'],
      ['row 5', 'last good'],
    ]);
  });

  it('reports every later unclosed quote too, after a multi-line cell', () => {
    const result = parseInput(
      csv('text,label', '"two', 'lines",0', '"bad one,1', 'say 5" screen,0', '"also bad,1', 'last good,1'),
      { format: 'csv' },
    );
    expect(result.errors.map(importErrorMessage)).toEqual(['row 3: unclosed quote on line 4', 'row 5: unclosed quote on line 6']);
    expect(result.records.map((r) => [r.ref, r.post.text])).toEqual([
      ['row 2', 'two\nlines'],
      ['row 4', 'say 5" screen'],
      ['row 6', 'last good'],
    ]);
  });

  it('recovers the rows a stray quote swallowed', () => {
    const result = parseInput(csv('id,text,label', '1,fine,0', '2,"broken text,1', '3,"quoted",0', '4,ok,1'), { format: 'csv' });
    expect(result.errors.map(importErrorMessage)).toEqual([
      'row 3: stray quote in the cell that starts on line 3 (a quote inside a quoted cell is written "")',
    ]);
    expect(result.records.map((r) => [r.ref, r.post.id, r.post.text])).toEqual([
      ['row 2', '1', 'fine'],
      ['row 4', '3', 'quoted'],
      ['row 5', '4', 'ok'],
    ]);
  });

  it('does not cut a multi-line cell into rows because of a quote inside it', () => {
    const result = parseInput(csv('id,text,label', '1,"line one', 'he said "hi" there', 'end",0', '2,next,1'), { format: 'csv' });
    expect(result.errors).toEqual([
      { ref: 'row 2', row: 2, line: 2, reason: 'stray quote in the cell that starts on line 2 (a quote inside a quoted cell is written "")' },
    ]);
    expect(result.records.map((r) => [r.ref, r.post.id])).toEqual([['row 3', '2']]);
  });

  it('reports ragged rows by spreadsheet row, with physical lines, and tolerates trailing empty cells', () => {
    const result = parseInput(
      csv('title,text,label', 'T1,"text one', 'continues",0', 'T2,text two', 'T3,text three,1,extra', '', 'T4,text four,1,,'),
      { format: 'csv' },
    );
    expect(result.errors).toEqual([
      { ref: 'row 3', row: 3, line: 4, reason: '2 fields, but the header has 3' },
      { ref: 'row 4', row: 4, line: 5, reason: '4 fields, but the header has 3' },
    ]);
    expect(result.records.map((r) => [r.ref, r.post.title, r.post.text])).toEqual([
      ['row 2', 'T1', 'text one\ncontinues'],
      ['row 6', 'T4', 'text four'],
    ]);
  });

  it('rejects a 5 MB cell as an error on its row, not a crash', () => {
    const huge = 'x'.repeat(5_200_000);
    const result = parseInput(`text,label\nshort ad,0\n"${huge}",1\nlast ad,0\n`, { format: 'csv' });
    expect(result.errors.map(importErrorMessage)).toEqual(['row 3: the `text` field is 5.2 MB; the limit is 1 MB']);
    expect(result.records.map((r) => r.post.text)).toEqual(['short ad', 'last ad']);
  });

  it('has a configurable field limit that covers unmapped cells too', () => {
    const result = parseInput(csv('text,notes', 'ok,short', 'ok,this note is too long'), { format: 'csv', maxFieldChars: 12 });
    expect(result.errors.map(importErrorMessage)).toEqual(['row 3: the `notes` field is 21 characters; the limit is 12 characters']);
    expect(result.records).toHaveLength(1);
  });

  it('reports rows whose text is empty', () => {
    const result = parseInput(csv('title,text', 'A,', 'B,"   "', 'C,<br>&nbsp;', 'D,hello'), { format: 'csv' });
    expect(result.errors.map(importErrorMessage)).toEqual(['row 2: empty text', 'row 3: empty text', 'row 4: empty text']);
    expect(result.records.map((r) => r.post.title)).toEqual(['D']);
  });
});
