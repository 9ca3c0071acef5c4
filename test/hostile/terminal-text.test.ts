import { readableReport, type CheckResult } from '../../src/cli/check';
import { terminalJson, terminalLine } from '../../src/cli/terminal-text';

/** Issue 13: no control character of a cell or a file name reaches the terminal as is. */
const ESC = '\u001b';

describe('text for a terminal', () => {
  it('shows ANSI escapes, line breaks, C1 controls and bidi overrides as visible escapes', () => {
    expect(terminalLine(`a${ESC}[2K${ESC}[1Ab`)).toBe('a\\x1B[2K\\x1B[1Ab');
    expect(terminalLine('row1\nfake ✗ line\r')).toBe('row1\\x0Afake ✗ line\\x0D');
    expect(terminalLine('x\u009b31my')).toBe('x\\x9B31my');
    expect(terminalLine('abc\u202Eevil.xlsx')).toBe('abc\\u202Eevil.xlsx');
    expect(terminalLine('北区 51.3%\t')).toBe('北区 51.3%\\x09');
  });

  it('check: a file name and a cell with escapes print no control character', () => {
    const result: CheckResult = {
      files: [
        {
          file: `${ESC}[31m北区.xlsx`,
          layout: null,
          records: 0,
          valid: false,
          recordList: [],
          findings: [
            {
              code: 'value.notNumber',
              severity: 'error',
              sheet: 'S',
              cell: 'S!F2',
              row: 2,
              field: 'actual',
              text: `5${ESC}[2K`,
              message: `実績「5${ESC}[2K\n  ✗ S!F3 偽の行」を数値として読めません。`,
            },
          ],
        },
      ],
      unreadable: 0,
      exitCode: 1,
    };
    const text = readableReport(result, 'ja');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('\\x1B[31m北区.xlsx');
    expect(text).toContain('実績「5\\x1B[2K\\x0A  ✗ S!F3 偽の行」');
  });

  it('--json keeps the text exactly: escaped in JSON, the same after parsing', () => {
    const value = { text: `${ESC}[31m\u009b\u202E北区\n` };
    const json = terminalJson(value);
    // eslint-disable-next-line no-control-regex
    expect(json.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
