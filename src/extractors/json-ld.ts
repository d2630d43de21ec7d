import { htmlToText } from './html-to-text';

/**
 * schema.org JobPosting from <script type="application/ld+json">: the structured copy of a job ad
 * most job boards publish for search engines. Handles arrays, @graph, mainEntity and @type arrays;
 * malformed blocks are skipped.
 */
export interface JobPostingData {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  text: string;
  identifier?: string;
  url?: string;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

/** Big enough for any real job ad, small enough that a hostile page cannot stall JSON.parse. */
const MAX_BLOCK_LENGTH = 2_000_000;
const MAX_DEPTH = 6;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A plain string from a JSON string or number; entities and tags in it become text. */
function plain(value: Json): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = /[<&]/.test(value) ? htmlToText(value) : value.trim();
  return text || undefined;
}

/** `name` of an object, or the value itself when it is already a string. */
function nameOf(value: Json): string | undefined {
  return isObject(value) ? plain(value['name']) : plain(value);
}

function isJobPosting(node: JsonObject): boolean {
  return asList(node['@type']).some((type) => typeof type === 'string' && /(^|[/:])JobPosting$/.test(type));
}

function parseBlock(source: string): Json {
  try {
    return JSON.parse(source);
  } catch {
    // A raw line break inside a string is the commonest breakage; outside strings it is whitespace.
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collectJobPostings(node: Json, found: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) collectJobPostings(item, found, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (isJobPosting(node)) found.push(node);
  else {
    collectJobPostings(node['@graph'], found, depth + 1);
    collectJobPostings(node['mainEntity'], found, depth + 1);
  }
}

function placeText(place: Json): string | undefined {
  if (!isObject(place)) return plain(place);
  const address = place['address'];
  if (!isObject(address)) return plain(address) ?? plain(place['name']);
  const parts = [
    plain(address['addressLocality']),
    plain(address['addressRegion']),
    nameOf(address['addressCountry']),
  ].filter((part): part is string => Boolean(part));
  return [...new Set(parts)].join(', ') || plain(place['name']);
}

function locationText(node: JsonObject): string | undefined {
  const places = asList(node['jobLocation']).map(placeText).filter(Boolean);
  const remote = asList(node['jobLocationType']).some((type) => type === 'TELECOMMUTE');
  if (remote) {
    const where = asList(node['applicantLocationRequirements']).map(nameOf).filter(Boolean);
    places.unshift(where.length > 0 ? `Remote (${where.join(', ')})` : 'Remote');
  }
  return places.join('; ') || undefined;
}

function salaryText(node: JsonObject): string | undefined {
  const salary = node['baseSalary'];
  if (!isObject(salary)) return plain(salary);
  const currency = plain(salary['currency']);
  const value = salary['value'];
  let amount: string | undefined;
  let unit = plain(salary['unitText']);
  if (isObject(value)) {
    const min = plain(value['minValue']);
    const max = plain(value['maxValue']);
    amount = plain(value['value']) ?? (min && max && min !== max ? `${min}–${max}` : (min ?? max));
    unit = plain(value['unitText']) ?? unit;
  } else {
    amount = plain(value);
  }
  if (!amount) return undefined;
  return [currency, amount, unit ? `per ${unit.toLowerCase()}` : undefined].filter(Boolean).join(' ');
}

function identifierText(value: Json): string | undefined {
  return isObject(value) ? plain(value['value']) : plain(value);
}

function toJobPostingData(node: JsonObject): JobPostingData | undefined {
  const text = plain(node['description']);
  if (!text) return undefined;
  const data: JobPostingData = { text };
  const fields: [keyof JobPostingData, string | undefined][] = [
    ['title', plain(node['title']) ?? plain(node['name'])],
    ['company', asList(node['hiringOrganization']).map(nameOf).find(Boolean)],
    ['location', locationText(node)],
    ['salary', salaryText(node)],
    ['identifier', identifierText(node['identifier'])],
    ['url', plain(node['url'])],
  ];
  for (const [key, value] of fields) if (value) data[key] = value;
  return data;
}

/** Every JobPosting described on the page, in document order. Never throws. */
export function readJobPostings(root: ParentNode): JobPostingData[] {
  const postings: JobPostingData[] = [];
  let scripts: Element[];
  try {
    scripts = Array.from(root.querySelectorAll('script[type]'));
  } catch {
    return postings;
  }
  for (const script of scripts) {
    if (!/^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK_LENGTH) continue;
    const found: JsonObject[] = [];
    collectJobPostings(parseBlock(source), found, 0);
    for (const node of found) {
      try {
        const data = toJobPostingData(node);
        if (data) postings.push(data);
      } catch {
        // One odd posting does not hide the others.
      }
    }
  }
  return postings;
}

/** The name every Post read from JSON-LD reports in `matched`. */
export const JSON_LD_MATCH = 'jsonld.JobPosting#script';
