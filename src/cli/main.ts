import { parseArgs } from 'node:util';
import { screenPost } from '../engine/screen-post';
import { importErrorMessage, parseInputChunks, IMPORT_FORMATS, type ImportFormat } from '../import';
import { formatDataError } from '../data/data-source';
import { loadRulesFromDisk } from '../rules/load-rules-from-disk';
import { csvHeader, formatCsv } from './format-csv';
import { formatExplain } from './format-explain';
import { formatJsonl } from './format-jsonl';
import { formatTable, tableHeader } from './format-table';
import type { ScoredRecord } from './output-row';
import { startProgress } from './progress';
import { readInputs } from './read-inputs';
import { USAGE } from './usage';

const FORMATS = ['jsonl', 'csv', 'table'] as const;
type OutputFormat = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

function options(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'jsonl' },
        explain: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        rules: { type: 'string' },
        'input-format': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { help: values.help, version: values.version } as const;
  const [command, ...files] = positionals;
  if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (values.lang !== 'en' && values.lang !== 'id') throw new UsageError('--lang must be en or id');
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(inputFormat)) {
    throw new UsageError(`--input-format must be one of ${IMPORT_FORMATS.join(', ')}`);
  }
  return {
    files,
    format: values.format as OutputFormat,
    explain: values.explain,
    lang: values.lang,
    rules: values.rules,
    inputFormat: inputFormat as ImportFormat | undefined,
  } as const;
}

/** `waspada scan …`; returns the exit status. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let opts;
  try {
    opts = options(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`waspada: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in opts && opts.help) return io.out(USAGE), 0;
  if ('version' in opts && opts.version) return io.out('waspada 0.1.0'), 0;
  const o = opts as Exclude<typeof opts, { help: boolean | undefined }>;

  const { pack, errors: ruleErrors } = o.rules ? loadRulesFromDisk(o.rules) : loadRulesFromDisk();
  for (const e of ruleErrors) io.err(`waspada: rule skipped: ${formatDataError(e)}`);
  if (pack.rules.length === 0) {
    io.err(`waspada: no rules could be loaded${o.rules ? ` from ${o.rules}` : ''}`);
    return 1;
  }

  let inputs;
  try {
    inputs = await readInputs(o.files);
  } catch (err) {
    io.err(`waspada: ${(err as Error).message}`);
    return 1;
  }

  const write = (r: ScoredRecord) =>
    io.out(o.explain ? formatExplain(r, pack, o.lang) : o.format === 'csv' ? formatCsv(r) : o.format === 'table' ? formatTable(r) : formatJsonl(r));
  if (!o.explain && o.format === 'csv') io.out(csvHeader());
  if (!o.explain && o.format === 'table') io.out(tableHeader());

  let skipped = 0;
  let scored = 0;
  for (const input of inputs) {
    const prefix = inputs.length > 1 ? `${input.name}: ` : '';
    const stream = parseInputChunks(input.text, {
      fileName: input.name === '-' ? undefined : input.name,
      format: o.inputFormat,
      defaultPlatform: 'cli',
    });
    if (stream.needsMapping) {
      io.err(`waspada: ${prefix}no column holds the ad text (columns: ${(stream.columns ?? []).join(', ')}); name one "text" or "description"`);
      skipped += stream.total;
      continue;
    }
    for (const e of stream.errors) io.err(`waspada: ${prefix}${importErrorMessage(e)} (skipped)`);
    skipped += stream.errors.length;
    const progress = startProgress(stream.total);
    for (const batch of stream.batches()) {
      for (const e of batch.errors) io.err(`waspada: ${prefix}${importErrorMessage(e)} (skipped)`);
      skipped += batch.errors.length;
      for (const rec of batch.records) {
        write({ id: rec.post.id ?? rec.ref, ref: `${prefix}${rec.ref}`, verdict: screenPost(rec.post, pack) });
        scored++;
      }
      progress.update(batch.done);
    }
    progress.stop();
  }
  if (skipped > 0) io.err(`waspada: ${skipped} malformed record(s) skipped`);
  // An empty file or pipe is not an error, but silence would look like a hang or a crash.
  if (scored === 0 && skipped === 0) io.err('waspada: no ads found in the input');
  return 0;
}
