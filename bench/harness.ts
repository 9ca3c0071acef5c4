/**
 * The benchmark harness: every figure is the median of several timed runs, reported next to a
 * floor or peer measured in the same process, in the same run, so the ratio means something on
 * whatever machine runs it. Benchmarks live here, never in tests (no timed assertions).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The repository root: the parent of bench/ for this file, and of dist-bench/ once bundled into
 * dist-bench/run.js (bench/webpack.config.js keeps `__dirname` the real directory).
 */
export const REPOSITORY_ROOT = join(__dirname, '..');

export interface BenchRow {
  /** What is measured, e.g. "status of 1,000,000 ward cases". */
  readonly benchmark: string;
  /** The figure's name, e.g. "time per 1M cases". */
  readonly figure: string;
  /** Median over `runs`. */
  readonly value: number;
  readonly unit: string;
  readonly runs: number;
  /** The floor or peer it is compared to, measured in the same run. */
  readonly comparedTo: string;
  readonly comparedValue: number;
  /** value ÷ comparedValue. */
  readonly ratio: number;
  readonly note: string;
}

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
  readonly samples: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A sink the optimiser cannot see through, so measured work is not eliminated. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
export function lastConsumed(): unknown {
  return sink;
}

/**
 * Times `work` `runs` times after `warmup` untimed runs. The two sides of a comparison are
 * interleaved by `compare` so that machine noise (other processes on a shared box) hits both.
 */
export function time(work: () => unknown, runs = 7, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) consume(work());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    consume(work());
    samples.push(performance.now() - start);
  }
  return { medianMs: median(samples), runs, samples };
}

/** Times a subject and its floor alternately, run by run, and returns both medians. */
export function compare(
  subject: () => unknown,
  floor: () => unknown,
  runs = 7,
  warmup = 2,
): { subject: Timing; floor: Timing } {
  for (let i = 0; i < warmup; i++) {
    consume(subject());
    consume(floor());
  }
  const subjectSamples: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    consume(floor());
    floorSamples.push(performance.now() - start);
    start = performance.now();
    consume(subject());
    subjectSamples.push(performance.now() - start);
  }
  return {
    subject: { medianMs: median(subjectSamples), runs, samples: subjectSamples },
    floor: { medianMs: median(floorSamples), runs, samples: floorSamples },
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so every run benchmarks the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
