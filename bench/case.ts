/**
 * The contract every benchmark case implements. A case is one file in bench/cases/ whose default
 * export is a `BenchCase`; the runner (bench/run.ts) finds every file there at build time, so adding
 * a benchmark is adding a file — no list to edit. See bench/run.ts for how cases are built and run.
 */
import type { BenchRow } from './harness';

export type { BenchRow } from './harness';

/** What the runner hands every case. */
export interface BenchContext {
  /** The repository root (absolute): examples/, dist/, node_modules/ are found from here. */
  readonly root: string;
  /**
   * A quick run (`--quick`): fewer rows and runs, to check a case works, not to publish figures.
   * Cases should scale their sizes and run counts down when it is set.
   */
  readonly quick: boolean;
}

export interface BenchCase {
  /** The section heading in BENCHMARKS.md, e.g. "Custom functions". */
  readonly name: string;
  /**
   * Measures and returns one row per figure. Each row's value is a median of several runs and its
   * `comparedTo` a floor or peer measured in the same run (use `compare` from bench/harness.ts, which
   * interleaves the two). Throwing fails this case only; the others still run.
   */
  run(context: BenchContext): Promise<readonly BenchRow[]>;
}
