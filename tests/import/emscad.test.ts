import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/import';
import { PostSchema } from '../../src/model/post';

// The shared dataset is read in place, never copied into the repo (see its SOURCE.md on licence).
const DIR = '/work/shared/datasets/emscad';
const read = (name: string): string => readFileSync(`${DIR}/${name}`, 'utf8');

describe('EMSCAD, Kaggle variant (job_id, 0/1 booleans)', () => {
  const result = parseInput(read('emscad_sample_fj_small.csv'), { fileName: 'emscad_sample_fj_small.csv' });

  it('maps the columns and keeps every row', () => {
    expect(result.format).toBe('csv');
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(358);
    expect(result.mapping).toEqual({
      id: 'job_id',
      title: 'title',
      location: 'location',
      salary: 'salary_range',
      company: 'company_profile',
      text: ['description', 'requirements', 'benefits'],
    });
  });

  it('builds the first ad from description, requirements and benefits', () => {
    const first = result.records[0]!;
    expect(first.ref).toBe('row 2');
    expect(first.post.id).toBe('4709');
    expect(first.post.title).toBe('Python Engineer');
    expect(first.post.location).toBe('GB, , London');
    expect(first.post.salary).toBeUndefined();
    expect(first.post.company).toBeUndefined();
    const sections = first.post.text.split('\n\n');
    expect(sections).toHaveLength(3);
    expect(sections[0]).toMatch(/^Stylect is a dynamic startup/);
    expect(sections[0]).toMatch(/demands a strong technical background\.$/); // trailing &nbsp; trimmed
    expect(sections[1]).toMatch(/^We don’t care where you studied/);
    expect(sections[2]).toBe('We are negotiable on salary and there is the potential for equity for the right candidate.');
  });

  it('keeps the label in extra and takes the company from the opening of the profile, never into the text', () => {
    const [first, second, third] = result.records;
    expect(first!.extra).toMatchObject({ fraudulent: '0', industry: 'Apparel & Fashion' });
    expect(first!.post.company).toBeUndefined(); // an empty profile names no employer
    expect(second!.post.salary).toBe('55000-75000');
    expect(second!.post.id).toBe('11080');
    expect(third!.post.company).toMatch(/^ustwo offers you the opportunity/);
    expect(third!.post.company!.length).toBeLessThanOrEqual(100);
    expect(third!.post.text).not.toContain('ustwo offers you');
  });
});

describe('EMSCAD, authors’ variant (no job_id, t/f booleans, in_balanced_dataset)', () => {
  const result = parseInput(read('emscad_fraudulent_all.csv'));

  it('is sniffed as CSV and keeps all 866 rows, each a valid Post', () => {
    expect(result.format).toBe('csv');
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(866);
    expect(result.records.filter((r) => !PostSchema.safeParse(r.post).success)).toEqual([]);
    expect(result.mapping?.id).toBeUndefined();
    expect(result.mapping?.text).toEqual(['description', 'requirements', 'benefits']);
  });

  it('decodes entities, drops the padding, and numbers ads by row', () => {
    const first = result.records[0]!;
    expect(first.post.id).toBe('2');
    expect(first.post.title).toBe('IC&E Technician');
    expect(first.post.salary).toBe('95000-115000');
    expect(first.post.text.startsWith('IC&E Technician | Bakersfield, CA Mt. Poso\n\nPrincipal Duties and Responsibilities:')).toBe(true);
    expect(first.post.text).toContain('Knowledge, Skills & Abilities:');
    expect(first.post.text).not.toMatch(/&amp;|&nbsp;|\r/);
    expect(first.extra).toMatchObject({ fraudulent: 't', in_balanced_dataset: 'f', department: 'Oil & Energy' });
    expect(first.post.company).toBe('Staffing & Recruiting done right for the Oil & Energy Industry!');
  });

  it('row numbers give back the 0-based index used for the dev/test split', () => {
    const third = result.records[2]!;
    expect(third.row - 2).toBe(2);
    expect(third.post.title).toBe('Technician Instrument & Controls');
    expect(third.post.text.startsWith('Technician Instrument & ControlsLocation Deweyville, TX')).toBe(true);
  });

  it('an ad with an empty description is made of its other sections', () => {
    const ad = result.records.find((r) => r.row === 24)!;
    expect(ad.post.text.startsWith('Responsibilities:\nDuties and Responsibilities:')).toBe(true);
    expect(ad.post.text).toContain('Please Apply for Immediate Consideration');
  });

  it('strips leaked Word markup tags but keeps the text around them', () => {
    const ad = result.records[183]!;
    expect(ad.post.title).toBe('Final Expense Agent');
    expect(ad.post.text).not.toMatch(/<w:|LsdException/);
    expect(ad.post.text).toContain('Commissions Paid Daily\n');
  });
});
