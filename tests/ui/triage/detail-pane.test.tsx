// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenPost } from '../../../src/engine/screen-post';
import { bundledHotlines } from '../../../src/hotlines/bundled-directory';
import { triageMessages } from '../../../src/i18n/triage-messages';
import type { Post } from '../../../src/model/post';
import { newReview, type AdRecord } from '../../../src/triage/model';
import { EnvContext, type BenchEnv } from '../../../src/ui/triage/context';
import { DetailPane } from '../../../src/ui/triage/DetailPane';
import { rulePack } from '../../helpers/rule-pack';

const HOSTILE = 'URGENT <img src=x onerror="alert(1)"> <script>alert(2)</script> customer service in Sihanoukville, Cambodia. Free visa and ticket, salary 1500 USD. Apply: https://evil.example/apply or Telegram @rekrut_hr';

function env(lang: 'en' | 'id' = 'en'): BenchEnv {
  return { t: triageMessages(lang), lang, pack: rulePack().pack, hotlines: bundledHotlines().directory, country: 'id', save: vi.fn(), copy: vi.fn(async () => undefined) };
}

function record(post: Post): AdRecord {
  const verdict = screenPost(post, rulePack().pack);
  return { ad: { id: 'ad1', post, importId: 'imp', ref: 'row 2', addedAt: '2026-11-27T10:00:00.000Z', extra: { label: 'scam' } }, verdict: { adId: 'ad1', verdict, scoredAt: 'x' }, review: newReview('ad1', 'x') };
}

afterEach(cleanup);

describe('the detail pane', () => {
  it('shows the ad as text — never as HTML, links not clickable — with evidence highlighted in place', async () => {
    const r = record({ platform: 'facebook', url: 'https://evil.example/post?id=1', title: 'CS <b>Cambodia</b>', text: HOSTILE });
    const { container } = render(
      <EnvContext.Provider value={env()}>
        <DetailPane id="ad1" load={async () => r} clusters={[]} onReview={vi.fn()} onReport={vi.fn()} onOpenCluster={vi.fn()} onClose={vi.fn()} />
      </EnvContext.Provider>,
    );
    await screen.findByRole('heading', { name: 'CS <b>Cambodia</b>' });
    const adText = container.querySelector('.ad-text')!;
    expect(adText.textContent).toBe(HOSTILE);
    expect(container.querySelector('img, script, b')).toBeNull();
    // no link is made from the ad: only rule references are links
    for (const a of container.querySelectorAll('a')) expect(a.closest('article.rule')).not.toBeNull();
    expect(container.querySelector('code.url')!.textContent).toBe('https://evil.example/post?id=1');
    const marks = [...adText.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(HOSTILE).toContain(m.textContent!);
    expect(marks.map((m) => m.textContent)).toContain('Cambodia');
  });

  it('quotes every fired rule’s metadata verbatim: description, explanation, known false positives, references', async () => {
    const r = record({ text: HOSTILE });
    const e = env('id');
    const { container } = render(
      <EnvContext.Provider value={e}>
        <DetailPane id="ad1" load={async () => r} clusters={[]} onReview={vi.fn()} onReport={vi.fn()} onOpenCluster={vi.fn()} onClose={vi.fn()} />
      </EnvContext.Provider>,
    );
    await screen.findByText('Mengapa ditandai');
    const cards = [...container.querySelectorAll('article.rule')];
    const warnings = r.verdict.verdict.flags.filter((f) => f.kind !== 'legitimacy');
    expect(cards.length).toBe(r.verdict.verdict.flags.length);
    for (const f of warnings) {
      const card = container.querySelector(`article.rule[data-rule="${f.ruleId}"]`)!;
      const rule = e.pack.byId.get(f.ruleId)!.rule;
      expect(card.textContent).toContain(rule.description.trim());
      expect(card.textContent).toContain(rule.explain.id.trim());
      for (const fp of rule.falsePositives) expect(card.textContent).toContain(fp.trim());
      for (const ref of rule.references) expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(ref.url);
    }
  });

  it('changes status, saves a note, adds and removes tags, all from the keyboard-reachable controls', async () => {
    const r = record({ text: HOSTILE });
    const onReview = vi.fn();
    const { rerender } = render(
      <EnvContext.Provider value={env()}>
        <DetailPane id="ad1" load={async () => r} clusters={[]} onReview={onReview} onReport={vi.fn()} onOpenCluster={vi.fn()} onClose={vi.fn()} />
      </EnvContext.Provider>,
    );
    const status = await screen.findByLabelText('Status');
    fireEvent.change(status, { target: { value: 'false-positive' } });
    expect(onReview).toHaveBeenLastCalledWith({ status: 'false-positive' });
    fireEvent.input(screen.getByLabelText('Reviewer note'), { target: { value: 'checked with the agency' } });
    const save = screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    expect(onReview).toHaveBeenLastCalledWith({ note: 'checked with the agency' });
    fireEvent.input(screen.getByPlaceholderText('New tag'), { target: { value: 'poipet' } });
    const add = screen.getByRole('button', { name: 'Add tag' }) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.submit(add.closest('form')!);
    expect(onReview).toHaveBeenLastCalledWith({ addTags: ['poipet'] });
    rerender(
      <EnvContext.Provider value={env()}>
        <DetailPane id="ad1" load={async () => r} review={{ ...r.review, tags: ['poipet'] }} clusters={[]} onReview={onReview} onReport={vi.fn()} onOpenCluster={vi.fn()} onClose={vi.fn()} />
      </EnvContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove tag poipet' }));
    expect(onReview).toHaveBeenLastCalledWith({ removeTags: ['poipet'] });
    await waitFor(() => expect(document.activeElement?.id).toBe('detail-heading'));
  });
});
