// The bulk-import API shared by `waspada scan` and the triage page. DOM-free and Node-free: callers read the files.
export { parseInput, parseInputChunks, type ImportBatch, type ImportStream, type ParseInputOptions } from './parse-input';
export { detectFormat } from './detect-format';
export { contentHash } from './content-hash';
export { dedupe, type DedupeResult, type DuplicateRecord } from './dedupe';
export { htmlToText } from './html-to-text';
export { autoMapping } from './column-mapping';
export { DEFAULT_MAX_FIELD_CHARS, importErrorMessage } from './messages';
export * from './types';
