// A synthetic LinkedIn feed (classic markup) of N posts for `npm run bench:page`: the texts are the
// labelled corpus (risky and ordinary ads), repeated with a running number so every post is distinct.
// Like the real feed it renders a first screen and appends more posts as the reader nears the end.
import type { Post } from '../../src/model/post';
import { loadCorpus } from '../eval/corpus';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedPage {
  html: string;
  /** The posts as the LinkedIn extractor reads them (for timing the engine on its own). */
  posts: Post[];
}

export interface FeedOptions {
  /** Share of risky ads (trafficking or scam labels): 'corpus' keeps the corpus mix (about half). */
  risky?: number | 'corpus';
  firstScreen?: number;
  pageSize?: number;
}

export function syntheticFeed(count: number, options: FeedOptions = {}): FeedPage {
  const { risky = 'corpus', firstScreen = 10, pageSize = 10 } = options;
  const all = [...loadCorpus('dev'), ...loadCorpus('test')];
  const legit = all.filter((ad) => ad.label === 'legit');
  const bad = all.filter((ad) => ad.label !== 'legit');
  // With a share, every (1/share)-th post is risky and the rest are ordinary ads.
  const every = risky === 'corpus' ? 0 : Math.max(1, Math.round(1 / Math.max(risky, 1e-9)));
  const corpus = risky === 'corpus' ? all : Array.from({ length: count }, (_, i) => (i % every === every - 1 ? bad[i % bad.length]! : legit[i % legit.length]!));
  const posts: string[] = [];
  const read: Post[] = [];
  for (let i = 0; i < count; i++) {
    const ad = corpus[i % corpus.length]!;
    const urn = `urn:li:activity:${7400000000000000000n + BigInt(i)}`;
    const lines = [ad.post.title, ad.post.company, ad.post.location, ad.post.salary, ad.post.text].filter(Boolean) as string[];
    const body = lines.map((line) => escapeHtml(line)).join('<br>') + `<br>#${i + 1}`;
    read.push({ id: `linkedin:activity:${urn.split(':').pop()}`, platform: 'linkedin', kind: 'social-post', postedBy: `Recruiter ${i % 37}`, text: `${lines.join('\n')}\n#${i + 1}` });
    posts.push(
      `<div class="feed-shared-update-v2" data-urn="${urn}" role="article">` +
        `<div class="update-components-actor"><span class="update-components-actor__name"><span aria-hidden="true">Recruiter ${i % 37}</span><span class="visually-hidden">Recruiter ${i % 37}</span></span>` +
        `<span class="update-components-actor__description">Hiring manager · ${1 + (i % 23)}h</span></div>` +
        `<div class="feed-shared-update-v2__description"><div class="update-components-text"><span dir="ltr">${body}</span></div></div>` +
        `<div class="social-details"><button type="button">Like</button><button type="button">Comment</button><button type="button">Repost</button></div>` +
        `</div>`,
    );
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn (synthetic)</title>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#f4f2ee}
main{max-width:560px;margin:0 auto;padding:12px}
.feed-shared-update-v2{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 8px;padding:12px}
.update-components-actor{font-weight:600;margin-bottom:6px}.update-components-actor__description{display:block;font-weight:400;color:#666}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.social-details button{margin-right:6px}
#sentinel{height:40px}
</style></head><body>
<main id="main"><div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED"></div><div id="sentinel"></div></main>
<template id="posts">${posts.join('')}</template>
<script>
(() => {
  const all = Array.from(document.getElementById('posts').content.children);
  const feed = document.querySelector('.scaffold-finite-scroll__content');
  let next = 0;
  const more = (n) => { const frag = document.createDocumentFragment(); for (let i = 0; i < n && next < all.length; i++) frag.append(all[next++].cloneNode(true)); feed.append(frag); window.__loaded = next; };
  more(${firstScreen});
  const sentinel = document.getElementById('sentinel');
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting) || next >= all.length) return;
    more(${pageSize});
    io.unobserve(sentinel);
    io.observe(sentinel); // fires again if the sentinel is still in range
  }, { rootMargin: '800px 0px' });
  io.observe(sentinel);
})();
</script></body></html>`;
  return { html, posts: read };
}
