import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlScanner, XmlToken } from '../../src/files/xlsx/xml-scanner';

/**
 * The reader's XML scanner against saxes (a conforming parser) on random well-formed XML in the
 * subset .xlsx parts use: the same elements, attributes (by local name) and text, in the same order.
 * And on random damage, it ends (Error or End) without throwing.
 */
type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function local(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

/** Adjacent text events joined: parsers may split text at entities or CDATA. */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
    else if (event[0] !== 'text' || event[1] !== '') out.push(event);
  }
  return out;
}

function withSaxes(xml: string, attributeNames: readonly string[]): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const name of attributeNames) {
      const found = Object.entries(tag.attributes).find(([key]) => local(key) === name);
      if (found) attributes[name] = String(found[1]);
    }
    events.push(['open', local(tag.name), attributes]);
  });
  parser.on('closetag', (tag) => events.push(['close', local(tag.name)]));
  parser.on('text', (text) => events.push(['text', text]));
  parser.on('cdata', (text) => events.push(['text', text]));
  parser.write(xml).close();
  return merged(events);
}

function withScanner(xml: string, attributeNames: readonly string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner(xml);
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End) break;
    if (token === XmlToken.Error) throw new Error('scanner error on well-formed XML');
    if (token === XmlToken.Open) {
      const attributes: Record<string, string> = {};
      for (const name of attributeNames) {
        const value = scanner.attr(name);
        if (value !== undefined) attributes[name] = value;
      }
      events.push(['open', scanner.name, attributes]);
      if (scanner.selfClosing) events.push(['close', scanner.name]);
    } else if (token === XmlToken.Close) events.push(['close', scanner.name]);
    else events.push(['text', scanner.text()]);
  }
  return merged(events);
}

const NAMES = ['c', 'v', 'f', 'x:row', 'is', 't', 'r', 'rPh', 'si', 'a:b'];
const ATTRIBUTES = ['r', 's', 't', 'ref', 'id'];
const CHARS = [
  'a',
  '1',
  ' ',
  '区',
  'ア',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#x41;',
  '&#12354;',
  '\n',
  '\r\n',
  '\t',
  '>',
  "'",
  '"',
];

function textArb(quote: string | null): fc.Arbitrary<string> {
  const units = CHARS.filter(
    (ch) => ch !== quote && !(quote === null && ch === '"') && !(quote === null && ch === "'"),
  );
  return fc.array(fc.constantFrom(...units), { maxLength: 6 }).map((parts) => parts.join(''));
}

const leafArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: textArb(null).map((t) => t.replace(/>/g, '&gt;')) },
  { weight: 1, arbitrary: textArb(null).map((t) => `<![CDATA[${t.replace(/&[a-z#0-9]+;/gi, '')}]]>`) },
  { weight: 1, arbitrary: fc.constant('<!-- a comment -->') },
);

/** Elements nested at most `depth` deep (an explicit bound: generation never recurses without end). */
function elementAt(depth: number): fc.Arbitrary<string> {
  const child =
    depth <= 0 ? leafArb : fc.oneof({ weight: 2, arbitrary: elementAt(depth - 1) }, { weight: 3, arbitrary: leafArb });
  return fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom('"', "'"), fc.boolean()), {
        selector: ([name]) => name,
        maxLength: 3,
      }),
      fc.array(child, { maxLength: 4 }),
      fc.boolean(),
    )
    .chain(([name, attributes, children, selfClose]) =>
      fc.tuple(...attributes.map(([, quote]) => textArb(quote))).map((values) => {
        const attrText = attributes
          .map(
            ([attr, quote, prefixed], i) =>
              ` ${prefixed && attr === 'id' ? 'r:' : ''}${attr}=${quote}${values[i] ?? ''}${quote}`,
          )
          .join('');
        return selfClose && children.length === 0
          ? `<${name}${attrText}/>`
          : `<${name}${attrText}>${children.join('')}</${name}>`;
      }),
    );
}

const elementArb = elementAt(3);

describe('XmlScanner', () => {
  it('reads what saxes reads: elements, attributes by local name, text (5,000 documents)', () => {
    fc.assert(
      fc.property(elementArb, (body) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<root>${body}</root>`;
        expect(withScanner(xml, ATTRIBUTES)).toEqual(withSaxes(xml, ATTRIBUTES));
      }),
      { numRuns: 5_000 },
    );
  });

  it('ends without throwing on any damage, and every step advances (5,000 documents)', () => {
    fc.assert(
      fc.property(
        elementArb,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', "'", '&', '/', '!', '?', '[', ']', '')), {
          maxLength: 5,
        }),
        (body, edits) => {
          let xml = `<root>${body}</root>`;
          for (const [at, ch] of edits) {
            const p = at % (xml.length + 1);
            xml = xml.slice(0, p) + ch + xml.slice(p + 1);
          }
          const scanner = new XmlScanner(xml);
          let steps = 0;
          for (;;) {
            const before = scanner.offset;
            const token = scanner.next();
            if (token === XmlToken.End || token === XmlToken.Error) break;
            expect(scanner.offset).toBeGreaterThan(before);
            scanner.attr('r');
            if (++steps > xml.length + 1) throw new Error('no progress');
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
