// The hotline directory as shipped inside the extension (see src/rules/bundled-pack.ts).
import sources from 'virtual:waspada-data';
import { loadHotlineDirectory } from './load-hotlines';

let loaded: ReturnType<typeof loadHotlineDirectory> | undefined;

export function bundledHotlines(): ReturnType<typeof loadHotlineDirectory> {
  loaded ??= loadHotlineDirectory(sources);
  return loaded;
}
