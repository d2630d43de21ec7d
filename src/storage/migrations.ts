import { LEGACY_KEYS, LOCAL_KEYS, STORAGE_VERSION } from './layout';

/**
 * Migrations of storage.local, as pure functions over a snapshot of the whole area, so they are
 * tested without a browser. Each one takes layout N-1 to layout N; they never drop a value they
 * do not understand (readers are lenient, see settings-schema.ts).
 */

export type Snapshot = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The layout version this migration produces. */
  readonly to: number;
  readonly describe: string;
  readonly migrate: (snapshot: Snapshot) => Snapshot;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    describe:
      'one version for the whole layout: drop WXT\'s per-item "settings$" metadata, tidy the allow-list and country, and start the report history and "not a scam" lists',
    migrate(s) {
      const out: Record<string, unknown> = { ...s };
      delete out[LEGACY_KEYS.settingsMeta];
      const settings = s[LOCAL_KEYS.settings];
      if (isRecord(settings)) {
        const next: Record<string, unknown> = { ...settings };
        if (Array.isArray(settings.allowList)) {
          // Layout 1 stored entries as typed; duplicates and blank lines came from the textarea.
          const seen = new Set<string>();
          next.allowList = settings.allowList.filter((entry): entry is string => {
            if (typeof entry !== 'string') return true; // not ours to judge: the lenient reader decides
            const key = entry.trim().toLowerCase();
            if (!key || seen.has(key)) return false;
            seen.add(key);
            return true;
          }).map((entry) => (typeof entry === 'string' ? entry.trim() : entry));
        }
        if (typeof settings.country === 'string') {
          const c = settings.country.trim().toLowerCase();
          next.country = c === 'uk' ? 'gb' : c;
        }
        out[LOCAL_KEYS.settings] = next;
      }
      if (!(LOCAL_KEYS.reportHistory in out)) out[LOCAL_KEYS.reportHistory] = [];
      if (!(LOCAL_KEYS.notScam in out)) out[LOCAL_KEYS.notScam] = [];
      return out;
    },
  },
];

/**
 * The layout version a snapshot is in: its meta record; else 1 when it holds data from before the
 * meta record existed; else (an empty area: a fresh install or after "delete all") the current one.
 */
export function detectVersion(snapshot: Snapshot): number {
  const meta = snapshot[LOCAL_KEYS.meta];
  if (isRecord(meta) && typeof meta.version === 'number' && Number.isInteger(meta.version) && meta.version >= 1) return meta.version;
  const hasData = Object.keys(snapshot).some((k) => k !== LOCAL_KEYS.meta);
  return hasData ? 1 : STORAGE_VERSION;
}

export interface MigrationResult {
  readonly snapshot: Snapshot;
  readonly from: number;
  readonly to: number;
  /** Versions of the migrations that ran, in order. */
  readonly applied: readonly number[];
  /** True when the stored layout is newer than this build (a downgrade): nothing is touched. */
  readonly newer: boolean;
}

/** Runs every migration from the snapshot's version up to `target`, and stamps the meta record. */
export function migrateSnapshot(
  snapshot: Snapshot,
  target: number = STORAGE_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  const from = detectVersion(snapshot);
  if (from > target) return { snapshot, from, to: from, applied: [], newer: true };
  let current: Snapshot = snapshot;
  const applied: number[] = [];
  for (let v = from + 1; v <= target; v++) {
    const migration = migrations.find((m) => m.to === v);
    if (!migration) throw new Error(`no storage migration to version ${v}`);
    current = migration.migrate(current);
    applied.push(v);
  }
  const meta = current[LOCAL_KEYS.meta];
  const stamped = isRecord(meta) && meta.version === target ? current : { ...current, [LOCAL_KEYS.meta]: { version: target } };
  return { snapshot: stamped, from, to: target, applied, newer: false };
}

/** What to write and remove to turn `before` into `after` (values compared as JSON). */
export function diffSnapshots(before: Snapshot, after: Snapshot): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove = Object.keys(before).filter((key) => !(key in after));
  return { set, remove };
}
