#!/usr/bin/env node
// The `kusei` command: runs the CLI built by `npm run build:lib` (tsc -p tsconfig.lib.json → dist/).
'use strict';
const { main } = require('../dist/cli/kusei.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
