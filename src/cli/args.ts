/**
 * A small argument parser for the subcommands: flags (`--json`), options with a value (`--lang en`
 * or `--lang=en`) and positional arguments. Unknown flags are an error message, not a guess.
 */
export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly options: Map<string, string>;
}

export interface ArgSpec {
  readonly flags: readonly string[];
  readonly options: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs | { readonly error: string } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) positional.push(rest);
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name) && inline === undefined) flags.add(name);
    else if (spec.options.includes(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return { error: `--${name} needs a value` };
      }
      options.set(name, value);
      if (inline === undefined) i++;
    } else return { error: `unknown option --${name}` };
  }
  return { positional, flags, options };
}
