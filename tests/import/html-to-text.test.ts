import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/import';

describe('htmlToText', () => {
  it('decodes the entities EMSCAD uses, named and numeric', () => {
    expect(htmlToText('R&amp;D &lt;team&gt; &quot;hi&quot; it&#39;s it&#x27;s we&rsquo;re 5&ndash;6 &bull; a&nbsp;b &AMP;')).toBe(
      'R&D <team> "hi" it\'s it\'s we\u2019re 5\u20136 \u2022 a\u00a0b &',
    );
    expect(htmlToText('&#128512; &#x1F600; &#xD800; &#0; &#99999999;')).toBe('😀 😀 \ufffd \ufffd &#99999999;');
  });

  it('leaves text that only looks like markup alone', () => {
    expect(htmlToText('R&D, AT&T, a < b, <3, &unknown; &constructor; &#; fish & chips')).toBe(
      'R&D, AT&T, a < b, <3, &unknown; &constructor; &#; fish & chips',
    );
    expect(htmlToText('tail <a href=x')).toBe('tail <a href=x');
  });

  it('turns br, p and li into line breaks and drops inline tags', () => {
    expect(htmlToText('<p>Hi <b>there</b></p><ul>\n  <li>one</li>\n  <li>two</li>\n</ul>after<br>x<br/><br>y')).toBe(
      'Hi there\n\none\ntwo\n\nafter\nx\n\ny',
    );
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a  b');
  });

  it('drops comments, scripts, styles and multi-line Word tags', () => {
    expect(htmlToText('x <!-- note --> y<style>p{color:red}</style> z<script>alert(1)</script>!')).toBe('x  y z!');
    expect(htmlToText('Job\r\n <w:LsdException Locked="false"\r\n  Name="heading 1"/>\r\nPay daily')).toBe('Job\n\nPay daily');
  });

  it('trims lines and squeezes blank runs', () => {
    expect(htmlToText('\u00a0 \u00a0\r\n\r\n  Staffing &amp; Recruiting  \r\n\r\n\r\n\r\nThanks \u00a0\r\n')).toBe('Staffing & Recruiting\n\nThanks');
  });

  it('stays linear on hostile input', () => {
    const unclosed = '<a'.repeat(200_000) + '&#'.repeat(200_000) + '<!--'.repeat(100_000);
    const openers = '<style>'.repeat(100_000) + '<script x>'.repeat(100_000);
    const started = performance.now();
    const kept = htmlToText(unclosed);
    const dropped = htmlToText(openers);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(kept).toBe(unclosed); // no '>' and no '-->' anywhere: all of it is text
    expect(dropped).toBe('');
  });
});
