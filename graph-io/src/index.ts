export { type CheckResult, checkGraph } from './check-graph';
export { sha256Hex } from './checksum';
export { type ExportedGraph, serialiseGraphFile, toGraphFile } from './graph-file-export';
export { readGraphFile, textFilesBeside } from './read-graph-file';
