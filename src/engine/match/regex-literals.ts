// Literal strings a RegExp cannot match without: "(?:fly|flying)\s(?:to|into)\s(?:bangkok|…)" needs
// one of "fly"/"flying", one of "to"/"into" and one of the cities somewhere in what it matches. Rule
// RegExps run over windows of a field; a window that lacks every string of one such set is skipped
// without running the RegExp. The analysis is conservative: anything it does not understand makes it
// claim nothing, so the RegExp simply runs.

/** Sets of strings; a match contains at least one string of each set. */
export type RequiredLiterals = ReadonlyArray<readonly string[]>;

/** What one part of a pattern can match: every string it matches (when few), and sets it must contain. */
export interface Info {
  /** All strings the part can match, or undefined when too many or unknown. */
  readonly exact: ReadonlySet<string> | undefined;
  /** Sets of which each match contains one string (never holds the empty string). */
  readonly factors: ReadonlyArray<ReadonlySet<string>>;
  /** Most UTF-16 units one match can take (Infinity when unbounded). */
  readonly maxLen: number;
}

const MAX_EXACT = 64;
const MAX_LITERAL = 40;
// One character of a class, "\s" or ".": in a Unicode RegExp it may be a surrogate pair.
const ONE_CHAR: Info = { exact: undefined, factors: [], maxLen: 2 };
const EMPTY: Info = { exact: new Set(['']), factors: [], maxLen: 0 };
const unknown = (maxLen: number): Info => ({ exact: undefined, factors: [], maxLen });

export class Unsupported extends Error {}

export class Parser {
  private i = 0;

  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return info;
  }

  /** The parts of a pattern that is one sequence (no "|" at its top level), or undefined. */
  topSequence(): Info[] | undefined {
    const parts = this.sequenceParts();
    return this.i === this.src.length ? parts : undefined;
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternationOf(alts);
  }

  private sequence(): Info {
    return sequenceOf(this.sequenceParts());
  }

  private sequenceParts(): Info[] {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') parts.push(this.quantified(this.atom()));
    return parts;
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ONE_CHAR;
    }
    if ('*+?{}]'.includes(c)) throw new Unsupported(`unexpected ${c}`);
    const cp = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return literal(ch);
  }

  private group(): Info {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported('group kind');
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A lookaround consumes nothing: what it asserts is not part of the match.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Info {
    this.i++; // [
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    return ONE_CHAR;
  }

  private escape(): Info {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    if ('sSdDwW'.includes(c)) return ONE_CHAR;
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.i);
      if (this.src[this.i] !== '{' || close < 0) throw new Unsupported('property');
      this.i = close + 1;
      return ONE_CHAR;
    }
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'n') return literal('\n');
    if (c === 't') return literal('\t');
    if (c === 'r') return literal('\r');
    if (c === 'f') return literal('\f');
    if (c === 'v') return literal('\v');
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k' || c === '0' || (c >= '1' && c <= '9')) throw new Unsupported(`\\${c}`);
    // In a Unicode RegExp only syntax characters and "/" or "-" may be escaped: each stands for itself.
    if ('^$\\.*+?()[]{}|/-'.includes(c)) return literal(c);
    throw new Unsupported(`\\${c}`);
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    const maxLen = max === 0 || atom.maxLen === 0 ? 0 : atom.maxLen * max;
    if (min === 0 && max === 1 && atom.exact) return { exact: new Set(['', ...atom.exact]), factors: [], maxLen };
    if (min === 1 && max === 1) return atom;
    if (min === 0) return unknown(maxLen); // no repeat at all: nothing is required
    // At least one repeat: each repeat contains the atom's factors.
    return { exact: undefined, factors: atom.factors.length > 0 ? atom.factors : atom.exact && !atom.exact.has('') ? [atom.exact] : [], maxLen };
  }
}

function literal(ch: string): Info {
  return { exact: new Set([ch]), factors: [], maxLen: ch.length };
}

function alternationOf(alts: readonly Info[]): Info {
  const maxLen = Math.max(...alts.map((a) => a.maxLen));
  if (alts.every((a) => a.exact)) {
    const exact = new Set<string>();
    for (const a of alts) for (const s of a.exact!) exact.add(s);
    if (exact.size <= MAX_EXACT) return { exact, factors: [], maxLen };
  }
  // Every match is a match of one alternative, so it contains that alternative's best factor.
  const union = new Set<string>();
  for (const a of alts) {
    const best = bestFactor(a);
    if (!best) return unknown(maxLen);
    for (const s of best) union.add(s);
  }
  return { exact: undefined, factors: [union], maxLen };
}

function sequenceOf(parts: readonly Info[]): Info {
  const maxLen = parts.reduce((n, p) => n + p.maxLen, 0);
  const factors: Array<ReadonlySet<string>> = [];
  // The strings the parts since the last break can match, joined: a contiguous piece of any match.
  let run = new Set(['']);
  let broken = false;
  // Each part's own strings are required too, and are fewer than the joined run's.
  const pieces = parts.flatMap((p) => (p.exact && !p.exact.has('') && p.exact.size > 1 ? [p.exact] : []));
  const flush = () => {
    if (!run.has('')) factors.push(run);
  };
  for (const p of parts) {
    if (p.exact) {
      const product = new Set<string>();
      for (const a of run) for (const b of p.exact) product.add(a + b);
      if (product.size <= MAX_EXACT && [...product].every((s) => s.length <= MAX_LITERAL)) {
        run = product;
        continue;
      }
    }
    broken = true;
    flush();
    factors.push(...p.factors);
    run = new Set(p.exact ?? ['']);
  }
  if (!broken) return { exact: run, factors: pieces, maxLen };
  flush();
  return { exact: undefined, factors: [...factors, ...pieces], maxLen };
}

/** The most selective factor of a part: longest shortest string, then fewest strings. */
function bestFactor(info: Info): ReadonlySet<string> | undefined {
  const candidates = [...info.factors];
  if (info.exact && !info.exact.has('')) candidates.push(info.exact);
  let best: ReadonlySet<string> | undefined;
  for (const f of candidates) if (!best || better(f, best)) best = f;
  return best;
}

function shortest(set: ReadonlySet<string>): number {
  let n = Infinity;
  for (const s of set) n = Math.min(n, s.length);
  return n;
}

function better(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.size < b.size;
}

/**
 * Sets checked per window, cheapest first: few strings, none shorter than MIN_USEFUL units (a
 * set holding "-" or "k" is in nearly every window and rejects nothing).
 */
const MAX_SETS = 2;
export const MAX_SET_SIZE = 24;
const MIN_USEFUL = 3;

/**
 * The required literal sets of a RegExp source (flags "u" or "gu", no "i"/"m"/"s"/"v") worth
 * checking, cheapest first; empty when nothing can be said.
 */
export function requiredLiterals(source: string, flags: string): RequiredLiterals {
  if (/[imsvy]/.test(flags)) return [];
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
  const sets = [...info.factors];
  if (info.exact && !info.exact.has('')) sets.push(info.exact);
  const distinct = new Map(sets.map(narrowed).map((s) => [s.join('\u0000'), s]));
  return [...distinct.values()]
    .filter((s) => s.length <= MAX_SET_SIZE && s.every(isUseful))
    .sort((a, b) => a.length - b.length || Math.min(...b.map((x) => x.length)) - Math.min(...a.map((x) => x.length)))
    .slice(0, MAX_SETS);
}

/** A string rare enough to be worth a search: three units, or two with a symbol ("->") or a non-Latin letter, or a symbol ("→"). */
export function isUseful(s: string): boolean {
  if (s.length >= MIN_USEFUL) return true;
  if (s.length === 2) return !isAsciiWordCode(s.charCodeAt(0)) || !isAsciiWordCode(s.charCodeAt(1));
  return s.length === 1 && s.charCodeAt(0) >= 0x2000;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32;
}

/** "biaya pendaftaran", "biaya admin" … all contain "biaya ": one search instead of many. */
function narrowed(set: ReadonlySet<string>): string[] {
  const list = [...set];
  let prefix = list[0]!;
  let suffix = list[0]!;
  for (const s of list) {
    while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
    while (!s.endsWith(suffix)) suffix = suffix.slice(1);
  }
  const common = prefix.length >= suffix.length ? prefix : suffix;
  return list.length > 1 && isUseful(common) ? [common] : list;
}

/** Whether `text` holds a string of every set: when false the RegExp cannot match in it. */
export function mayContainMatch(text: string, required: RequiredLiterals): boolean {
  for (let k = 0; k < required.length; k++) {
    const set = required[k]!;
    let found = false;
    for (let j = 0; j < set.length && !found; j++) found = text.includes(set[j]!);
    if (!found) return false;
  }
  return true;
}

const cache = new WeakMap<RegExp, RequiredLiterals>();

/** requiredLiterals of a compiled RegExp, worked out once per RegExp (rule packs compile theirs once). */
export function requiredLiteralsOf(re: RegExp): RequiredLiterals {
  let required = cache.get(re);
  if (required === undefined) cache.set(re, (required = requiredLiterals(re.source, re.flags)));
  return required;
}

/** Whether the source starts with "^" outside any alternation: without the "m" flag it can only match at 0. */
function anchoredAtStart(source: string, flags: string): boolean {
  if (!source.startsWith('^') || flags.includes('m')) return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

const stickyCache = new WeakMap<RegExp, RegExp | null>();

/**
 * For a RegExp that can only match at the start of its input ("^\s*thailand\s*$"), a sticky copy that
 * tries that one position instead of failing at every later one; null for any other RegExp.
 */
export function stickyStartOf(re: RegExp): RegExp | null {
  let sticky = stickyCache.get(re);
  if (sticky === undefined) {
    sticky = anchoredAtStart(re.source, re.flags) ? new RegExp(re.source, `${re.flags.replace('g', '')}y`) : null;
    stickyCache.set(re, sticky);
  }
  return sticky;
}
