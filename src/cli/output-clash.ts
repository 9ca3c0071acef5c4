import { renderMessage, type Language } from '../core/messages';
import { sameFile } from '../files/same-file';

/** An output option and the path given to it (undefined when not given). */
export type OutputOption = readonly [option: string, path: string | undefined];

/**
 * Whether an output of `kusei summary` would replace one of its inputs or another output — compared
 * as real files (links, `..`, letter case on Windows and macOS, hard links), not as path strings.
 * Returns the message to show, or null when the outputs are free.
 */
export async function outputClash(
  inputs: readonly string[],
  outputs: readonly OutputOption[],
  lang: Language = 'ja',
): Promise<string | null> {
  const given = outputs.filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  for (const [option, output] of given) {
    for (const input of inputs) {
      if (await sameFile(output, input)) return renderMessage('OUTPUT_IS_INPUT', { option, output, input }, lang);
    }
  }
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const [first, second] = [given[i], given[j]];
      if (first && second && (await sameFile(first[1], second[1]))) {
        return renderMessage(
          'OUTPUTS_ARE_ONE_FILE',
          { option: first[0], output: first[1], other: second[0], otherOutput: second[1] },
          lang,
        );
      }
    }
  }
  return null;
}
