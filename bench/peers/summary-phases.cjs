#!/usr/bin/env node
// Where a cold `kusei summary` spends its time (bench/cases/cli-cold.ts): the built CLI (dist/) run as
// the command runs it, with its one file-reading function wrapped in a timer (consolidation reads one
// file at a time, so the sum of the reads is the time spent reading). Prints on stderr, at exit,
// `PHASES {"start":…,"load":…,"read":…,"rest":…}` in ms: node's own start until this script runs,
// requiring the CLI and the summary command, reading the files, and everything else (expanding the
// pattern, validation, consolidation, the report, printing).
//
// Usage: node bench/peers/summary-phases.cjs <dist> summary <kusei summary arguments…>
'use strict';
const { performance } = require('node:perf_hooks');
const path = require('node:path');

// performance.now() counts from the process's time origin: what node took before running this.
const start = performance.now();
const dist = path.resolve(process.argv[2] ?? 'dist');
const reading = require(path.join(dist, 'files/read-xlsx-file.js'));
const { main } = require(path.join(dist, 'cli/kusei.js'));
require(path.join(dist, 'cli/summary.js'));
const loaded = performance.now();

let readMs = 0;
let reads = 0;
const read = reading.readWorkbookFile;
// dist/files/index.js re-exports readWorkbookFile through a getter of this module's exports.
reading.readWorkbookFile = async (file) => {
  const before = performance.now();
  try {
    return await read(file);
  } finally {
    readMs += performance.now() - before;
    reads++;
  }
};

main(process.argv.slice(3)).then((code) => {
  const rest = performance.now() - loaded - readMs;
  process.stderr.write(`PHASES ${JSON.stringify({ start, load: loaded - start, read: readMs, rest, reads })}\n`);
  process.exitCode = reads === 0 ? 70 : code;
});
