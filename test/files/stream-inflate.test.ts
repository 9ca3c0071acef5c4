import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { InflateError, RawInflateStream } from '../../src/files/xlsx/stream-inflate';

/**
 * The worksheet inflater (src/files/xlsx/stream-inflate.ts) against Node's zlib, which wrote the
 * data: every level and strategy (stored, fixed and dynamic blocks, long and overlapping matches),
 * any piece size. Damaged data ends in an InflateError or in bytes, never in a hang or another throw.
 */

function inflateAll(data: Uint8Array, piece?: number): Uint8Array {
  const stream = new RawInflateStream(data, piece);
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (let bytes = stream.next(); bytes !== null; bytes = stream.next()) {
    if (piece !== undefined) expect(bytes.byteLength).toBeLessThanOrEqual(piece);
    pieces.push(bytes.slice());
    total += bytes.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const bytes of pieces) {
    out.set(bytes, at);
    at += bytes.byteLength;
  }
  return out;
}

/** Text like a sheet's XML: repeated tags (long matches), runs of one byte (overlapping matches), noise. */
const sheetLike = fc
  .array(
    fc.oneof(
      fc.nat({ max: 99999 }).map((n) => `<c r="A${n}" t="s"><v>${n}</v></c>`),
      fc.nat({ max: 300 }).map((n) => 'x'.repeat(n)),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.constant('区政運営の進捗管理'),
    ),
    { maxLength: 400 },
  )
  .map((parts) => Buffer.from(parts.join(''), 'utf8'));

describe('the worksheet inflater', () => {
  it('gives what zlib deflated, at every level and strategy, in any piece size', () => {
    fc.assert(
      fc.property(
        sheetLike,
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(0, 1, 2, 3, 4),
        fc.integer({ min: 1, max: 70_000 }),
        (input, level, strategy, piece) => {
          const data = deflateRawSync(input, { level, strategy });
          expect(Buffer.from(inflateAll(data, piece)).equals(input)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a part longer than its window many times over (1 MiB of repeating rows)', () => {
    const rows = Array.from(
      { length: 12_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r % 7}</v></c></row>`,
    );
    const input = Buffer.from(rows.join(''), 'utf8');
    expect(input.byteLength).toBeGreaterThan(512 * 1024);
    expect(Buffer.from(inflateAll(deflateRawSync(input))).equals(input)).toBe(true);
  });

  it('an empty stream (one final fixed block with only its end) gives nothing', () => {
    expect(inflateAll(deflateRawSync(Buffer.alloc(0))).byteLength).toBe(0);
  });

  it('hand-made damage: block type 3, a stored block whose length check fails, data cut short', () => {
    // 0b111: final block of type 3, which deflate does not define.
    expect(() => inflateAll(new Uint8Array([0x07]))).toThrow(InflateError);
    // A stored block: LEN 5, NLEN not its complement.
    expect(() => inflateAll(new Uint8Array([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5]))).toThrow(InflateError);
    const whole = deflateRawSync(Buffer.from('成果指標 '.repeat(500), 'utf8'));
    expect(() => inflateAll(whole.subarray(0, whole.byteLength - 8))).toThrow(InflateError);
  });

  it('damaged data ends in an InflateError or some bytes: never another exception, never a hang', () => {
    fc.assert(
      fc.property(sheetLike, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 }), (input, at, noise) => {
        const data = new Uint8Array(deflateRawSync(input));
        const start = data.byteLength === 0 ? 0 : at % data.byteLength;
        data.set(noise.subarray(0, data.byteLength - start), start);
        try {
          // The caller caps the output at the part's declared size; here a generous cap stands in.
          const stream = new RawInflateStream(data, 4096);
          let total = 0;
          for (let bytes = stream.next(); bytes !== null && total < 64 * 1024 * 1024; bytes = stream.next()) {
            total += bytes.byteLength;
          }
        } catch (error) {
          expect(error).toBeInstanceOf(InflateError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
