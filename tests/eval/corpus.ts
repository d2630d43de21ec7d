// Reads the labelled corpus (tests/corpus/*.jsonl) into posts with their labels.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Post, PostKind } from '../../src/model/post';

export const LABELS = ['trafficking', 'scam', 'legit'] as const;
export type Label = (typeof LABELS)[number];

export interface LabelledAd {
  readonly id: string;
  /** The corpus file the ad came from, without `.jsonl` (`dev-5`). */
  readonly file: string;
  readonly label: Label;
  readonly lang: string;
  readonly group: string;
  readonly post: Post;
}

const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus');

/** The files of a part: `dev.jsonl` and any `dev-<n>.jsonl` written later, or `test.jsonl`. */
export function corpusFiles(part: 'dev' | 'test'): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f === `${part}.jsonl` || (part === 'dev' && /^dev-\d+\.jsonl$/.test(f)))
    .sort()
    .map((f) => resolve(CORPUS_DIR, f));
}

/** `dev` is for tuning rules; `test` is frozen and only ever measured. */
export function loadCorpus(part: 'dev' | 'test'): LabelledAd[] {
  const lines = corpusFiles(part).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((line) => ({ line, file: basename(file, '.jsonl') })),
  );
  return lines.map(({ line, file }) => {
    const r = JSON.parse(line) as Record<string, string>;
    const post: Post = {
      id: r.id,
      kind: r.kind as PostKind,
      title: r.title,
      company: r.company,
      location: r.location,
      salary: r.salary,
      text: r.text ?? '',
    };
    return { id: r.id!, file, label: r.label as Label, lang: r.lang!, group: r.group ?? '', post };
  });
}

/** From `dev-5` on, every part is written by someone who never saw the rules and keeps its
 * even-numbered ads as a holdout: measured, never listed, so tuning cannot see them. */
const FIRST_HOLDOUT_PART = 5;

export function isHoldout(ad: LabelledAd): boolean {
  const part = /^dev-(\d+)$/.exec(ad.file);
  return part !== null && Number(part[1]) >= FIRST_HOLDOUT_PART && Number(ad.id.slice(-4)) % 2 === 0;
}
