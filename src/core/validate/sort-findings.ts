import type { Finding } from '../finding';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings by row, errors first within a row, otherwise in the order they were found. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (a.finding.row ?? 0) - (b.finding.row ?? 0) ||
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}
