/**
 * CSV records (RFC 4180) as Excel reads them, one record at a time, in time linear in the text and
 * memory bounded by what is kept. Browser-safe. A field that starts with a quote is quoted: it may
 * hold commas, line breaks and doubled quotes, and text after its closing quote joins it (Excel reads
 * `"a"b` as `ab`); a quote inside an unquoted field is kept as written. CRLF, LF and CR end a record;
 * a leading BOM is skipped. Fields past `maxFields` in a record are counted, never stored, so one line
 * of 50 million commas costs a count, not 50 million strings.
 *
 * Why not csv-parse (docs/dependencies.md): measured here, it spends 60–100 µs on every record whose
 * width differs from the first record's (it builds an Error for each), 19 s for the issue-13 file of one
 * wide line and 200,000 empty lines (this scanner: 0.1 s), and is about 10x slower on plain files.
 */

export interface CsvRecordSink {
  /**
   * One record: its first `maxFields` fields and the count of fields beyond them. Returns false to
   * stop reading.
   */
  readonly record: (fields: string[], fieldsBeyond: number) => boolean;
}

export type ScanEnd = 'end' | 'stopped' | 'unclosedQuote';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Index of the next comma or line break at or after `from` (text.length when none). */
function fieldEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
    i++;
  }
  return i;
}

export function scanCsvRecords(text: string, maxFields: number, sink: CsvRecordSink): ScanEnd {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return 'end';
  let fields: string[] = [];
  let beyond = 0;
  const keep = (value: string): void => {
    if (fields.length < maxFields) fields.push(value);
    else beyond++;
  };
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: up to the closing quote, doubled quotes being one quote.
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return 'unclosedQuote';
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        i = quote + 1;
        break;
      }
      const end = fieldEnd(text, i);
      keep(end > i ? value + text.slice(i, end) : value);
      i = end;
    } else {
      const end = fieldEnd(text, i);
      keep(text.slice(i, end));
      i = end;
    }
    if (i >= n) {
      sink.record(fields, beyond);
      return 'end';
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i >= n) {
        keep('');
        sink.record(fields, beyond);
        return 'end';
      }
      continue;
    }
    // A line break ends the record.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (!sink.record(fields, beyond)) return 'stopped';
    fields = [];
    beyond = 0;
    if (i >= n) return 'end';
  }
}
