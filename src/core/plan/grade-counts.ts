/**
 * Counting a single-year plan's grades (seed 002: A/B per アウトカム指標) per plan section (経営課題)
 * and per ward, in the order the profile's grades are written.
 */
export interface GradedCase {
  readonly ward: string;
  /** The plan section, e.g. 経営課題1-(1); cases without one count under "" . */
  readonly group: string;
  readonly grade: string;
}

export interface GradeCount {
  readonly key: string;
  /** Cases per grade, in `grades` order; grades outside it are kept after them. */
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

export interface GradeCounts {
  readonly byGroup: readonly GradeCount[];
  readonly byWard: readonly GradeCount[];
  readonly total: GradeCount;
}

export function countGrades(cases: readonly GradedCase[], grades: readonly string[]): GradeCounts {
  return {
    byGroup: countBy(cases, (c) => c.group, grades),
    byWard: countBy(cases, (c) => c.ward, grades),
    total: countOne('', cases, grades),
  };
}

function countBy(
  cases: readonly GradedCase[],
  keyOf: (c: GradedCase) => string,
  grades: readonly string[],
): GradeCount[] {
  const groups = new Map<string, GradedCase[]>();
  for (const c of cases) {
    const key = keyOf(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups].map(([key, list]) => countOne(key, list, grades));
}

function countOne(key: string, cases: readonly GradedCase[], grades: readonly string[]): GradeCount {
  const counts = new Map<string, number>(grades.map((grade) => [grade, 0]));
  for (const c of cases) counts.set(c.grade, (counts.get(c.grade) ?? 0) + 1);
  return { key, counts, total: cases.length };
}
