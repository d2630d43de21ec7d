import type { Post } from '../model/post';

/**
 * A stable 64-bit FNV-1a hash (16 hex digits) of title, company and text, lower-cased with
 * whitespace runs collapsed, so the same ad re-pasted with other spacing or case hashes the same.
 * Pure JS over UTF-8 bytes in four 16-bit limbs: no BigInt (slow) and no crypto (async in browsers).
 */
export function contentHash(post: Pick<Post, 'title' | 'company' | 'text'>): string {
  const h = new Fnv1a64();
  const parts = [post.title ?? '', post.company ?? '', post.text];
  parts.forEach((part, i) => {
    if (i > 0) h.byte(0x1f); // unit separator: "a" + "bc" must not hash like "ab" + "c"
    hashCollapsed(h, part.toLowerCase());
  });
  return h.hex();
}

/** Feeds `text` with each whitespace run as one space and none at the ends. */
function hashCollapsed(h: Fnv1a64, text: string): void {
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) h.byte(0x20);
    pendingSpace = false;
    started = true;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    h.codePoint(code);
  }
}

/** The characters JavaScript's \s matches. */
function isWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

class Fnv1a64 {
  // 0xcbf29ce484222325, low limb first.
  private v0 = 0x2325;
  private v1 = 0x8422;
  private v2 = 0x9ce4;
  private v3 = 0xcbf2;

  /** Multiplies by the FNV prime 2^40 + 0x1b3 after xoring the byte in. */
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

  /** UTF-8, so the hash matches FNV-1a of the same string anywhere else. */
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
