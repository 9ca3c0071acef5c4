import { commandArgs } from '../../src/cli/args';

function bufferIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

const SPEC = { flags: ['json'], options: ['out'] } as const;

describe('commandArgs: the opening every subcommand shares', () => {
  it('an argument error ends the run with 2: the error in the run language, then the usage, on stderr', () => {
    const { io, out, err } = bufferIo();
    expect(commandArgs(['--colour'], SPEC, 'USAGE TEXT', io)).toBe(2);
    expect(err).toEqual(['不明なオプション --colour です。\nUSAGE TEXT']);
    expect(out).toEqual([]);
  });

  it('the error follows --lang en', () => {
    const { io, err } = bufferIo();
    expect(commandArgs(['--colour', '--lang', 'en'], { flags: [], options: ['lang'] }, 'USAGE', io)).toBe(2);
    expect(err).toEqual(['Unknown option --colour.\nUSAGE']);
  });

  it('--help ends the run with 0 and the usage on stdout, though the spec does not list it', () => {
    const { io, out, err } = bufferIo();
    expect(commandArgs(['a.xlsx', '--help'], SPEC, 'USAGE TEXT', io)).toBe(0);
    expect(out).toEqual(['USAGE TEXT']);
    expect(err).toEqual([]);
  });

  it('otherwise gives the parsed arguments and writes nothing', () => {
    const { io, out, err } = bufferIo();
    const parsed = commandArgs(['a.xlsx', '--json', '--out', 'b.xlsx'], SPEC, 'USAGE TEXT', io);
    expect(parsed).toEqual({ positional: ['a.xlsx'], flags: new Set(['json']), options: new Map([['out', 'b.xlsx']]) });
    expect(out).toEqual([]);
    expect(err).toEqual([]);
  });
});
