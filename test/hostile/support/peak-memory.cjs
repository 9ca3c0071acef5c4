// Preloaded (`node -r`) into a CLI run by the hostile-file tests: at exit, writes the process's peak
// resident memory (KiB, getrusage's maxrss) and its heap statistics to the file KUSEI_PEAK_FILE names.
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const target = process.env.KUSEI_PEAK_FILE;
if (target) {
  process.on('exit', () => {
    const heap = v8.getHeapStatistics();
    fs.writeFileSync(
      target,
      JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, heapLimitBytes: heap.heap_size_limit }),
    );
  });
}
