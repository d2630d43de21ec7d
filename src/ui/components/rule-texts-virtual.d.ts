declare module 'virtual:waspada-rule-texts' {
  /** JSON of [rule id, RuleText][] for every rule under rules/, built at build time. */
  const json: string;
  export default json;
}
