/**
 * Core suite: reading + status of 1,000,000 synthetic ward cases, as consolidation does it, against
 * the floor of one plain pass over the same cells (parseFloat and a comparison: what code that
 * knew nothing of ％, 全角, 点 or 未測定 would do). Cells are written the way the seeds write them.
 */
import { FY2015_CATALOGUE, readQuantity, readTarget, status } from '../../src/core';
import { clearTargetMemo } from '../../src/core/values/target';
import { compare, seededRandom, type BenchRow } from '../harness';
import type { BenchCase } from '../case';

const CASES = 1_000_000;
const RUNS = 5;

interface SyntheticCase {
  readonly actual: string | number | null;
  readonly target: string;
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

function fullWidth(text: string): string {
  return text
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET))
    .replace('.', '．')
    .replace('%', '％');
}

function percentCell(random: () => number): string | number {
  const tenths = Math.floor(random() * 1000);
  const text = `${(tenths / 10).toFixed(1)}%`;
  const form = random();
  if (form < 0.4) return text;
  if (form < 0.7) return fullWidth(text);
  if (form < 0.8) return text.replace('%', ' %');
  if (form < 0.9) return tenths / 1000; // a real number cell formatted as 0.0%
  return `${(tenths / 10).toFixed(1)}\n%`;
}

export function syntheticCases(count: number, seed = 2015): SyntheticCase[] {
  const random = seededRandom(seed);
  const indicators = FY2015_CATALOGUE.indicators;
  const cases: SyntheticCase[] = [];
  for (let i = 0; i < count; i++) {
    const indicator = indicators[Math.floor(random() * indicators.length)] ?? indicators[0];
    if (indicator === undefined) break;
    // Ward sheets restate the catalogue target in their own way: some break the line, some write 以上 apart.
    const target =
      random() < 0.8 ? indicator.target : indicator.target.replace('H29年度までに', '').replace('以上', '\n以上');
    let actual: string | number | null;
    if (random() < 0.02) actual = random() < 0.5 ? '未測定' : null;
    else if (indicator.unit === '%') actual = percentCell(random);
    else if (indicator.unit === '点') actual = `${(Math.floor(random() * 50) / 10).toFixed(1)}点`;
    else if (indicator.unit === '件') actual = `${Math.floor(random() * 3)}件`;
    else actual = random() < 0.5 ? '構築済' : '未構築';
    cases.push({ actual, target });
  }
  return cases;
}

function statusPass(cases: readonly SyntheticCase[]): number {
  let onTrack = 0;
  for (const c of cases) {
    const judged = status(c.actual, c.target, 1, 3);
    if (judged === '概ね順調' || judged === '目標達成') onTrack++;
  }
  return onTrack;
}

function readPass(cases: readonly SyntheticCase[]): number {
  let sum = 0;
  for (const c of cases) {
    const quantity = readQuantity(c.actual);
    if (!('error' in quantity)) sum += quantity.value;
  }
  return sum;
}

/** The floor: touch every cell once with the cheapest number reading JavaScript has. */
function plainPass(cases: readonly SyntheticCase[]): number {
  let count = 0;
  for (const c of cases) {
    const a = typeof c.actual === 'number' ? c.actual : Number.parseFloat(c.actual ?? '');
    const t = Number.parseFloat(c.target);
    if (a >= t) count++;
  }
  return count;
}

/** 10,000 different target texts in the seeds' forms: the worst case, where nothing repeats. */
export function distinctTargets(count: number): string[] {
  const forms = [
    (y: number, v: number) => `H${y}年度までに${v}%以上`,
    (y: number, v: number) => `平成${y}年度までに${(v / 10).toFixed(1)}点以上`,
    (y: number, v: number) => `${y}年度件数(${v + 1}件)から10%減(${v}件)`,
    (y: number, v: number) => `${y}年度実績値に比べて${(v / 10).toFixed(1)}%増`,
    (y: number, v: number) =>
      `住んでいる地域で話をする相手が増えたと感じている区民の割合:平成${y}年度までに${v}%以上(区民モニターアンケート)`,
  ];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const form = forms[i % forms.length] ?? forms[0];
    if (form !== undefined) texts.push(form(20 + (i % 12), 1 + Math.floor(i / forms.length)));
  }
  return texts;
}

function firstReadings(texts: readonly string[]): number {
  clearTargetMemo();
  let read = 0;
  for (const text of texts) if (!('error' in readTarget(text))) read++;
  return read;
}

function plainTextPass(texts: readonly string[]): number {
  let sum = 0;
  for (const text of texts) {
    const n = Number.parseFloat(text.replace(/^\D+/, ''));
    if (n > 0) sum += n;
  }
  return sum;
}

function row(
  benchmark: string,
  subjectMs: number,
  floorMs: number,
  note: string,
  figure = 'time for 1,000,000 cases',
): BenchRow {
  return {
    benchmark,
    figure,
    value: subjectMs,
    unit: 'ms',
    runs: RUNS,
    comparedTo: 'floor: one plain parseFloat pass over the same cells',
    comparedValue: floorMs,
    ratio: subjectMs / floorMs,
    note,
  };
}

const benchCase: BenchCase = {
  name: 'core: reading values and judging status',
  run() {
    const cases = syntheticCases(CASES);
    const judged = compare(
      () => statusPass(cases),
      () => plainPass(cases),
      RUNS,
    );
    const read = compare(
      () => readPass(cases),
      () => plainPass(cases),
      RUNS,
    );
    const texts = distinctTargets(10_000);
    const targets = compare(
      () => firstReadings(texts),
      () => plainTextPass(texts),
      RUNS,
    );
    return Promise.resolve([
      row(
        'status(actual, target, 1, 3) of 1,000,000 synthetic ward cases',
        judged.subject.medianMs,
        judged.floor.medianMs,
        `aim < 10x the floor; ${((judged.subject.medianMs * 1000) / CASES).toFixed(2)} µs per case; targets repeat (17 texts, memoised)`,
      ),
      row(
        'readQuantity(actual) of the same 1,000,000 cells',
        read.subject.medianMs,
        read.floor.medianMs,
        `${((read.subject.medianMs * 1000) / CASES).toFixed(2)} µs per cell; ％ 全角 and units read, not parseFloat's NaN`,
      ),
      {
        ...row(
          'readTarget of 10,000 distinct target texts, memo cleared (worst case: nothing repeats)',
          targets.subject.medianMs,
          targets.floor.medianMs,
          `${((targets.subject.medianMs * 1000) / texts.length).toFixed(2)} µs per text; the memo makes repeats free`,
          'time for 10,000 texts',
        ),
        comparedTo: 'floor: strip leading text + parseFloat over the same texts',
      },
    ]);
  },
};

export default benchCase;
