import { foldWidth } from '../text';
import type { SheetFacts, WrittenFact } from '../validate/form-reader';
import { wardMentionedIn } from '../layouts/wards';
import type { FactsDescription } from './description';
import { pattern, type WrittenCell, type WrittenCells } from './written-cells';

/**
 * Where a form names its ward and its report year. A 区名 label's neighbour is the ward as written,
 * even when it is no ward (太正区: the checks report it at that cell); otherwise the first cell that
 * mentions one of the 24 wards (the title, 大正区役所, 此花区 実績・評価). The year is the first cell
 * writing an era year (平成29年度…); a bare 29年度 in a 業績目標 is a target year, not the report's.
 */
export function readFacts(cells: WrittenCells, description: FactsDescription): SheetFacts {
  return { ward: wardFact(cells, description), reportYear: yearFact(cells.cells, description) };
}

function fact(cell: WrittenCell): WrittenFact {
  return { text: cell.text, row: cell.row, col: cell.col };
}

function wardFact(cells: WrittenCells, description: FactsDescription): WrittenFact | null {
  if (description.wardLabel !== undefined) {
    const label = pattern(description.wardLabel);
    for (const cell of cells.cells) {
      if (!label.test(cell.key)) continue;
      const value = cells.at(cell.row, cell.right + 1);
      if (value && value.row === cell.row) return fact(value);
    }
  }
  if (!description.wardInText) return null;
  const named = cells.cells.find((cell) => typeof cell.value === 'string' && wardMentionedIn(cell.text) !== null);
  return named ? fact(named) : null;
}

function yearFact(cells: readonly WrittenCell[], description: FactsDescription): WrittenFact | null {
  const year = pattern(description.yearText);
  const found = cells.find((cell) => typeof cell.value === 'string' && year.test(foldWidth(cell.text)));
  return found ? fact(found) : null;
}

/** The sheet's own facts, each completed from the workbook's (a 此花区 theme sheet names neither). */
export function withWorkbookFacts(own: SheetFacts, workbook: SheetFacts): SheetFacts {
  return { ward: own.ward ?? workbook.ward, reportYear: own.reportYear ?? workbook.reportYear };
}
