import type { CitySummary, IndicatorSummary } from '../../src/core/aggregate/types';
import { escapeHtml, statusChartSvg, summaryHtml } from '../../src/files/write-summary-html';
import { reportFromSummary } from '../report/helpers';

const row = (id: string, counts: Partial<IndicatorSummary>): IndicatorSummary => ({
  id,
  counted: true,
  scope: 'ward',
  cases: 24,
  onTrack: 24,
  achieved: 0,
  behind: 0,
  notMeasured: 0,
  referenceWards: null,
  referenceCases: null,
  ...counts,
});

/** A small summary with hostile text in every place the report shows input text. */
const hostile = '<script>alert("x")</script>&\'';
const summary: CitySummary = {
  table2: {
    indicators: [
      row('1-4-ア', { onTrack: 8, behind: 16 }),
      row('1-3-イ', { counted: false, onTrack: 0, referenceWards: 4, referenceCases: 5 }),
      row(hostile, { cases: 3, onTrack: 1, achieved: 1, behind: 1, notMeasured: 1 }),
    ],
    total: { cases: 27, onTrack: 9, achieved: 1, behind: 17, notMeasured: 1 },
  },
  table1: {
    cases: 408,
    listed: 346,
    listedFull: 330,
    listedPartial: 16,
    unlisted: 62,
    unlistedDone: 59,
    unlistedNotDone: 3,
  },
  findings: [
    {
      code: 'aggregate.missingCase',
      severity: 'error',
      file: `${hostile}.xlsx`,
      sheet: hostile,
      cell: 'B2',
      row: 2,
      field: null,
      text: hostile,
      params: { ward: hostile, indicator: hostile },
    },
  ],
  cases: [],
  wards: [],
};

describe('HTML report (issue 6)', () => {
  const report = reportFromSummary(summary, [
    {
      file: hostile,
      ward: '北区',
      records: 17,
      errors: 0,
      warnings: 1,
      problem: null,
      layout: hostile,
      years: [],
      excluded: null,
    },
  ]);
  const html = summaryHtml({ ...report, title: `表 ${hostile}`, names: { '1-4-ア': hostile } });

  it('escapes every piece of input text: no markup from a cell reaches the page', () => {
    expect(html.split('<script>')[0]).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;');
    expect(escapeHtml('a<b>&"\'')).toBe('a&#60;b&#62;&#38;&#34;&#39;');
  });

  it('is standalone: no external resources, one inline script (sorting the matrix), no internal codes (issue 15 §5)', () => {
    expect(html).not.toMatch(/<link|src=|href=|@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('aggregate.missingCase');
    expect(html).toContain('作成: 令和8年12月1日 17:42（KUSEI）');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('R8: shows reference indicators in parentheses and the counted totals (seed 000 ※2)', () => {
    expect(html).toContain('<td class="n">(5)</td>');
    expect(html).toContain('<td class="n">(4区)</td>');
    expect(html).toMatch(/<tr class="total"><td>計<\/td><td>2項目<\/td><td class="n">27<\/td><td class="n">9<\/td>/);
  });

  it('R9: shows Table 1 as published (seed 000 表1)', () => {
    expect(html).toMatch(
      /<td>記載あり<\/td><td class="n">346<\/td><td>全て実施<\/td><td class="n">330<\/td><td>一部実施<\/td><td class="n">16<\/td>/,
    );
    expect(html).toMatch(
      /<td>記載なし<\/td><td class="n">62<\/td><td>実施<\/td><td class="n">59<\/td><td>未実施<\/td><td class="n">3<\/td>/,
    );
  });

  it('draws one stacked bar per counted indicator, segments proportional to the counts', () => {
    const svg = statusChartSvg(report.chart);
    const bars = [
      ...svg.matchAll(/<rect x="[\d.]+" y="(\d+)" width="([\d.]+)" height="16" fill="(#\w+)"><title>([^<]*)<\/title>/g),
    ];
    // 1-4-ア: 8 on track (not achieved) and 16 behind; the hostile row: 1 achieved, 1 behind, 1 not measured.
    expect(bars.map((b) => b[4])).toEqual([
      '1-4-ア 概ね順調（目標達成を除く）: 8',
      '1-4-ア 必ずしも順調ではない: 16',
      expect.stringMatching(/ 目標達成: 1$/),
      expect.stringMatching(/ 必ずしも順調ではない: 1$/),
      expect.stringMatching(/ 未測定: 1$/),
    ]);
    const width = (index: number) => Number(bars[index]?.[2]);
    expect(width(1) / width(0)).toBeCloseTo(2, 5);
    expect(svg).not.toContain('1-3-イ');
  });
});
