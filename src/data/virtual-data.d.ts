declare module 'virtual:waspada-data' {
  import type { DataSource } from './data-source';
  /** Every YAML file under rules/, parsed at build time; `file` is relative to rules/. */
  const sources: DataSource[];
  export default sources;
  /** English inflections of the phrases marked `inflect: en`, computed at build time with compromise. */
  export const inflections: Record<string, string[]>;
}
