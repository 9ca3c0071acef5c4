import { readSheet } from '../../src/core/validate';
import { FINDING_MESSAGES } from '../../src/core/messages/findings';
import { OPTIONS, STANDARD_HEADER, frozen, row, sheet } from './helpers';
import { shown } from '../support/shown';

function codes(findings: readonly { code: string; cell: string | null }[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? '-'}`);
}

describe('readSheet on the standard layout', () => {
  it('reads 此花区 rows into records with the cells they came from', () => {
    const reading = readSheet(
      sheet('此花区', [STANDARD_HEADER, row('1-1-ア', 'H29年度までに50%以上', '%', '51.3%')]),
      OPTIONS,
    );
    expect(reading.layout).toBe('standard');
    expect(reading.findings).toEqual([]);
    expect(reading.records[0]).toMatchObject({
      ward: '此花区',
      indicatorId: '1-1-ア',
      target: 'H29年度までに50%以上',
      actual: '51.3%',
      listedInPlan: true,
      implementation: 'full',
      kind: 'indicator',
      source: { sheet: '此花区', row: 2, cells: { actual: 'F2', indicatorId: 'B2' } },
    });
  });

  it('R7: 未測定 and a blank actual are warnings, not errors (domain §4 R7)', () => {
    const reading = readSheet(
      sheet('S', [
        STANDARD_HEADER,
        row('1-1-ア', 'H29年度までに50%以上', '%', '未測定'),
        row('1-2-ア', 'H29年度までに50%以上', '%', null),
      ]),
      OPTIONS,
    );
    expect(reading.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['value.notMeasured', 'warning', 'S!F2'],
      ['value.notMeasured', 'warning', 'S!F3'],
    ]);
  });

  it('a percent stored as a number with a percent format reads as a percentage (0.513 shown 51.3%)', () => {
    const reading = readSheet(
      sheet('S', [STANDARD_HEADER, row('1-1-ア', 'H29年度までに50%以上', '%', 0.513)], {
        numberFormats: [[], [null, null, null, null, null, '0.0%']],
      }),
      OPTIONS,
    );
    expect(reading.findings).toEqual([]);
  });

  it('points every value finding at its cell, with a message saying what to write (domain §5)', () => {
    const reading = readSheet(
      sheet('区 一覧', [
        STANDARD_HEADER,
        row('1-1-ア', 'H29年度までに50%以上', '%', '約半数'),
        row('2-3-ア-②', 'H29年度までに3.5点以上', '点', '3件'),
        row('1-2-ア', 'H29年度までに50%以上', '%', '184.7%'),
        row('1-2-イ', 'H26年度までに50%以上', '%', '20.8%'),
        row('1-4-ア', 'H29年度までに50%以上', '%', '10.4%', '南区'),
        row('1-4-イ', 'H29年度までに50%以上', '%', { cellError: '#N/A' }),
      ]),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual([
      "value.notNumber@'区 一覧'!F2",
      "value.unitMismatch@'区 一覧'!F3",
      "value.percentOutOfRange@'区 一覧'!F4",
      "target.yearBeforeReport@'区 一覧'!D5",
      "ward.unknown@'区 一覧'!A6",
      "cell.formulaError@'区 一覧'!F7",
    ]);
    const unit = reading.findings[1];
    expect(shown(unit)).toBe('実績の単位(件)が目標の単位(点)と違います。目標と同じ単位で書いてください。');
    expect(shown(unit, 'en')).toContain('The actual is in 件 but the target is in 点');
  });

  it('reports a duplicate indicator of one ward at the second row', () => {
    const reading = readSheet(
      sheet('S', [STANDARD_HEADER, row('1-1-ア', '50%以上', '%', '51.3%'), row('1-1-ア', '50%以上', '%', '51.3%')]),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['indicator.duplicate@S!B3']);
  });

  it('reports a missing required column once, at sheet level', () => {
    const reading = readSheet(
      sheet('S', [
        ['区名', '指標番号', '目標値'],
        ['北区', '1-1-ア', '50%以上'],
      ]),
      OPTIONS,
    );
    expect(reading.findings.map((f) => f.code)).toContain('column.missing');
    expect(reading.findings.find((f) => f.code === 'column.missing')?.cell).toBeNull();
  });
});

describe('R2/R6 with a declared status column', () => {
  const header = ['区名', '指標番号', '目標値', '27年度実績', '進捗状況', '課題'];
  it('R2: 20.8% against 50% is 41.6% ≥ 33.4%: 概ね順調 as declared (seed 000 ※3)', () => {
    const reading = readSheet(
      sheet('S', [header, ['此花区', '1-2-イ', 'H29年度までに50%以上', '20.8%', '概ね順調', null]]),
      OPTIONS,
    );
    expect(reading.findings).toEqual([]);
  });

  it('R2/R6: 都島区 15.6% against 50% is 31.2% < 33.4%: a declared 概ね順調 is a finding (seed 000)', () => {
    const reading = readSheet(
      sheet('S', [header, ['都島区', '1-1-ア', 'H29年度までに50%以上', '15.6%', '概ね順調', null]]),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['mark.disagrees@S!E2']);
    expect(shown(reading.findings[0])).toContain('必ずしも順調ではない');
  });

  it('R5: 必ずしも順調ではない requires its 課題', () => {
    const reading = readSheet(
      sheet('S', [header, ['都島区', '1-1-ア', 'H29年度までに50%以上', '15.6%', '必ずしも順調ではない', null]]),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['explanation.missing@S!F2']);
  });
});

describe('readSheet on 福島区 rows (seed 004)', () => {
  const header = [
    '項目',
    null,
    '成果指標と目標値',
    null,
    'アウトカム',
    'アウトカムの達成状況',
    '前年度',
    '個別',
    '全体',
    '課題',
    '改善策',
  ];
  const merges = ['A2:B2', 'C2:D2'];
  const title = ['区政運営基本方針の成果目標の達成に向けた取組状況について(福島区)'];

  it('R3/R6: 24.7% against the outcome target 60% is B, as declared (seed 004, 1-1-ア)', () => {
    const reading = readSheet(
      sheet(
        'S',
        [
          title,
          header,
          ['1 「大きな公共」に向けて'],
          ['(1) 豊かなコミュニティの実現'],
          [
            '㋐',
            'つながり',
            '割合',
            'H29年度までに50%以上',
            '話す相手が増えた区民の割合:平成27年度までに60%以上(区民モニターアンケート)',
            '24.7%',
            '30.3%',
            'B',
            'B',
            null,
            '周知を続ける',
          ],
        ],
        { merges },
      ),
      OPTIONS,
    );
    expect(reading.layout).toBe('fukushima-indicator');
    expect(reading.ward).toBe('福島区');
    expect(reading.findings).toEqual([]);
    expect(reading.records[0]).toMatchObject({
      indicatorId: '1-1-ア',
      actual: '24.7%',
      declaredMark: 'B',
      markTarget: '平成27年度までに60%以上',
    });
  });

  it('R6: a declared A for 24.7% against 60% is a finding at the mark cell', () => {
    const reading = readSheet(
      sheet(
        'S',
        [
          title,
          header,
          ['1 「大きな公共」に向けて'],
          ['(1) 豊かなコミュニティの実現'],
          [
            '㋐',
            'つながり',
            '割合',
            'H29年度までに50%以上',
            '区民の割合:平成27年度までに60%以上',
            '24.7%',
            '30.3%',
            'A',
            'A',
            null,
            '周知を続ける',
          ],
        ],
        { merges },
      ),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['mark.disagrees@S!H5']);
    expect(shown(reading.findings[0])).toContain('「B」');
  });

  it('R3: two outcomes in one cell (2-2-ア: 49.6% and 61.8% against 80% each) split into B and B', () => {
    const reading = readSheet(
      sheet(
        'S',
        [
          title,
          header,
          ['2 「自律した自治体型の区政運営」に向けて'],
          ['(2) 区役所づくり'],
          [
            '㋐',
            '総合窓口',
            '割合',
            'H29年度までに80%以上',
            '快適と感じる区民の割合:平成27年度までに80%以上\n変わったと実感する区民の割合:平成27年度までに80%以上',
            '49.6%\n61.8%',
            '54.8%\n未測定',
            'B\nB',
            'B',
            null,
            '研修を行う',
          ],
        ],
        { merges },
      ),
      OPTIONS,
    );
    expect(reading.findings).toEqual([]);
    expect(reading.records.map((r) => [r.indicatorId, r.actual, r.declaredMark, r.previous, r.part])).toEqual([
      ['2-2-ア', '49.6%', 'B', '54.8%', { index: 1, count: 2 }],
      ['2-2-ア', '61.8%', 'B', '未測定', { index: 2, count: 2 }],
    ]);
  });

  it('R5: a B mark with empty 課題 and 改善策 is an error at the 課題 cell (the form: 左記が「×」の場合は必須)', () => {
    const reading = readSheet(
      sheet(
        'S',
        [
          title,
          header,
          ['1 「大きな公共」に向けて'],
          ['(2) 協働'],
          [
            '㋑',
            'ネットワーク',
            '割合',
            'H29年度までに50%以上',
            '区民の割合:平成27年度までに80%以上',
            '12.3%',
            '38.9%',
            'B',
            'B',
            null,
            null,
          ],
        ],
        { merges },
      ),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['explanation.missing@S!J5']);
    expect(reading.records[0]?.indicatorId).toBe('1-2-イ');
  });

  it('R3: 全体 A over an individual B is a finding at the 全体 cell', () => {
    const reading = readSheet(
      sheet(
        'S',
        [
          title,
          header,
          ['1 「大きな公共」に向けて'],
          ['(1) 豊かなコミュニティの実現'],
          [
            '㋐',
            'つながり',
            '割合',
            'H29年度までに50%以上',
            '区民の割合:平成27年度までに60%以上',
            '24.7%',
            '30.3%',
            'B',
            'A',
            null,
            '周知を続ける',
          ],
        ],
        { merges },
      ),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['mark.overallDisagrees@S!I5']);
  });
});

describe('user corrections of the mapping', () => {
  it('reports the mapping it chose and re-reads with a corrected one', () => {
    const values = [
      ['区名', '指標番号', '目標値', '値A', '値B'],
      ['此花区', '1-1-ア', 'H29年度までに50%以上', '2015-04-01', '51.3%'],
    ];
    const first = readSheet(sheet('S', values), OPTIONS);
    expect(first.mapping?.tables[0]?.columns).toEqual({ A: 'ward', B: 'indicatorId', C: 'target' });
    expect(first.findings.map((f) => f.code)).toContain('column.missing');

    const corrected = {
      layout: 'standard' as const,
      tables: [
        {
          headerRow: 1,
          columns: { A: 'ward' as const, B: 'indicatorId' as const, C: 'target' as const, E: 'actual' as const },
        },
      ],
    };
    const second = readSheet(sheet('S', values), { ...OPTIONS, mapping: corrected });
    expect(second.confidence).toBe(1);
    expect(second.findings).toEqual([]);
    expect(second.records[0]).toMatchObject({ actual: '51.3%', source: { cells: { actual: 'E2' } } });
    expect(second.mapping).toEqual(corrected);
  });

  it('an unusable correction is a finding, not a crash', () => {
    const reading = readSheet(sheet('S', [['a']]), {
      ...OPTIONS,
      mapping: { tables: [{ headerRow: 1, columns: { '1': 'actual' } }] },
    });
    expect(reading.findings.map((f) => f.code)).toEqual(['mapping.invalid']);
    // The reason is said in each language, never English inside the Japanese sentence.
    expect(shown(reading.findings[0])).toContain('(「1」は列名ではありません)');
    expect(shown(reading.findings[0], 'en')).toContain('cannot be used: "1" is not a column letter.');
  });

  it('says in Japanese why a header row outside the sheet cannot be used', () => {
    const reading = readSheet(sheet('S', [['a']]), {
      ...OPTIONS,
      mapping: { tables: [{ headerRow: 9, columns: { A: 'actual' } }] },
    });
    expect(shown(reading.findings[0])).toBe(
      '指定された列の対応づけが使えません(見出し行 9 はシートの範囲外です)。列は A, B… の列名、項目は一覧にある名前で指定してください。',
    );
  });
});

describe('ward name from a cell, the sheet name or the file name', () => {
  const values = [
    ['アウトカム指標', '実績', '達成状況', '前年度実績'],
    ['・区民の割合:48%以上', '41.2%', 'B', '48%'],
  ];
  it('takes it from the sheet name', () => {
    expect(readSheet(sheet('西区', values), OPTIONS).records[0]?.ward).toBe('西区');
  });
  it('takes it from the file name', () => {
    const reading = readSheet(sheet('Sheet1', values), { ...OPTIONS, fileName: '西区_R6.xlsx' });
    expect(reading.records[0]?.ward).toBe('西区');
  });
  it('says so when there is none', () => {
    expect(readSheet(sheet('Sheet1', values), OPTIONS).findings.map((f) => f.code)).toContain('ward.notFound');
  });
});

describe('bad input: a clear finding, never a crash, never a silent skip, input unchanged', () => {
  it('an empty sheet is reported', () => {
    expect(readSheet(sheet('空', []), OPTIONS).findings.map((f) => f.code)).toEqual(['sheet.empty']);
    expect(readSheet(sheet('空', [[null, ''], []]), OPTIONS).findings.map((f) => f.code)).toEqual(['sheet.empty']);
  });

  it('a sheet that is not a ward sheet is reported', () => {
    const reading = readSheet(
      sheet('メモ', [
        ['品名', '数量'],
        ['牛乳', 2],
      ]),
      OPTIONS,
    );
    expect(reading.findings.map((f) => f.code)).toEqual(['sheet.notRecognised']);
    expect(reading.records).toEqual([]);
  });

  it('a 30,000-character cell is a finding with a clipped text', () => {
    const long = 'あ'.repeat(30_000);
    const reading = readSheet(
      sheet('S', [
        STANDARD_HEADER,
        row('1-1-ア', 'H29年度までに50%以上', '%', long),
        ['此花区', '1-2-ア', long, '50%以上', '%', '84.7%'],
      ]),
      OPTIONS,
    );
    expect(codes(reading.findings)).toEqual(['cell.tooLong@S!F2']);
    expect(reading.findings[0]?.text.length).toBeLessThan(300);
    expect(reading.records).toHaveLength(2);
  });

  it('never modifies the snapshot (it is deep-frozen here: any write would throw)', () => {
    const snapshot = frozen(
      sheet(
        'S',
        [
          STANDARD_HEADER,
          row('1-1-ア', 'H29年度までに50%以上', '%', '51.3%'),
          row('1-2-ア', '50%以上', '%', { cellError: '#N/A' }),
        ],
        { merges: ['A10:B10'] },
      ),
    );
    const copy = JSON.stringify(snapshot);
    readSheet(snapshot, OPTIONS);
    expect(JSON.stringify(snapshot)).toBe(copy);
  });

  it('a 1,000,000-row sheet is read without crashing; rows beyond the limit are reported, not dropped silently', () => {
    const values: (string | null)[][] = [STANDARD_HEADER as string[]];
    const data = row('1-1-ア', 'H29年度までに50%以上', '%', '51.3%') as string[];
    for (let i = 0; i < 999_999; i++) values.push(data);
    const reading = readSheet(sheet('S', values), OPTIONS);
    expect(reading.rows).toBe(100_000);
    expect(reading.findings.map((f) => f.code)).toContain('sheet.tooManyRows');
    expect(shown(reading.findings.find((f) => f.code === 'sheet.tooManyRows'))).toContain('A100002');
  });

  it('every finding code has ja and en messages', () => {
    for (const [code, entry] of Object.entries(FINDING_MESSAGES)) {
      expect(entry.ja.length).toBeGreaterThan(10);
      expect(entry.en.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
      expect(code).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });
});

describe('layout writers with indicator ids (for example workbooks built from the standard CSV)', () => {
  it('a 西区 outcome table and a 大正区 item that carry 指標番号 give indicator cases with those ids', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { writeNishiSheet, writeTaishoSheet } = await import('../../scripts/layouts');
    const { workbookToSnapshot } = await import('../../src/files/browser');
    const wb = new ExcelJS.Workbook();
    writeNishiSheet(wb.addWorksheet('西区'), [
      {
        title: '経営課題1-(1) 地域コミュニティの活性化',
        budgets: [['4決算額', '77百万円']],
        indicators: [
          {
            indicatorId: '1-1-ア',
            measure: '・つながりを実感する区民の割合:H29年度までに50%以上',
            actual: '46.2%',
            mark: '',
            previous: '',
          },
        ],
      },
    ]);
    writeTaishoSheet(wb.addWorksheet('大正区'), [
      {
        number: 6,
        title: 'つながりづくり',
        indicatorId: '1-1-ア',
        activityTarget: 'H29年度までに50%以上',
        actual: '50.8%',
        mark: '目標達成',
      },
    ]);
    const snapshot = workbookToSnapshot(wb);
    const nishi = readSheet(snapshot.sheets[0] ?? sheet('x', []), OPTIONS);
    const taisho = readSheet(snapshot.sheets[1] ?? sheet('x', []), OPTIONS);
    expect(nishi.records.map((r) => [r.ward, r.indicatorId, r.kind, r.target, r.actual])).toEqual([
      ['西区', '1-1-ア', 'indicator', 'H29年度までに50%以上', '46.2%'],
    ]);
    expect(taisho.records.map((r) => [r.ward, r.indicatorId, r.kind, r.actual])).toEqual([
      ['大正区', '1-1-ア', 'indicator', '50.8%'],
    ]);
    expect(nishi.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(taisho.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
