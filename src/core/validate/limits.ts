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

/**
 * The first MAX_FINDINGS_PER_FILE findings, then one `file.tooManyFindings` counting the rest by
 * severity; the list is returned as it is when it is short enough.
 */
export function capFindings(findings: readonly Finding[], sheet: string): readonly Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const rest = { errors: 0, warnings: 0, infos: 0 };
  for (let i = MAX_FINDINGS_PER_FILE; i < findings.length; i++) {
    const severity = findings[i]?.severity;
    if (severity === 'error') rest.errors++;
    else if (severity === 'warning') rest.warnings++;
    else rest.infos++;
  }
  kept.push(makeFinding('file.tooManyFindings', { sheet }, '', { limit: MAX_FINDINGS_PER_FILE, ...rest }));
  return kept;
}
