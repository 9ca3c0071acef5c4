#!/usr/bin/env node
// The `kusei` command: runs the CLI bundled by `npm run build:lib` (webpack.cli.config.js →
// dist/cli/kusei.bundle.js, one file, so a cold start does not resolve and load ~200 modules).
'use strict';
const { main } = require('../dist/cli/kusei.bundle.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
