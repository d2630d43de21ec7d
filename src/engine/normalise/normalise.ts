import { foldContext } from './context-fold';
import { lightView } from './light-view';
import { foldSymbols } from './symbol-fold';
import type { TextView } from './text-view';

/** Both views of one field: `light` for money and contact parsing, `full` for rule matching. */
export interface NormalisedField {
  readonly light: TextView;
  readonly full: TextView;
}

export function normalise(original: string): NormalisedField {
  const light = lightView(original);
  return { light, full: foldContext(foldSymbols(light)) };
}

export { lightView };
