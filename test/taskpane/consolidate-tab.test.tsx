import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/taskpane/components/Pane';
import type { ConsolidationView, FileProgress } from '../../src/taskpane/consolidate/run';
import { FakeEngine, FakeGateway, finding } from './fakes';
import { reportFromRecords } from '../report/helpers';
import { csvRecords } from '../aggregate/csv-records';

const file = (name: string, update: Partial<FileProgress>): FileProgress => ({
  name,
  state: 'done',
  layout: '成果指標の進捗表(福島区様式)',
  ward: '福島区',
  records: 17,
  errors: 0,
  warnings: 0,
  findings: [],
  problem: null,
  ...update,
});

const VIEW: ConsolidationView = {
  files: [
    file('福島区.xlsx', {
      errors: 1,
      findings: [
        finding({
          code: 'explanation.missing',
          severity: 'error',
          cell: 'N10',
          sheet: '成果指標',
          params: { mark: 'B' },
        }),
      ],
    }),
    file('壊れた.xlsx', {
      state: 'failed',
      ward: null,
      layout: null,
      records: 0,
      errors: 1,
      problem: { code: 'FILE_CORRUPT', params: { file: '壊れた.xlsx' } },
    }),
  ],
  report: reportFromRecords(csvRecords()),
  grids: [{ name: '集計', rows: [], columnWidths: [], headingRows: [], formats: {}, merges: [], freezeRows: 0 }],
};

const consolidate = jest.fn(
  (
    _files: readonly File[],
    _settings: unknown,
    onProgress: (files: readonly FileProgress[]) => void,
  ): Promise<ConsolidationView> => {
    onProgress([file('福島区.xlsx', { state: 'reading' }), file('壊れた.xlsx', { state: 'waiting' })]);
    onProgress(VIEW.files);
    return Promise.resolve(VIEW);
  },
);
jest.mock('../../src/taskpane/consolidate/run', () => ({
  consolidate: (...args: Parameters<typeof consolidate>) => consolidate(...args),
  summaryWorkbook: () => Promise.resolve(new Blob(['xlsx'])),
}));

async function chooseFiles(gateway = new FakeGateway()) {
  const user = userEvent.setup();
  render(<Pane lang="ja" engine={new FakeEngine()} host={{ kind: 'excel', gateway }} />);
  await user.click(screen.getByRole('tab', { name: 'ワークブックを統合' }));
  await user.upload(await screen.findByTestId('ward-files-input'), [
    new File(['a'], '福島区.xlsx'),
    new File(['b'], '壊れた.xlsx'),
  ]);
  await screen.findByTestId('table2-total');
  return { user, gateway };
}

// The full report renders in each test; on a loaded 2-core machine that takes a few seconds.
jest.setTimeout(20_000);

describe('Consolidate workbooks (コーディネーター: ワークブックを統合)', () => {
  beforeEach(() => consolidate.mockClear());

  it('lists each file with its progress, its findings under its name, and the published totals', async () => {
    await chooseFiles();

    expect(consolidate.mock.calls[0]?.[0].map((chosen) => chosen.name)).toEqual(['福島区.xlsx', '壊れた.xlsx']);
    const fukushima = screen.getByRole('list', { name: '福島区.xlsx' });
    expect(
      within(fukushima).getByText(
        '判定が「B」のため、課題・改善策の記入が必須です。このセルに課題と改善策を書いてください。',
      ),
    ).toBeInTheDocument();
    expect(within(fukushima).getByText('成果指標!N10')).toBeInTheDocument();
    expect(screen.getByText('福島区 · 成果指標の進捗表(福島区様式) · 17 件 · エラー 1 · 警告 0')).toBeInTheDocument();
    expect(
      screen.getByText(
        'ファイル「壊れた.xlsx」を読めません(壊れているか、途中までしか保存されていません)。Excelで開いて保存し直してください。',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
    expect(screen.getByTestId('table2-total')).toHaveTextContent(
      '表２（計上 15 項目・337 件）: 概ね順調 304 件（うち目標達成 77 件）、必ずしも順調ではない 33 件、未測定 0 件',
    );
    expect(screen.getByTestId('table1-total')).toHaveTextContent(
      '表１（408 件）: 記載あり 346 件（全て実施 330・一部実施 16）、記載なし 62 件（実施 59・未実施 3）',
    );
  });

  it('shows submission control before the totals, Table 2, the chart, the wards of one indicator and the draft (issue 15 §1–§4)', async () => {
    const { user } = await chooseFiles();
    const submissions = screen.getByTestId('submissions');
    expect(
      submissions.compareDocumentPosition(screen.getByTestId('table2-total')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId('submissions-received')).toHaveTextContent('提出あり: 24/24');
    expect(screen.getByTestId('submissions-missing')).toHaveTextContent('未提出: なし');
    const table2 = screen.getByTestId('table2');
    expect(within(table2).getByText('1-4-ア').closest('tr')).toHaveTextContent(
      '1-4-ア地域公共人材の充実と活用の促進2480160',
    );
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    // The wards of 1-2-イ filtered to those behind: 都島区 at 31.2％ (seed 000).
    await user.selectOptions(screen.getByLabelText('指標'), '1-2-イ');
    await user.selectOptions(screen.getByLabelText('状況で絞り込む'), 'behind');
    const wards = screen.getByTestId('indicator-wards');
    expect(within(wards).getAllByRole('row')).toHaveLength(2);
    expect(within(wards).getByText('都島区').closest('tr')).toHaveTextContent('都島区必ずしも順調ではない31.2％');
    expect(screen.getByTestId('draft')).toHaveTextContent('【達成状況】の文案（下書き）');
    expect(screen.getByTestId('draft')).toHaveTextContent('都島区以外の23区においては');
    await user.click(screen.getByText('全区・全指標の表'));
    expect(await screen.findByTestId('matrix')).toHaveTextContent('31.2％');
  });

  it('writes 全区一覧 and 集計 into the open workbook, asking before replacing sheets of the same name', async () => {
    const gateway = new FakeGateway();
    gateway.summaryExists = ['集計'];
    const { user } = await chooseFiles(gateway);

    await user.click(screen.getByRole('button', { name: '全区一覧と集計をこのブックに書き込む' }));
    const dialog = await screen.findByRole('alertdialog', { name: '同じ名前のシートがあります' });
    expect(dialog).toHaveTextContent('シート「集計」が既にあります。置き換えますか？');
    await user.click(await within(dialog).findByRole('button', { name: '置き換える' }));

    await screen.findByText(/を書き込みました/);
    expect(gateway.callsTo('writeSummary').map(([, options]) => options)).toEqual([
      { replace: false },
      { replace: true },
    ]);
  });

  it('replaces nothing when the coordinator cancels', async () => {
    const gateway = new FakeGateway();
    gateway.summaryExists = ['集計'];
    const { user } = await chooseFiles(gateway);
    await user.click(screen.getByRole('button', { name: '全区一覧と集計をこのブックに書き込む' }));
    await user.click(await within(await screen.findByRole('alertdialog')).findByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(gateway.callsTo('writeSummary')).toHaveLength(1);
  });
});
