/**
 * Raw deflate (RFC 1951) inflated piece by piece into one buffer that is reused: the part's
 * compressed bytes are all in memory already (they are a slice of the file), so the inflater pulls
 * input freely and only its output is streamed. It exists because fflate's streaming `Inflate`
 * allocates a new output buffer and copies its 32 KiB window on every push: on the 100,000-row read
 * that churn was tens of MiB of garbage typed arrays (peak RSS) and a fifth of the time
 * (bench/cases/read-xlsx.ts). Here the only allocations are made once per stream: the output
 * buffer (window + two pieces) and the two decoding tables.
 *
 * Damaged data ends the stream with an `InflateError`; nothing loops: every symbol consumes bits,
 * reading past the input's end is an error, and the caller caps the output at the declared size.
 */

/** A problem in the compressed data (what the caller turns into a refusal of the part). */
export class InflateError extends Error {}

const WINDOW = 32_768;
/** Longest match deflate can write in one symbol. */
const MAX_MATCH = 258;
const MAX_PIECE = 64 * 1024;

/** Base lengths and extra bits of length symbols 257–285. */
const LENGTH_BASE = new Uint16Array([
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
]);
const LENGTH_EXTRA = new Uint8Array([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]);
/** Base distances and extra bits of distance symbols 0–29. */
const DIST_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
]);
const DIST_EXTRA = new Uint8Array([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]);
/** The order the code-length code's lengths are written in (RFC 1951 §3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** 15-bit bit reversals (deflate writes Huffman codes most significant bit first into a little-endian stream). */
let reversed: Uint16Array | null = null;
function reversal(): Uint16Array {
  if (reversed !== null) return reversed;
  reversed = new Uint16Array(1 << 15);
  for (let i = 0; i < reversed.length; i++) {
    let r = 0;
    for (let b = 0; b < 15; b++) r |= ((i >> b) & 1) << (14 - b);
    reversed[i] = r;
  }
  return reversed;
}

/**
 * A decoding table: indexed by the next `bits` input bits, each entry is `symbol << 4 | code length`;
 * 0 marks a bit pattern no code starts with (an incomplete code), which is damage when met.
 */
interface Table {
  readonly entries: Uint16Array;
  bits: number;
}

function newTable(maxBits: number): Table {
  return { entries: new Uint16Array(1 << maxBits), bits: 0 };
}

/** Canonical Huffman code of `lengths[from, from + count)` into `table`; false when over-subscribed. */
function buildTable(lengths: Uint8Array, from: number, count: number, table: Table): boolean {
  const counts = new Uint16Array(16);
  let maxBits = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[from + i] ?? 0;
    counts[length] = (counts[length] ?? 0) + 1;
    if (length > maxBits) maxBits = length;
  }
  counts[0] = 0;
  const next = new Uint16Array(16);
  let code = 0;
  for (let bits = 1; bits <= 15; bits++) {
    code = (code + (counts[bits - 1] ?? 0)) << 1;
    next[bits] = code;
    if (code + (counts[bits] ?? 0) > 1 << bits) return false;
  }
  const size = 1 << Math.max(1, maxBits);
  const entries = table.entries;
  entries.fill(0, 0, size);
  table.bits = Math.max(1, maxBits);
  const rev = reversal();
  for (let symbol = 0; symbol < count; symbol++) {
    const length = lengths[from + symbol] ?? 0;
    if (length === 0) continue;
    const assigned = next[length] ?? 0;
    next[length] = assigned + 1;
    const entry = (symbol << 4) | length;
    for (let k = (rev[assigned] ?? 0) >>> (15 - length); k < size; k += 1 << length) entries[k] = entry;
  }
  return true;
}

let fixed: { literals: Table; distances: Table } | null = null;
function fixedTables(): { literals: Table; distances: Table } {
  if (fixed !== null) return fixed;
  const lengths = new Uint8Array(320);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  lengths.fill(5, 288, 320);
  const literals = newTable(9);
  const distances = newTable(5);
  buildTable(lengths, 0, 288, literals);
  buildTable(lengths, 288, 32, distances);
  fixed = { literals, distances };
  return fixed;
}

/** 25 or more input bits from bit `bit` on, least significant first (zeros past the end). */
function peekBits(data: Uint8Array, bit: number): number {
  const at = bit >>> 3;
  let word: number;
  if (at + 3 < data.length) {
    word = (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8) | ((data[at + 2] ?? 0) << 16) | ((data[at + 3] ?? 0) << 24);
  } else {
    word = 0;
    for (let i = 0; i < 4; i++) word |= (data[at + i] ?? 0) << (8 * i);
  }
  return word >>> (bit & 7);
}

const BLOCK_HEADER = -1;
const STORED = 0;
const HUFFMAN = 1;

export class RawInflateStream {
  private readonly out: Uint8Array;
  /** Where decoded bytes end in `out`, and where the bytes not yet handed out start. */
  private end = 0;
  private emitted = 0;
  /** Position in the input, in bits. */
  private bit = 0;
  private readonly totalBits: number;
  private state = BLOCK_HEADER;
  private lastBlock = false;
  private finished = false;
  private storedLeft = 0;
  private literals: Table;
  private distances: Table;
  private readonly dynamicLiterals = newTable(15);
  private readonly dynamicDistances = newTable(15);
  private readonly lengths = new Uint8Array(320);

  /** `piece`: most bytes one `next` gives (a test cuts the output into 1-byte pieces). */
  constructor(
    private readonly data: Uint8Array,
    private readonly piece = 16 * 1024,
  ) {
    this.piece = Math.max(1, Math.min(MAX_PIECE, Math.floor(piece)));
    this.out = new Uint8Array(WINDOW + 2 * this.piece + 2 * MAX_MATCH);
    this.totalBits = data.byteLength * 8;
    const tables = fixedTables();
    this.literals = tables.literals;
    this.distances = tables.distances;
  }

  /**
   * The next bytes of the output (a view into the reused buffer, valid until the next call), or null
   * at the end of the data. Throws `InflateError` for damaged data.
   */
  next(): Uint8Array | null {
    for (;;) {
      const pending = this.end - this.emitted;
      if (pending >= this.piece || (this.finished && pending > 0)) {
        const start = this.emitted;
        const length = Math.min(pending, this.piece);
        this.emitted += length;
        return this.out.subarray(start, start + length);
      }
      if (this.finished) return null;
      if (this.end + this.piece + MAX_MATCH > this.out.length) {
        // Keep the window matches may refer back into (and the bytes not handed out, fewer than a piece).
        const keep = Math.min(this.emitted, this.end - WINDOW);
        this.out.copyWithin(0, keep, this.end);
        this.end -= keep;
        this.emitted -= keep;
      }
      this.decode(this.emitted + this.piece);
    }
  }

  /** Reads `count` (≤ 16) bits. */
  private bits(count: number): number {
    const value = this.peek() & ((1 << count) - 1);
    this.bit += count;
    if (this.bit > this.totalBits) throw new InflateError('deflate data ends early');
    return value;
  }

  /** The next 25 or more input bits, least significant first (zeros past the end). */
  private peek(): number {
    return peekBits(this.data, this.bit);
  }

  /** Decodes until `end` reaches `limit` (or a little past it: one match), or the data ends. */
  private decode(limit: number): void {
    while (this.end < limit && !this.finished) {
      if (this.state === BLOCK_HEADER) {
        if (this.lastBlock) {
          this.finished = true;
          return;
        }
        this.blockHeader();
      } else if (this.state === STORED) {
        this.copyStored(limit);
      } else {
        this.inflateBlock(limit);
      }
    }
  }

  private blockHeader(): void {
    this.lastBlock = this.bits(1) === 1;
    const type = this.bits(2);
    if (type === 0) {
      this.bit = (this.bit + 7) & ~7;
      const length = this.bits(16);
      const inverse = this.bits(16);
      if ((length ^ 0xffff) !== inverse) throw new InflateError('stored block length check fails');
      this.storedLeft = length;
      this.state = STORED;
    } else if (type === 1) {
      const tables = fixedTables();
      this.literals = tables.literals;
      this.distances = tables.distances;
      this.state = HUFFMAN;
    } else if (type === 2) {
      this.dynamicHeader();
      this.literals = this.dynamicLiterals;
      this.distances = this.dynamicDistances;
      this.state = HUFFMAN;
    } else {
      throw new InflateError('block type 3');
    }
  }

  private copyStored(limit: number): void {
    const length = Math.min(this.storedLeft, limit - this.end);
    const from = this.bit >>> 3;
    if (from + length > this.data.length) throw new InflateError('stored block runs past the data');
    this.out.set(this.data.subarray(from, from + length), this.end);
    this.end += length;
    this.bit += length * 8;
    this.storedLeft -= length;
    if (this.storedLeft === 0) this.state = BLOCK_HEADER;
  }

  private dynamicHeader(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new InflateError('too many codes');
    const lengths = this.lengths;
    lengths.fill(0, 0, 19);
    for (let i = 0; i < codeLengthCount; i++) lengths[CODE_LENGTH_ORDER[i] ?? 0] = this.bits(3);
    const codeLengths = newTable(7);
    if (!buildTable(lengths, 0, 19, codeLengths)) throw new InflateError('bad code-length code');
    const total = literalCount + distanceCount;
    const read = new Uint8Array(total);
    let n = 0;
    while (n < total) {
      const entry = codeLengths.entries[this.peek() & ((1 << codeLengths.bits) - 1)] ?? 0;
      if (entry === 0) throw new InflateError('bad code length');
      this.bits(entry & 15);
      const symbol = entry >> 4;
      if (symbol < 16) {
        read[n++] = symbol;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (n === 0) throw new InflateError('repeat with no previous length');
        value = read[n - 1] ?? 0;
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (n + repeat > total) throw new InflateError('code lengths run past their count');
      read.fill(value, n, n + repeat);
      n += repeat;
    }
    if ((read[256] ?? 0) === 0) throw new InflateError('no end-of-block code');
    if (!buildTable(read, 0, literalCount, this.dynamicLiterals)) throw new InflateError('bad literal code');
    if (!buildTable(read, literalCount, distanceCount, this.dynamicDistances)) {
      throw new InflateError('bad distance code');
    }
  }

  /** The hot loop: symbols of a Huffman block until `limit` or the block's end. */
  private inflateBlock(limit: number): void {
    const out = this.out;
    const data = this.data;
    const literalEntries = this.literals.entries;
    const literalMask = (1 << this.literals.bits) - 1;
    const distanceEntries = this.distances.entries;
    const distanceMask = (1 << this.distances.bits) - 1;
    const totalBits = this.totalBits;
    let end = this.end;
    let bit = this.bit;
    try {
      while (end < limit) {
        if (bit > totalBits) throw new InflateError('deflate data ends early');
        let word = peekBits(data, bit);
        const entry = literalEntries[word & literalMask] ?? 0;
        const codeBits = entry & 15;
        if (codeBits === 0) throw new InflateError('bad literal/length symbol');
        bit += codeBits;
        const symbol = entry >> 4;
        if (symbol < 256) {
          out[end++] = symbol;
          continue;
        }
        if (symbol === 256) {
          this.state = BLOCK_HEADER;
          break;
        }
        const index = symbol - 257;
        if (index >= 29) throw new InflateError('bad length symbol');
        const extra = LENGTH_EXTRA[index] ?? 0;
        // The literal/length code and its extra bits are at most 20 of the 25 bits peeked.
        const length = (LENGTH_BASE[index] ?? 0) + ((word >>> codeBits) & ((1 << extra) - 1));
        bit += extra;
        word = peekBits(data, bit);
        const distanceEntry = distanceEntries[word & distanceMask] ?? 0;
        const distanceBits = distanceEntry & 15;
        const distanceSymbol = distanceEntry >> 4;
        if (distanceBits === 0 || distanceSymbol >= 30) throw new InflateError('bad distance symbol');
        const distanceExtra = DIST_EXTRA[distanceSymbol] ?? 0;
        // A distance code and its extra bits can take 28 bits: the extra bits are peeked again.
        bit += distanceBits;
        const distance = (DIST_BASE[distanceSymbol] ?? 0) + (peekBits(data, bit) & ((1 << distanceExtra) - 1));
        bit += distanceExtra;
        if (distance > end) throw new InflateError('distance before the start of the data');
        const stop = end + length;
        if (distance >= length && length > 32) {
          out.copyWithin(end, end - distance, end - distance + length);
          end = stop;
        } else {
          // Byte by byte, forwards: a match may overlap what it writes (a run of one repeated byte).
          for (let from = end - distance; end < stop;) out[end++] = out[from++] ?? 0;
        }
      }
      if (bit > totalBits) throw new InflateError('deflate data ends early');
    } finally {
      this.end = end;
      this.bit = bit;
    }
  }
}
