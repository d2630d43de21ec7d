import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };
// Short inputs finish before a bar would be readable.
const MIN_ITEMS = 200;

/** A progress bar on stderr, only when stderr is a terminal (never in pipes or CI logs). */
export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < MIN_ITEMS) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream, format: 'scanning [{bar}] {value}/{total} ads  {percentage}%', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
