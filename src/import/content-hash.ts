import type { Post } from '../model/post';

/**
 * A stable 64-bit FNV-1a hash (16 hex digits) of title, company and text, lower-cased with
 * whitespace runs collapsed, so the same ad re-pasted with other spacing or case hashes the same.
 * Pure JS over UTF-8 bytes, one pass without copying the text: no BigInt (slow), no crypto (async
 * in browsers). Equals FNV-1a 64 of the UTF-8 of the normalised fields joined by U+001F.
 */
export function contentHash(post: Pick<Post, 'title' | 'company' | 'text'>): string {
  const h = new Fnv1a64();
  feedNormalised(h, post.title ?? '');
  h.byte(0x1f); // title "a" + text "bc" must not hash like "ab" + "c"
  feedNormalised(h, post.company ?? '');
  h.byte(0x1f);
  feedNormalised(h, post.text);
  return h.hex();
}

/** Lower-cased, whitespace runs as one space, none at the ends. */
function feedNormalised(h: Fnv1a64, text: string): void {
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) h.byte(0x20);
    pendingSpace = false;
    started = true;
    if (c < 0x80) {
      h.byte(c >= 65 && c <= 90 ? c + 32 : c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const lower = lowerCase(c);
    for (const ch of lower) h.codePoint(ch.codePointAt(0)!);
  }
}

/** Non-ASCII lower-casing, memoised: ads repeat the same few characters (’ • é …). */
const lowerCache = new Map<number, string>();
function lowerCase(codePoint: number): string {
  let lower = lowerCache.get(codePoint);
  if (lower === undefined) {
    lower = String.fromCodePoint(codePoint).toLowerCase();
    if (lowerCache.size < 4096) lowerCache.set(codePoint, lower);
  }
  return lower;
}

/** The characters JavaScript's \s matches. */
function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

class Fnv1a64 {
  // Offset basis 0xcbf29ce484222325 in four 16-bit limbs, low first, so every product stays exact in a double.
  private v0 = 0x2325;
  private v1 = 0x8422;
  private v2 = 0x9ce4;
  private v3 = 0xcbf2;

  /** Xors the byte in, then multiplies by the prime 2^40 + 0x1b3: each limb × 0x1b3, plus limbs 0–1 × 2^8 two limbs up. */
  byte(b: number): void {
    const v0 = this.v0 ^ b;
    const t0 = v0 * 0x1b3;
    const t1 = this.v1 * 0x1b3 + (t0 >>> 16);
    const t2 = this.v2 * 0x1b3 + v0 * 0x100 + (t1 >>> 16);
    const t3 = this.v3 * 0x1b3 + this.v1 * 0x100 + (t2 >>> 16);
    this.v0 = t0 & 0xffff;
    this.v1 = t1 & 0xffff;
    this.v2 = t2 & 0xffff;
    this.v3 = t3 & 0xffff;
  }

  codePoint(c: number): void {
    if (c < 0x80) this.byte(c);
    else if (c < 0x800) {
      this.byte(0xc0 | (c >> 6));
      this.byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      this.byte(0xe0 | (c >> 12));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    } else {
      this.byte(0xf0 | (c >> 18));
      this.byte(0x80 | ((c >> 12) & 0x3f));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    }
  }

  hex(): string {
    return [this.v3, this.v2, this.v1, this.v0].map((v) => v.toString(16).padStart(4, '0')).join('');
  }
}
