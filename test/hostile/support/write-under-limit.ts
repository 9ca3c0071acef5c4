/**
 * Run by outputs.test.ts under `ulimit -f` (a file-size limit: writes past it fail with EFBIG, as on a
 * full disk): writes argv[3] bytes to argv[2] atomically and prints what happened as JSON.
 */
import { writeFileAtomic } from '../../../src/files/write-output-file';

const [path = '', size = '0', overwrite = 'no'] = process.argv.slice(2);
writeFileAtomic(path, new Uint8Array(Number(size)).fill(0x41), overwrite === 'yes').then(
  () => process.stdout.write(JSON.stringify({ ok: true })),
  (error: NodeJS.ErrnoException) => process.stdout.write(JSON.stringify({ ok: false, code: error.code ?? null })),
);
