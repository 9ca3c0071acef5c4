import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/taskpane/components/Pane';
import { GatewayError } from '../../src/office/errors';
import { FakeEngine, FakeGateway, PLAN, finding } from './fakes';

function renderPane(gateway = new FakeGateway(), engine = new FakeEngine(), lang: 'ja' | 'en' = 'ja') {
  const user = userEvent.setup();
  render(<Pane lang={lang} engine={engine} host={{ kind: 'excel', gateway }} />);
  return { user, gateway, engine };
}

async function checkSheet(user: ReturnType<typeof userEvent.setup>, label = 'このシートを検証') {
  await user.click(screen.getByRole('button', { name: label }));
  await screen.findByTestId('layout-summary');
}

describe('Check this sheet (このシートを検証)', () => {
  it('shows the detected layout and the findings grouped by severity with counts', async () => {
    const { user, gateway } = renderPane();
    await checkSheet(user);

    expect(gateway.callsTo('readActiveSheet')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '様式: KUSEI標準様式' })).toBeInTheDocument();
    expect(screen.getByTestId('layout-summary')).toHaveTextContent('進捗 · 確からしさ 92% · 見出し行 4 · 2 件の指標行');
    expect(screen.getByRole('heading', { name: '指摘 (4)' })).toBeInTheDocument();
    const errors = screen.getByRole('region', { name: 'エラー (2)' });
    expect(
      within(errors)
        .getAllByRole('button')
        .map((button: HTMLElement) => button.textContent),
    ).toEqual([
      'F6「三点」を数値として読めません。51.3% や 709件 のように数値と単位で書いてください(測っていなければ「未測定」)。「三点」',
      'G5「判定」が空欄です。A / B のように記入してください。',
    ]);
    expect(within(screen.getByRole('region', { name: '警告 (1)' })).getByRole('button')).toHaveTextContent(
      'E5目標「50%」に以上・以下(増・減)がありません。',
    );
    expect(within(screen.getByRole('region', { name: '情報 (1)' })).getByRole('button')).toHaveTextContent(
      'シート全体',
    );
  });

  it('selects the finding cell in the workbook (sheet-qualified addresses too)', async () => {
    const { user, gateway } = renderPane();
    await checkSheet(user);

    await user.click(screen.getByRole('button', { name: /「判定」が空欄です/ }));
    await user.click(screen.getByRole('button', { name: /三点/ }));

    await waitFor(() =>
      expect(gateway.callsTo('selectCell')).toEqual([
        ['進捗', 'G5'],
        ['進捗', 'F6'],
      ]),
    );
    expect(screen.getByRole('button', { name: /三点/ })).toHaveAttribute('aria-current', 'true');
  });

  it('is usable from the keyboard: Tab to a finding, Enter selects its cell', async () => {
    const { user, gateway } = renderPane();
    await checkSheet(user);
    const target = screen.getByRole('button', { name: /目標「50%」に以上/ });
    target.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(gateway.callsTo('selectCell')).toEqual([['進捗', 'E5']]));
  });

  it('speaks English when Office does', async () => {
    const { user } = renderPane(new FakeGateway(), new FakeEngine(), 'en');
    await checkSheet(user, 'Check this sheet');
    expect(screen.getByRole('region', { name: 'Errors (2)' })).toHaveTextContent('"三点" cannot be read as a number.');
    expect(screen.getByRole('heading', { name: 'Layout: KUSEI standard layout' })).toBeInTheDocument();
  });

  it('shows an Office failure with its code instead of swallowing it', async () => {
    const gateway = new FakeGateway();
    gateway.readFailure = new GatewayError('readActiveSheet', 'RequestPayloadSizeLimitExceeded', 'too big', null);
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole('button', { name: 'このシートを検証' }));
    expect(await screen.findByText(/readActiveSheet: RequestPayloadSizeLimitExceeded: too big/)).toBeInTheDocument();
    expect(screen.getByText('処理できませんでした')).toBeInTheDocument();
  });

  it('says what to do about a protected sheet, with Office’s code and debugInfo in a details line', async () => {
    const gateway = new FakeGateway();
    gateway.readFailure = new GatewayError('readActiveSheet', 'AccessDenied', 'The sheet is protected.', {
      errorLocation: 'Range.values',
    });
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole('button', { name: 'このシートを検証' }));
    expect(await screen.findByText(/シートまたはブックが保護されているため書き込めませんでした/)).toBeInTheDocument();
    expect(screen.getByTestId('notice-details')).toHaveTextContent(
      'readActiveSheet: AccessDenied: The sheet is protected. (debugInfo: {"errorLocation":"Range.values"})',
    );
  });

  it('says what the host lacks and disables what needs it', async () => {
    const gateway = new FakeGateway();
    gateway.missing = [
      { feature: 'write', requirement: 'ExcelApi 1.4' },
      { feature: 'conditionalFormats', requirement: 'ExcelApi 1.6' },
    ];
    renderPane(gateway);
    expect(screen.getByText('この Excel では次の機能を使えません')).toBeInTheDocument();
    expect(screen.getByText('状況列の書き込み (ExcelApi 1.4)')).toBeInTheDocument();
    expect(screen.getByText('状況の色分け（条件付き書式） (ExcelApi 1.6)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'このシートを検証' })).toBeEnabled());
    expect(screen.getByRole('button', { name: '状況列を追加' })).toBeDisabled();
  });
});

describe('Mapping correction', () => {
  it('saves the corrected mapping in the workbook and checks again with it', async () => {
    const { user, gateway, engine } = renderPane();
    await checkSheet(user);
    const save = screen.getByRole('button', { name: '対応を保存して再検証' });
    expect(save).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('F: 27年度実績'), '実績');
    await user.click(save);

    await screen.findByText('列の対応をブックに保存しました。');
    const expected = {
      layout: 'standard',
      tables: [{ headerRow: 4, columns: { A: 'ward', B: 'indicatorId', E: 'target', F: 'actual' } }],
    };
    expect(gateway.callsTo('saveChoices')).toEqual([[{ settings: null, mappings: { 進捗: expected } }]]);
    expect(engine.checks.map((check) => check.correction)).toEqual([undefined, expected]);
  });

  it('uses a correction stored in the workbook on the next check', async () => {
    const gateway = new FakeGateway();
    const stored = { tables: [{ headerRow: 4, columns: { F: 'actual' as const } }] };
    gateway.choices = { settings: null, mappings: { 進捗: stored } };
    const { user, engine } = renderPane(gateway);
    await waitFor(() => expect(gateway.callsTo('loadChoices')).toHaveLength(1));
    await checkSheet(user);
    expect(engine.checks[0]?.correction).toEqual(stored);
  });
});

describe('Settings (設定)', () => {
  it('saves plan period, report year, the X%増 rule and the catalogue in the workbook', async () => {
    const { user, gateway } = renderPane();
    await user.click(screen.getByRole('tab', { name: '設定' }));

    const report = screen.getByLabelText('報告年度');
    await user.clear(report);
    await user.type(report, '2016');
    await user.click(screen.getByRole('radio', { name: /割合で増/ }));
    await user.click(screen.getByRole('button', { name: '設定を保存' }));

    await screen.findByText('設定をブックに保存しました。');
    expect(gateway.callsTo('saveChoices')).toEqual([
      [
        {
          settings: {
            planStartYear: 2015,
            planYears: 3,
            reportYear: 2016,
            ambiguousIncrease: 'relative',
            catalogueId: 'fy2015-2017',
            // 状況列の式: Excel's own functions unless KUSEI is chosen (issue 14 §1).
            statusFormulas: 'excel',
          },
          mappings: {},
        },
      ],
    ]);
  });

  it('refuses a report year outside the plan period', async () => {
    const { user, gateway } = renderPane();
    await user.click(screen.getByRole('tab', { name: '設定' }));
    const report = screen.getByLabelText('報告年度');
    await user.clear(report);
    await user.type(report, '2018');
    expect(screen.getByText('報告年度は計画期間内の年度にしてください。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '設定を保存' })).toBeDisabled();
    expect(gateway.callsTo('saveChoices')).toEqual([]);
  });
});

describe('Add status columns (状況列を追加)', () => {
  it('writes at once when the target cells are empty', async () => {
    const { user, gateway } = renderPane();
    await checkSheet(user);
    await user.click(screen.getByRole('button', { name: '状況列を追加' }));
    await screen.findByText('進捗率と状況の列を追加しました（4 セル）。');
    expect(gateway.callsTo('writeStatusColumns').map(([, options]) => options)).toEqual([{ overwrite: false }]);
    // The view scrolls to the new columns: their 進捗率 header is selected.
    expect(gateway.callsTo('selectCell')).toContainEqual([
      PLAN.sheet,
      `${PLAN.progress.column}${PLAN.progress.headerRow}`,
    ]);
  });

  it('writes KUSEI formulas when 設定 says so, Excel’s own functions otherwise', async () => {
    const { user, engine } = renderPane();
    await user.click(screen.getByRole('tab', { name: '設定' }));
    await user.click(screen.getByRole('radio', { name: /KUSEI 関数/ }));
    await user.click(screen.getByRole('button', { name: '設定を保存' }));
    await screen.findByText('設定をブックに保存しました。');
    await user.click(screen.getByRole('tab', { name: '検証' }));
    await checkSheet(user);
    await user.click(screen.getByRole('button', { name: '状況列を追加' }));
    await screen.findByText('進捗率と状況の列を追加しました（4 セル）。');
    expect(engine.settingsSeen.at(-1)?.statusFormulas).toBe('kusei');
  });

  it('asks before overwriting, listing the cells, and overwrites only when told to', async () => {
    const gateway = new FakeGateway();
    gateway.conflictsFirst = [{ address: 'G5', text: 'メモ' }];
    const { user } = renderPane(gateway);
    await checkSheet(user);
    await user.click(screen.getByRole('button', { name: '状況列を追加' }));

    const dialog = await screen.findByRole('alertdialog', { name: '空でないセルがあります' });
    expect(dialog).toHaveTextContent('状況列を書き込む 1 個のセルに既に内容があります。上書きしますか？');
    expect(dialog).toHaveTextContent('G5: 「メモ」');
    await user.click(await within(dialog).findByRole('button', { name: '上書きする' }));

    await screen.findByText('進捗率と状況の列を追加しました（4 セル）。');
    expect(gateway.callsTo('writeStatusColumns').map(([, options]) => options)).toEqual([
      { overwrite: false },
      { overwrite: true },
    ]);
  });

  it('writes nothing more when the user cancels', async () => {
    const gateway = new FakeGateway();
    gateway.conflictsFirst = [{ address: 'G5', text: 'メモ' }];
    const { user } = renderPane(gateway);
    await checkSheet(user);
    await user.click(screen.getByRole('button', { name: '状況列を追加' }));
    await user.click(await within(await screen.findByRole('alertdialog')).findByRole('button', { name: 'キャンセル' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(gateway.callsTo('writeStatusColumns')).toHaveLength(1);
  });

  it('can put the columns into new columns right of everything instead of overwriting', async () => {
    const gateway = new FakeGateway();
    gateway.conflictsFirst = [{ address: 'G5', text: 'メモ' }];
    const { user, engine } = renderPane(gateway);
    await checkSheet(user);
    await user.click(screen.getByRole('button', { name: '状況列を追加' }));
    await user.click(
      await within(await screen.findByRole('alertdialog')).findByRole('button', { name: '表の右端に追加する' }),
    );

    await screen.findByText('進捗率と状況の列を追加しました（4 セル）。');
    // Right of the table by default (issue 14 §2: never over a mapped field), then new columns.
    expect(engine.placements).toEqual(['afterTable', 'newColumns']);
    expect(
      gateway
        .callsTo('writeStatusColumns')
        .map(([plan, options]) => [(plan as { progress: { column: string } }).progress.column, options]),
    ).toEqual([
      ['G', { overwrite: false }],
      ['I', { overwrite: false }],
    ]);
  });
});

describe('Insert a template (テンプレートを挿入)', () => {
  it('inserts the chosen ward’s template and names the new sheet', async () => {
    const { user, gateway } = renderPane();
    await user.selectOptions(screen.getByLabelText('区'), '福島区');
    await user.click(screen.getByRole('button', { name: 'テンプレートを挿入' }));
    await screen.findByText('シート「福島区 (2)」を挿入しました。');
    expect(gateway.callsTo('insertTemplate').map(([template]) => (template as { name: string }).name)).toEqual([
      '福島区',
    ]);
  });
});

describe('Long findings lists', () => {
  it('shows 200 findings per group at first and the rest on request', async () => {
    const engine = new FakeEngine();
    engine.findings = Array.from({ length: 450 }, (_, i) =>
      finding({ code: 'value.notNumber', severity: 'error', cell: `F${i + 2}`, params: { text: `行 ${i + 2}` } }),
    );
    const { user } = renderPane(new FakeGateway(), engine);
    await checkSheet(user);
    // Counted with selectors, not role queries: computing roles over hundreds of buttons is slow in jsdom.
    const shown = () => document.querySelectorAll('section[aria-labelledby="findings-error"] li').length;
    expect(screen.getByText('エラー (450)')).toBeInTheDocument();
    expect(shown()).toBe(200);
    await user.click(screen.getByText('さらに 200 件を表示（残り 250 件）'));
    expect(shown()).toBe(400);
    await user.click(screen.getByText('さらに 50 件を表示（残り 50 件）'));
    expect(shown()).toBe(450);
    expect(screen.queryByText(/さらに/)).not.toBeInTheDocument();
  });
});

describe('Findings and the message table (it comes with the core chunk, not in the first download)', () => {
  it('shows a check only once the renderer has come, and never a finding as its raw code', async () => {
    const engine = new FakeEngine();
    const release = engine.holdMessages();
    const { user } = renderPane(new FakeGateway(), engine);
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(document.body.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    await user.click(screen.getByRole('button', { name: 'このシートを検証' }));
    await waitFor(() => expect(engine.checks).toHaveLength(1));
    expect(screen.queryByTestId('layout-summary')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^指摘/ })).not.toBeInTheDocument();

    release();
    expect(await screen.findByRole('button', { name: /「三点」を数値として読めません/ })).toBeInTheDocument();
    observer.takeRecords();
    observer.disconnect();
    texts.push(document.body.textContent ?? '');
    // The codes of the fake's findings (fakes.ts), none of which may ever be on the page as such.
    const codes = ['value.notNumber', 'cell.required', 'target.noDirection', 'sheet.empty'];
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.filter((text) => codes.some((code) => text.includes(code)))).toEqual([]);
  });

  it('asks for the renderer with each check, so a workbook without findings still needs nothing else', async () => {
    const engine = new FakeEngine();
    engine.findings = [];
    const { user } = renderPane(new FakeGateway(), engine);
    expect(engine.messageLoads).toBe(0);
    await checkSheet(user);
    expect(screen.getByText('指摘はありません。')).toBeInTheDocument();
    expect(engine.messageLoads).toBe(1);
  });
});
