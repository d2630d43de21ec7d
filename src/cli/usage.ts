export const USAGE = `Usage: waspada scan [options] [FILE…]

Screens job ads for scam-compound, trafficking and job-scam red flags, on this machine.
Reads each FILE (or standard input when there is none) as JSONL, a JSON array, CSV with a header
(EMSCAD columns too) or plain text (one ad, or several separated by a line of --- ).

Options:
  --format jsonl|csv|table   output format (default jsonl: one verdict per line)
  --explain                  print every red flag with the quoted evidence, readably
  --lang en|id               language of explanations (default en)
  --rules DIR                use the rules in DIR instead of the bundled ones
  --input-format jsonl|json|csv|text   skip format detection
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 when the input was read (malformed records are reported on stderr and skipped),
1 when a file cannot be read, 2 on a usage error.`;
