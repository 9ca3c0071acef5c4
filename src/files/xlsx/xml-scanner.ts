/**
 * A pull scanner over the XML of an .xlsx part: start tags (with their attributes read on demand), end
 * tags and text. It exists because saxes builds an attribute object and a tag object for every element,
 * which is most of a reading's time on a 100,000-row sheet (measured in bench/cases/read-xlsx.ts); the
 * parts of a workbook use a small, regular subset of XML, and this reads exactly that subset:
 *
 * - names are compared by their local part ("x:c" is "c"), as the parts' namespaces are fixed;
 * - the five predefined entities and character references are decoded; any other entity is left as
 *   written (a DOCTYPE is skipped, never expanded, so "billion laughs" cost nothing);
 * - comments, processing instructions and DOCTYPE are skipped; CDATA is text;
 * - line ends in text are normalised to "\n", and tabs and line ends in attribute values to spaces, as
 *   XML requires;
 * - malformed input (a "<" whose tag never ends) ends the scan with `XmlToken.Error`; nothing throws
 *   and every step advances, so no input loops (fuzzed against saxes in test/files/xml-scanner.test.ts).
 *
 * It does not check that end tags match start tags: readers track the elements they care about.
 */

export const XmlToken = { End: 0, Open: 1, Close: 2, Text: 3, Error: 4 } as const;
export type XmlToken = (typeof XmlToken)[keyof typeof XmlToken];

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const AMP = 38;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
    const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

export class XmlScanner {
  private pos = 0;
  /** Local name of the last Open or Close tag. */
  name = '';
  /** The last Open tag ended with "/>" (no Close token follows for it). */
  selfClosing = false;
  private attrsFrom = 0;
  private attrsTo = 0;
  /** Raw range of the last Text token in the XML; decoded only when `text()` asks. */
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;
  private readonly attrRanges = new Int32Array(6);
  private xml: string;
  private length: number;
  /** Characters dropped from the front of the window by refills (for `offset`). */
  private consumed = 0;

  /**
   * `xml` is the whole text, or its first chunk when `more` gives the rest chunk by chunk (null at
   * the end): the scanner then holds only a window from the current token on, and a token that a
   * chunk boundary cuts is scanned again, whole, once the window has grown past it.
   */
  constructor(
    xml: string,
    private more: (() => string | null) | null = null,
  ) {
    this.xml = xml;
    this.length = xml.length;
  }

  /** Offset reached, for error details. */
  get offset(): number {
    return this.consumed + this.pos;
  }

  /**
   * Drops what was scanned and appends chunks until the unscanned rest has at least doubled (so a
   * token longer than many chunks costs linear time, not quadratic). False when the input has ended.
   */
  private refill(): boolean {
    if (this.more === null) return false;
    const rest = this.xml.slice(this.pos);
    const parts = [rest];
    let added = 0;
    const want = Math.max(rest.length, 64);
    while (added < want) {
      const chunk = this.more();
      if (chunk === null) {
        this.more = null;
        break;
      }
      parts.push(chunk);
      added += chunk.length;
    }
    this.consumed += this.pos;
    this.xml = parts.length === 1 ? rest : parts.join('');
    this.length = this.xml.length;
    this.pos = 0;
    return added > 0 || this.more !== null;
  }

  next(): XmlToken {
    for (;;) {
      // Room for the longest fixed opener ("<![CDATA[") before deciding what the next token is.
      if (this.more !== null && this.length - this.pos < 16) this.refill();
      const xml = this.xml;
      const start = this.pos;
      if (start >= this.length) return XmlToken.End;
      if (xml.charCodeAt(start) !== LT) {
        let end = xml.indexOf('<', start);
        if (end < 0 && this.refill()) continue;
        if (end < 0) end = this.length;
        this.pos = end;
        this.textStart = start;
        this.textEnd = end;
        this.textIsCdata = false;
        return XmlToken.Text;
      }
      const code = xml.charCodeAt(start + 1);
      if (code === BANG) {
        if (xml.startsWith('<!--', start)) {
          const end = xml.indexOf('-->', start + 4);
          if (end < 0) {
            if (this.refill()) continue;
            return this.fail();
          }
          this.pos = end + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', start)) {
          const end = xml.indexOf(']]>', start + 9);
          if (end < 0) {
            if (this.refill()) continue;
            return this.fail();
          }
          this.pos = end + 3;
          this.textStart = start + 9;
          this.textEnd = end;
          this.textIsCdata = true;
          return XmlToken.Text;
        }
        // <!DOCTYPE …> with an optional internal subset in brackets: skipped whole, never expanded.
        const end = this.skipDeclaration(start + 2);
        if (end < 0) {
          if (this.refill()) continue;
          return this.fail();
        }
        this.pos = end;
        continue;
      }
      if (code === QUESTION) {
        const end = xml.indexOf('?>', start + 2);
        if (end < 0) {
          if (this.refill()) continue;
          return this.fail();
        }
        this.pos = end + 2;
        continue;
      }
      if (code === SLASH) {
        const end = xml.indexOf('>', start + 2);
        if (end < 0) {
          if (this.refill()) continue;
          return this.fail();
        }
        let nameEnd = end;
        while (nameEnd > start + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
        this.name = localName(xml, start + 2, nameEnd);
        this.pos = end + 1;
        return XmlToken.Close;
      }
      // A start tag: the name, then attributes up to the first ">" outside quotes.
      let p = start + 1;
      while (p < this.length) {
        const c = xml.charCodeAt(p);
        if (isSpace(c) || c === GT || c === SLASH) break;
        p++;
      }
      if (p === start + 1) {
        if (this.refill()) continue;
        return this.fail();
      }
      this.name = localName(xml, start + 1, p);
      this.attrsFrom = p;
      let quote = 0;
      while (p < this.length) {
        const c = xml.charCodeAt(p);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOS) {
          quote = c;
        } else if (c === GT) {
          break;
        }
        p++;
      }
      if (p >= this.length) {
        if (this.refill()) continue;
        return this.fail();
      }
      this.selfClosing = xml.charCodeAt(p - 1) === SLASH;
      this.attrsTo = this.selfClosing ? p - 1 : p;
      this.pos = p + 1;
      return XmlToken.Open;
    }
  }

  /** Decoded text of the last Text token. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return normalizeLineEnds(this.textIsCdata ? raw : decodeEntities(raw));
  }

  /**
   * The last Text token as a non-negative integer when it is plain digits (a shared-string index, a
   * style, most numbers of a sheet), read in place without making a string; -1 otherwise.
   */
  textAsDigits(): number {
    return digitsAt(this.xml, this.textStart, this.textEnd);
  }

  /** Like `textAsDigits`, for the value of attribute slot 0–2 of the last `attrs` call (-1 when absent). */
  attrAsDigits(slot: number): number {
    if (!this.hasAttr(slot)) return -1;
    return digitsAt(this.xml, this.attrRanges[slot * 2] ?? 0, this.attrRanges[slot * 2 + 1] ?? 0);
  }

  /** The attribute of the last Open tag whose local name is `wanted` ("r:id" answers "id"), decoded. */
  attr(wanted: string): string | undefined {
    this.attrs(wanted, '', '');
    return this.attrValue(0);
  }

  /** Whether attribute slot 0–2 of the last `attrs` call was present. */
  hasAttr(slot: number): boolean {
    return (this.attrRanges[slot * 2] ?? -1) >= 0;
  }

  /** The decoded value of attribute slot 0–2 of the last `attrs` call, made only when asked. */
  attrValue(slot: number): string | undefined {
    if (!this.hasAttr(slot)) return undefined;
    return attributeValue(this.xml.slice(this.attrRanges[slot * 2] ?? 0, this.attrRanges[slot * 2 + 1] ?? 0));
  }

  /**
   * The raw text of the current window and the range of attribute slot 0–2 in it, for a reader that
   * decodes a value in place (a cell's address); valid until the next token. [-1, -1] when absent.
   */
  get window(): string {
    return this.xml;
  }

  attrStart(slot: number): number {
    return this.attrRanges[slot * 2] ?? -1;
  }

  attrEnd(slot: number): number {
    return this.attrRanges[slot * 2 + 1] ?? -1;
  }

  /**
   * Finds up to three attributes in one pass over the tag (a cell's r, t and s are read for every
   * cell): only their ranges are noted, by local name, in place; `attrValue`, `attrAsDigits` and
   * `attrStart`/`attrEnd` read them. No string is made for a value nobody asks for.
   */
  attrs(a: string, b: string, c: string): void {
    const ranges = this.attrRanges;
    ranges.fill(-1);
    const xml = this.xml;
    let p = this.attrsFrom;
    const end = this.attrsTo;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < end) {
        const code = xml.charCodeAt(p);
        if (code === EQUALS || isSpace(code)) break;
        p++;
      }
      const nameEnd = p;
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (p >= end || xml.charCodeAt(p) !== EQUALS) return;
      p++;
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const quote = xml.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOS) return;
      const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", p + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      const slot = isName(xml, nameStart, nameEnd, a)
        ? 0
        : isName(xml, nameStart, nameEnd, b)
          ? 1
          : isName(xml, nameStart, nameEnd, c)
            ? 2
            : -1;
      if (slot >= 0) {
        ranges[slot * 2] = p + 1;
        ranges[slot * 2 + 1] = valueEnd;
      }
      p = valueEnd + 1;
    }
  }

  /** Skips from the element's start tag to just after its end tag (or to the end for a self-closing tag). */
  skipElement(): XmlToken {
    if (this.selfClosing) return XmlToken.Close;
    let depth = 1;
    for (;;) {
      const token = this.next();
      if (token === XmlToken.End || token === XmlToken.Error) return token;
      if (token === XmlToken.Open && !this.selfClosing) depth++;
      else if (token === XmlToken.Close && --depth === 0) return XmlToken.Close;
    }
  }

  private skipDeclaration(from: number): number {
    const xml = this.xml;
    let p = from;
    let brackets = 0;
    let quote = 0;
    while (p < this.length) {
      const c = xml.charCodeAt(p);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === 91) brackets++;
      else if (c === 93) brackets--;
      else if (c === GT && brackets <= 0) return p + 1;
      p++;
    }
    return -1;
  }

  private fail(): XmlToken {
    this.pos = this.length;
    return XmlToken.Error;
  }
}

/** xml[start, end) as an integer when it is 1–15 plain digits (exact in a double), else -1. */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    n = n * 10 + (code - 48);
  }
  return n;
}

/** Whether xml[start, end) is `name` or "prefix:name", compared in place (no string is made). */
function isName(xml: string, start: number, end: number, name: string): boolean {
  const length = name.length;
  if (length === 0 || end - start < length) return false;
  if (end - start > length && xml.charCodeAt(end - length - 1) !== COLON) return false;
  return xml.startsWith(name, end - length);
}

/**
 * Attribute-value normalisation (XML 1.0 §3.3.3): a literal tab or line end is a space; one written as
 * a character reference (&#9;) stays what it names.
 */
function attributeValue(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === AMP || code === 9 || code === 10 || code === 13) {
      plain = false;
      break;
    }
  }
  return plain ? raw : decodeEntities(raw.replace(/\r\n?|[\t\n]/g, ' '));
}

function localName(xml: string, start: number, end: number): string {
  for (let p = end - 1; p >= start; p--) {
    if (xml.charCodeAt(p) === COLON) return xml.slice(p + 1, end);
  }
  return xml.slice(start, end);
}
