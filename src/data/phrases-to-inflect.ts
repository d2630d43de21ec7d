import type { DataSource } from './data-source';

interface MatcherLike {
  phrases?: unknown;
  near?: unknown;
  inflect?: unknown;
}

/** Every phrase of a matcher marked `inflect: en`, in any rule file (invalid files are skipped here and reported at load). */
export function phrasesToInflect(sources: readonly DataSource[]): string[] {
  const out = new Set<string>();
  for (const s of sources) {
    const match = (s.data as { match?: Record<string, unknown> } | undefined)?.match;
    if (!match || typeof match !== 'object') continue;
    for (const list of Object.values(match)) {
      if (!Array.isArray(list)) continue;
      for (const m of list as MatcherLike[]) {
        if (m?.inflect !== 'en') continue;
        const phrases = Array.isArray(m.phrases) ? m.phrases : Array.isArray(m.near) ? (m.near as unknown[]).flat() : [];
        for (const p of phrases) if (typeof p === 'string' && !p.trim().endsWith('*')) out.add(p);
      }
    }
  }
  return [...out].sort();
}
