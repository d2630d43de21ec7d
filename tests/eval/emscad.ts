// EMSCAD (Vidros et al. 2017) from ../shared: all 866 fraudulent ads and the legitimate rows of the
// 358-row sample, split as SOURCE.md fixes it: even 0-based rows are development, odd rows are test.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseInput } from '../../src/import';
import type { Post } from '../../src/model/post';

export const EMSCAD_DIR = resolve(process.env.WASPADA_EMSCAD_DIR ?? '../shared/datasets/emscad');

export interface EmscadRow {
  readonly post: Post;
  readonly fraudulent: boolean;
  readonly half: 'dev' | 'test';
}

function readRows(file: string, fraudulent: boolean | undefined): EmscadRow[] {
  const { records } = parseInput(readFileSync(resolve(EMSCAD_DIR, file), 'utf8'), { fileName: file, defaultPlatform: 'emscad' });
  const rows = records
    .map((r) => ({ r, label: String(r.extra?.fraudulent ?? '') }))
    .filter(({ label }) => fraudulent === undefined || (label === '1' || label === 't') === fraudulent);
  return rows.map(({ r }, i) => ({
    post: { ...r.post, kind: 'job-posting' as const },
    fraudulent: fraudulent ?? false,
    half: i % 2 === 0 ? ('dev' as const) : ('test' as const),
  }));
}

/** Undefined when the shared datasets are not next to this checkout. */
export function loadEmscad(): EmscadRow[] | undefined {
  if (!existsSync(resolve(EMSCAD_DIR, 'emscad_fraudulent_all.csv'))) return undefined;
  return [...readRows('emscad_fraudulent_all.csv', true), ...readRows('emscad_sample_fj_small.csv', false)];
}
