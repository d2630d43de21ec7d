declare module 'virtual:waspada-rule-texts' {
  import type { RuleText } from './rule-texts';
  /** [rule id, texts] for every rule under rules/, built at build time. */
  const entries: [string, RuleText][];
  export default entries;
}
