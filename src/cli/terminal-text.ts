/**
 * Text that reaches a terminal. Cells and file names come from ward offices: an ANSI escape in one
 * (`\x1b[2K\x1b[1A` erases the line above) could hide or fake finding lines, a line break in a cell
 * could forge one, a bidi override could reverse what is shown. So every control character of the
 * data is shown as a visible escape (`\x1B`, `\u202E`) on its line, never sent as is; `--json` keeps
 * the text exactly, escaped in JSON's own way.
 */

/**
 * C0 controls (line breaks and tabs too: a line shows one thing), DEL, C1 controls (U+009B is a CSI by
 * itself on some terminals), bidi embeddings, overrides, isolates and marks, line and paragraph
 * separators.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves unescaped of CONTROL (its own line breaks are structure, not data). */
const LEFT_RAW_BY_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line for a terminal: every control character of the text shown as an escape. */
export function terminalLine(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** Lines for a terminal, each made safe on its own, joined by line breaks. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalLine).join('\n');
}

/**
 * A JSON document for a terminal: JSON.stringify escapes C0 controls but not DEL, C1, bidi controls
 * or U+2028/2029; those are written as \uXXXX too, which JSON readers turn back into the same text.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    LEFT_RAW_BY_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toLowerCase().padStart(4, '0')}`,
  );
}
