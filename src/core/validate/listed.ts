import { trimText } from '../layouts/normalize';
import { cellText } from '../text';
import type { CellValue } from '../cell';
import type { RowPart, RowJudgement } from './judge';
import { judgedTarget } from './judge';
import type { ListedRecord } from './types';

function joined(values: readonly CellValue[]): string | null {
  const texts = values.map((value) => trimText(cellText(value))).filter((text) => text !== '');
  return texts.length === 0 ? null : [...new Set(texts)].join('; ');
}

/** One judged row as `kusei check --json` lists it: its parts' values joined in order. */
export function listRecord(parts: readonly RowPart[], judgement: RowJudgement): ListedRecord {
  const head = parts[0]?.record;
  const cells = head?.source.cells ?? {};
  return {
    sheet: head?.source.sheet ?? '',
    row: head?.source.row ?? 0,
    indicator: head?.indicatorId ?? null,
    cells: {
      actual: cells.actual ?? null,
      target:
        cells.activityTarget && head?.kind === 'initiative'
          ? cells.activityTarget
          : (cells.outcome ?? cells.target ?? null),
      mark: cells.mark ?? null,
      explanation: cells.explanation ?? cells.improvement ?? null,
    },
    actual: joined(parts.map((part) => part.record.actual)),
    target: joined(parts.map((part) => judgedTarget(part.record))),
    declaredMark: judgement.declared,
    computedMark: judgement.computed,
    progress: judgement.progress,
  };
}
