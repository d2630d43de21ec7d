// Node only: English inflections cost ~10 ms a phrase with compromise; the CLI and the tests would pay
// that on every start. They are kept in node_modules/.cache (never committed, rebuilt when missing).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflectWith, type Nlp } from './inflect-english';
import type { Inflector } from './inflector';

// compromise takes up to a second to load; with a warm cache it is never needed, so its CommonJS
// build is required only on the first phrase missing from the cache.
let nlp: Nlp | undefined;
function englishInflector(phrase: string): readonly string[] {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return inflectWith(nlp, phrase);
}

const CACHE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/waspada/inflections.json');

function readCache(): Record<string, string[]> {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, string[]>;
  } catch {
    return {};
  }
}

/** An inflector backed by the on-disk cache; call `save()` once the pack is loaded. */
export function cachedEnglishInflector(): Inflector & { save(): void } {
  const cache = readCache();
  let dirty = false;
  const lookup: Inflector = (phrase) => {
    const hit = cache[phrase];
    if (hit) return hit;
    dirty = true;
    return (cache[phrase] = [...englishInflector(phrase)]);
  };
  const save = () => {
    if (!dirty) return;
    try {
      mkdirSync(dirname(CACHE_FILE), { recursive: true });
      const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(cache));
      renameSync(tmp, CACHE_FILE); // atomic: parallel test workers never read half a file
    } catch {
      // A read-only checkout only loses the speed-up.
    }
  };
  return Object.assign(lookup, { save });
}
