import type { Finding } from '../finding';
import { cellAddress } from '../address';
import { MAX_FINDINGS_PER_FILE, type ReadLimit } from '../read-limits';
import { makeFinding } from './finding-builder';

/** The limits a reader reached (WorkbookSnapshot.limits) as findings of the file, one per limit. */
export function limitFindings(limits: readonly ReadLimit[]): Finding[] {
  const findings: Finding[] = [];
  for (const limit of limits) {
    const place = { sheet: limit.sheet, row: limit.row, col: limit.col };
    // Without a row (rows past Excel's last one): the first row not read, A1048577.
    const cell = cellAddress(limit.row ?? limit.limit, limit.col ?? 0);
    findings.push(
      makeFinding(limit.code, place, '', {
        cell,
        row: limit.row === null ? '' : limit.row + 1,
        limit: limit.limit,
        count: limit.count ?? '',
      }),
    );
  }
  return findings;
}

/** Findings counted but not listed, by severity. */
export interface UnlistedFindings {
  errors: number;
  warnings: number;
  infos: number;
}

export function noUnlistedFindings(): UnlistedFindings {
  return { errors: 0, warnings: 0, infos: 0 };
}

/**
 * Findings about a sheet or a file as a whole (where reading stopped, a table without rows, a hidden
 * sheet): few, and what a user must see first, so never dropped.
 */
const WHOLE = /^(sheet|table|column|mapping|layout|file|csv)\.|^ward\.notFound$/;

/** Keeps the first `keep` findings of cells and every whole-sheet one; counts the dropped by severity. */
export function dropFindingsPast(findings: Finding[], keep: number, unlisted: UnlistedFindings): void {
  if (findings.length <= keep) return;
  let kept = 0;
  let cellFindings = 0;
  for (const finding of findings) {
    if (WHOLE.test(finding.code) || cellFindings++ < keep) findings[kept++] = finding;
    else if (finding.severity === 'error') unlisted.errors++;
    else if (finding.severity === 'warning') unlisted.warnings++;
    else unlisted.infos++;
  }
  findings.length = kept;
}

/**
 * While a sheet is read: past twice the listed number, findings are dropped down to it (and counted),
 * so 500,000 findings of one sheet never sit in memory at once (they took 400 MB and most of the time).
 */
export function boundFindings(findings: Finding[], unlisted: UnlistedFindings): void {
  if (findings.length > 2 * MAX_FINDINGS_PER_FILE) dropFindingsPast(findings, MAX_FINDINGS_PER_FILE, unlisted);
}

/**
 * The first MAX_FINDINGS_PER_FILE findings, then one `file.tooManyFindings` counting the rest by
 * severity (with those already dropped while reading); the list as it is when nothing was left out.
 */
export function capFindings(
  findings: readonly Finding[],
  sheet: string,
  dropped: UnlistedFindings = noUnlistedFindings(),
): readonly Finding[] {
  const rest = { ...dropped };
  const kept = [...findings];
  dropFindingsPast(kept, MAX_FINDINGS_PER_FILE, rest);
  if (rest.errors + rest.warnings + rest.infos === 0) return findings;
  kept.push(makeFinding('file.tooManyFindings', { sheet }, '', { limit: MAX_FINDINGS_PER_FILE, ...rest }));
  return kept;
}
