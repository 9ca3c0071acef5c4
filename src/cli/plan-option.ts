import { basename } from 'node:path';
import { renderMessage, type Language } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
import type { Plan } from '../core/plan';
import { isFileReadError } from '../files/errors';
import { readPlanFile } from '../files/read-plan-file';
import type { Io } from './io';
import { terminalLine } from './terminal-text';

/**
 * `--plan FILE` of `kusei check` and `kusei summary` (issue 16): the plan a coordinator defined, read
 * like `kusei plan FILE` reads it. Its findings are reported like a file's; a plan that cannot be read
 * or has errors gives null (the caller exits 2 and consolidates nothing).
 */
export async function loadPlanOption(file: string, io: Io, lang: Language): Promise<Plan | null> {
  const reading = await readPlanFile(file);
  if (isFileReadError(reading)) {
    io.err(terminalLine(renderMessageOf(reading, lang)));
    return null;
  }
  for (const finding of reading.findings) {
    io.err(
      terminalLine(
        renderMessage(
          'planCli.finding',
          {
            severity: renderMessage(`planCli.severity.${finding.severity}`, {}, lang),
            cell: finding.cell ?? finding.sheet,
            message: renderMessageOf(finding, lang),
          },
          lang,
        ),
      ),
    );
  }
  if (reading.plan === null || reading.findings.some((f) => f.severity === 'error')) {
    io.err(terminalLine(renderMessage('planCli.planUnusable', { file: basename(file) }, lang)));
    return null;
  }
  return reading.plan;
}
