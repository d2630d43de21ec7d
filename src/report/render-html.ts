import { escapeHtml as e } from './escape-html';
import { toHttpUrl } from './channel-links';
import type { Report, ReportFlag } from './report-schema';
import { reportStrings, type ReportStrings } from './report-strings';

/**
 * The report as a complete, printable HTML page (a string; the caller opens or downloads it). All ad
 * text is escaped, nothing from the post becomes a link, and a CSP meta tag blocks scripts as a
 * second line of defence.
 */

const csp = (images: boolean): string =>
  `default-src 'none'; style-src 'unsafe-inline'; img-src ${images ? 'data:' : "'none'"}; form-action 'none'; base-uri 'none'`;

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
blockquote{margin:.25rem 0 .25rem 1rem;padding-left:.75rem;border-left:3px solid #c33;white-space:pre-wrap;overflow-wrap:anywhere}
.post{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #ccc;padding:.75rem;background:#fafafa}
.warn{color:#8a1f11;font-weight:600}.shot{max-width:100%;border:1px solid #ccc}.muted{color:#555;font-size:.9rem}.badge{font-size:.8rem;border:1px solid #8a6d00;color:#8a6d00;padding:0 .3rem;border-radius:3px}
@media print{body{margin:0;max-width:none}a{color:inherit}}
`;

function rows(pairs: readonly [string, string | null | undefined][]): string {
  const items = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return items.length ? `<dl>${items.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v!)}</dd>`).join('')}</dl>` : '';
}

function flagItem(f: ReportFlag, s: ReportStrings): string {
  const quotes = f.quotes
    .map((q) => `<blockquote>${e(q.quote)}${q.field === 'text' ? '' : ` <span class="muted">(${e(q.field)})</span>`}</blockquote>`)
    .join('');
  const why = f.explanation ? `<div><strong>${e(s.why)}:</strong> ${e(f.explanation)}</div>` : '';
  return `<li><strong>${e(f.title)}</strong> <span class="muted">${e(f.strength)}</span>${quotes}${why}</li>`;
}

function flagsSection(r: Report, s: ReportStrings): string {
  const warnings = r.flags.filter((f) => f.kind !== 'legitimacy');
  const legit = r.flags.filter((f) => f.kind === 'legitimacy');
  let html = `<h2>${e(s.flags)} (${warnings.length})</h2>`;
  html += warnings.length ? `<ol>${warnings.map((f) => flagItem(f, s)).join('')}</ol>` : `<p>${e(s.noFlags)}</p>`;
  if (legit.length) html += `<h2>${e(s.legitimacy)} (${legit.length})</h2><ol>${legit.map((f) => flagItem(f, s)).join('')}</ol>`;
  if (r.flagsOmitted > 0) html += `<p class="muted">${e(s.flagsOmitted(r.flagsOmitted))}</p>`;
  return html;
}

function contactsSection(r: Report, s: ReportStrings): string {
  if (!r.contacts.length) return '';
  const items = r.contacts
    .map((c) => {
      const extra = [c.detail, c.asWritten !== c.value ? `${s.asWritten}: “${c.asWritten}”` : undefined].filter(Boolean).join('; ');
      return `<li>${e(s.contactTypes[c.type])}: <code>${e(c.value)}</code>${extra ? ` <span class="muted">(${e(extra)})</span>` : ''}</li>`;
    })
    .join('');
  const omitted = r.contactsOmitted > 0 ? `<p class="muted">${e(s.contactsOmitted(r.contactsOmitted))}</p>` : '';
  return `<h2>${e(s.contacts)} (${r.contacts.length})</h2><p class="warn">${e(s.contactsWarning)}</p><ul>${items}</ul>${omitted}`;
}

function hotlineSection(r: Report, s: ReportStrings): string {
  const h = r.hotline;
  const badge = h.verified ? '' : ` <span class="badge">${e(s.unverified)}</span>`;
  const channels = h.channels
    .map((c) => {
      const href = c.type === 'web-form' || c.type === 'website' ? toHttpUrl(c.value) : null;
      const value = href ? `<a href="${e(href)}" rel="noopener noreferrer">${e(c.value)}</a>` : e(c.value);
      const details = [c.hours, c.cost, c.note].filter(Boolean).join('; ');
      const unverified = c.verified ? '' : ` <span class="badge">${e(s.unverified)}</span>`;
      return `<li>${e(s.channelTypes[c.type])}: ${value}${details ? ` <span class="muted">(${e(details)})</span>` : ''}${unverified}</li>`;
    })
    .join('');
  const source = toHttpUrl(h.sourceUrl);
  const sourceLine = `<p class="muted">${e(s.source)}: ${source ? `<a href="${e(source)}" rel="noopener noreferrer">${e(h.sourceUrl)}</a>` : e(h.sourceUrl)} (${e(h.sourceSeen)})</p>`;
  return `<h2>${e(s.sentTo)}: ${e(h.name)}${badge}</h2><ul>${channels}</ul>${sourceLine}`;
}

function reporterSection(r: Report, s: ReportStrings): string {
  if (!r.reporter) return `<p class="muted">${e(s.noReporter)}</p>`;
  return `<h2>${e(s.reporter)}</h2>${rows([
    [s.reporterName, r.reporter.name],
    [s.reporterEmail, r.reporter.email],
    [s.reporterPhone, r.reporter.phone],
  ])}`;
}

export interface HtmlOptions {
  /** A screenshot the user added, as a data:image URL; shown at the end of the page. */
  readonly screenshot?: { readonly dataUrl: string; readonly capturedAt: string };
}

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/;

function screenshotSection(shot: HtmlOptions['screenshot'], s: ReportStrings): string {
  if (!shot || !IMAGE_DATA_URL.test(shot.dataUrl)) return '';
  return `<h2>${e(s.screenshot)}</h2><p class="muted">${e(s.screenshotTaken)}: ${e(shot.capturedAt)}</p><img class="shot" alt="${e(s.screenshot)}" src="${e(shot.dataUrl)}">`;
}

export function renderHtml(r: Report, options: HtmlOptions = {}): string {
  const s = reportStrings(r.lang);
  const shot = screenshotSection(options.screenshot, s);
  const body = [
    `<h1>${e(s.heading)}</h1>`,
    `<p class="muted">${e(s.intro)}</p>`,
    rows([
      [s.reference, r.reference],
      [s.seenAt, r.seenAt],
      [s.risk, `${s.bands[r.risk.band]} (${s.score} ${r.risk.score}; ${s.rules} ${r.risk.rulePackVersion})`],
    ]),
    hotlineSection(r, s),
    `<h2>${e(s.post)}</h2>`,
    rows([
      [s.platform, r.platform],
      [s.postUrl, r.postUrl],
      [s.title, r.title],
      [s.poster, r.poster],
      [s.company, r.company],
      [s.location, r.location],
      [s.salary, r.salary],
    ]),
    flagsSection(r, s),
    contactsSection(r, s),
    r.note ? `<h2>${e(s.note)}</h2><p class="post">${e(r.note)}</p>` : '',
    `<h2>${e(s.postText)}</h2><div class="post">${e(r.postText)}</div>`,
    reporterSection(r, s),
    shot,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${e(r.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp(shot !== ''))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(`${s.heading} — ${r.reference}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
