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

/**
 * One finding per code, cell and message parameters: the parts of one cell (two measures sharing a target written
 * without 以上, seed 001 取組項目19) or the indicators sharing one outcome (此花区's 成果測定の対象外 for
 * 1-3-イ and 1-3-ウ) would otherwise say the same thing twice at the same place.
 */
export function withoutRepeats(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const result: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.code}\u0000${finding.cell ?? finding.sheet}\u0000${paramsKey(finding)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(finding);
  }
  return result;
}

/** The parameters in name order, so two findings saying the same thing give the same key. */
function paramsKey(finding: Finding): string {
  return JSON.stringify(Object.entries(finding.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
