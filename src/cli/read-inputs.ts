import { readFileSync } from 'node:fs';

export interface InputText {
  /** The file name, or '-' for standard input. */
  readonly name: string;
  readonly text: string;
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads every file, or stdin when there is none; throws with a readable message for a missing file. */
export async function readInputs(files: readonly string[]): Promise<InputText[]> {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) return [{ name: '-', text: await readStdin() }];
  return files.map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (err) {
      throw new Error(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  });
}
