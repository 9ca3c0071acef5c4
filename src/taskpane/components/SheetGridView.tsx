import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { isCellError, type CellValue } from '../../core/cell';
import type { Finding, Severity } from '../../core/finding';
import type { SheetSnapshot } from '../../core/snapshot';
import { cellAddress, columnLetters, localAddress, parseA1 } from '../../core/address';
import { STATUS_STYLES } from '../../workbook/status-styles';
import { useI18n } from './i18n-context';

/** Rows rendered at once: enough to read around a finding without building a 10,000-row DOM. */
const WINDOW = 200;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '60vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'end',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    // One line per cell, like a spreadsheet: long texts are cut at the cell's edge, not wrapped
    // into a column of single characters.
    minWidth: '3em',
    maxWidth: '14em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'top',
    color: tokens.colorNeutralForeground1,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  selected: {
    outline: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBerryForeground1}`,
    outlineOffset: '-2px',
  },
  corner: { left: 0, zIndex: 1 },
  caption: { textAlign: 'start', padding: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

function display(value: CellValue | undefined, format: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.cellError;
  if (typeof value === 'number' && format?.includes('%')) return `${(value * 100).toFixed(1)}%`;
  return String(value);
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The status colours Excel's conditional formats give a KUSEI.STATUS cell, shown here too. */
function statusStyle(
  formula: string | null | undefined,
  text: string,
): { backgroundColor: string; color: string } | undefined {
  if (!formula || !/KUSEI\.STATUS\(/i.test(formula)) return undefined;
  const style = STATUS_STYLES.find((candidate) => text.includes(candidate.text));
  return style ? { backgroundColor: style.fill, color: style.font } : undefined;
}

export interface SheetGridViewProps {
  readonly sheet: SheetSnapshot;
  readonly findings: readonly Finding[];
  /** Sheet-local address of the selected finding's cell. */
  readonly selectedCell: string | null;
}

/** The sheet's cells as text (never HTML), finding cells tinted by severity, the selected one outlined. */
export default function SheetGridView({ sheet, findings, selectedCell }: SheetGridViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const origin = parseA1(localAddress(sheet.origin)) ?? { row: 0, col: 0 };
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const selected = selectedCell ? parseA1(localAddress(selectedCell)) : null;

  const marked = useMemo(() => {
    const map = new Map<string, Severity>();
    for (const finding of findings) {
      if (finding.sheet !== sheet.name || !finding.cell) continue;
      const address = localAddress(finding.cell);
      const previous = map.get(address);
      if (!previous || RANK[finding.severity] > RANK[previous]) map.set(address, finding.severity);
    }
    return map;
  }, [findings, sheet.name]);

  const selectedOffset = selected ? selected.row - origin.row : 0;
  const first = Math.max(0, Math.min(selectedOffset - 20, sheet.values.length - WINDOW));
  const last = Math.min(sheet.values.length, first + WINDOW);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }, [selectedCell, sheet]);

  const columns = Array.from({ length: width }, (_, c) => columnLetters(origin.col + c));
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('gridTitle')}>
      <table className={styles.table} data-testid="sheet-grid">
        <caption className={styles.caption}>
          {t('gridRows', { first: origin.row + first + 1, last: origin.row + last, total: sheet.values.length })}
        </caption>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} scope="col" aria-label="#" />
            {columns.map((letters) => (
              <th key={letters} className={styles.head} scope="col">
                {letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.slice(first, last).map((row, index) => {
            const offset = first + index;
            const sheetRow = origin.row + offset;
            const rowNumber = sheetRow + 1;
            return (
              <tr key={rowNumber}>
                <th className={styles.rowHead} scope="row">
                  {rowNumber}
                </th>
                {columns.map((_, c) => {
                  const address = cellAddress(sheetRow, origin.col + c);
                  const severity = marked.get(address);
                  const isSelected = selected !== null && address === cellAddress(selected.row, selected.col);
                  const classes = [styles.cell, severity ? styles[severity] : '', isSelected ? styles.selected : '']
                    .filter(Boolean)
                    .join(' ');
                  const text = display(row[c], sheet.numberFormats?.[offset]?.[c]);
                  return (
                    <td
                      key={address}
                      style={severity ? undefined : statusStyle(sheet.formulas?.[offset]?.[c], text)}
                      ref={isSelected ? selectedRef : undefined}
                      className={classes}
                      data-address={address}
                      data-severity={severity}
                      data-selected={isSelected ? true : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
