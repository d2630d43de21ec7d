// Node-only: reads every YAML file under a folder of rules/ (the CLI, tests and the build use it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { DataSource } from './data-source';

const YAML_FILE = /\.ya?ml$/;

function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listYamlFiles(path));
    else if (YAML_FILE.test(name)) out.push(path);
  }
  return out;
}

/** Reads and parses all YAML files under `dir`; `file` is reported relative to `base`. */
export function readYamlDir(dir: string, base: string = dir): DataSource[] {
  return listYamlFiles(dir).map((path) => {
    const file = relative(base, path);
    try {
      return { file, data: parse(readFileSync(path, 'utf8')) as unknown };
    } catch (err) {
      return { file, error: `not valid YAML: ${(err as Error).message.split('\n')[0]}` };
    }
  });
}
