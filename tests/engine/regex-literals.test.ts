import { describe, expect, it } from 'vitest';
import { anchoredMatches, findAnchorOccurrences, regexAnchorOf } from '../../src/engine/match/regex-anchor';
import { mayContainMatch, requiredLiterals } from '../../src/engine/match/regex-literals';
import { loadRulesFromDisk } from '../../src/rules/load-rules-from-disk';

describe('requiredLiterals and anchored search', () => {
  it('joins literals across optional parts and zero-width assertions', () => {
    expect(requiredLiterals('abc?d', 'gu')).toEqual([['abd', 'abcd']]);
    expect(requiredLiterals('ab(?=x)c', 'gu')).toEqual([['abc']]);
    expect(requiredLiterals('(?:foo)?bar', 'gu')).toEqual([['bar']]);
    expect(requiredLiterals('biaya (?:admin|visa)\\s\\d', 'gu')).toEqual([['biaya '], ['admin', 'visa']]);
    expect(requiredLiterals('(?:fly|go)\\s(?:to|into)\\s(?:bangkok|dubai)', 'gu')).toContainEqual(['bangkok', 'dubai']);
  });

  it('claims nothing for what it cannot read or what may match empty', () => {
    expect(requiredLiterals('\\d+', 'gu')).toEqual([]);
    expect(requiredLiterals('(a)\\1', 'gu')).toEqual([]);
    expect(requiredLiterals('abc', 'giu')).toEqual([]);
    expect(requiredLiterals('a*', 'gu')).toEqual([]);
    expect(requiredLiterals('xyz|\\s', 'gu')).toEqual([]);
    expect(requiredLiterals('-\\d', 'gu')).toEqual([]); // too short to be rare
  });

  it('never rejects a text a rule RegExp matches, and finds the matches a scan finds', () => {
    const { pack } = loadRulesFromDisk();
    const regexes = pack.rules.flatMap((c) => [...c.any, ...c.all, ...c.unless]).flatMap((m) => (m.kind === 'regex' ? [m.re] : []));
    expect(regexes.length).toBeGreaterThan(0);
    // Texts built from pieces of each pattern's own literals, so that many of them match.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let matched = 0;
    let anchoredMatched = 0;
    for (const re of regexes) {
      const required = requiredLiterals(re.source, re.flags);
      const pieces = re.source.split(/[()|?:\\[\]{}*+^$]+/).filter(Boolean);
      const filler = [' ', ' ', '\n', '1', '25', '$', '.', ' rp ', '-', 'k ', '3000 ', '😀', '→'];
      for (let t = 0; t < 400; t++) {
        let text = '';
        for (let k = 0; k < 12; k++) text += rnd(3) === 0 ? filler[rnd(filler.length)] : pieces[rnd(pieces.length)]!.replace(/\\[sd]|\\p\{\w+\}/g, ' ');
        const re2 = new RegExp(re.source, re.flags.replace('g', ''));
        const anchor = regexAnchorOf(re);
        if (anchor) {
          const found: Array<[number, number]> = [];
          const count = findAnchorOccurrences(anchor, text);
          const all0 = [...text.matchAll(new RegExp(re.source, re.flags))];
          if (count === 0) expect(all0, `${re.source} on ${JSON.stringify(text)}`).toEqual([]);
          if (count > 0 && anchoredMatches(new RegExp(re.source, re.flags), anchor, text, found)) {
            const all = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0].length]);
            expect(found, `${re.source} on ${JSON.stringify(text)}`).toEqual(all);
            if (all.length > 0) anchoredMatched++;
          }
        }
        if (re2.test(text)) {
          matched++;
          expect(mayContainMatch(text, required), `${re.source} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
    expect(anchoredMatched).toBeGreaterThan(50);
  });
});
