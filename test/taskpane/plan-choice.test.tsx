import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { functionSettings, resetFunctionSettings } from '../../src/functions/settings';
import { Pane } from '../../src/taskpane/components/Pane';
import type { TemplateSheet } from '../../src/workbook/gateway';
import { FakeEngine, FakeGateway } from './fakes';

/**
 * Issue 16 §2 and §5 in the pane: 設定 chooses the shipped policy or the workbook's 計画定義 sheet,
 * a sheet with mistakes shows its findings and is not offered, テンプレートを挿入 adds an empty 計画定義
 * sheet, and the custom functions get the chosen plan's year k of n. The sheets are written by hand
 * after the layout in docs/plans.md (a 令和6〜8年度 policy, so 令和7年度 is year 2 of 3).
 */
function planSheet(first: string, last: string): SheetSnapshot {
  const rows: CellValue[][] = [
    ['計画定義', '（A列の見出しはそのままに、B列を書き換えてください）'],
    ['計画ID', 'policy-r6'],
    ['計画名', '区政運営基本方針（令和6〜8年度）'],
    ['初年度', first],
    ['最終年度', last],
    ['判定ルール', 'kusei-2015'],
    ['対象区', '全区'],
    [],
    ['指標番号', '指標名', '目標値', '単位', '集計区分', '経営課題'],
    ['1-1-ア', 'つながりづくり', 'R8年度までに50%以上', '%', '区ごと', null],
  ];
  return {
    name: '計画定義',
    origin: 'A1',
    values: rows.map((row) => [...row, ...Array<null>(6 - row.length).fill(null)]),
  };
}

function renderPane(gateway: FakeGateway, engine = new FakeEngine()) {
  const user = userEvent.setup();
  render(<Pane lang="ja" engine={engine} host={{ kind: 'excel', gateway }} />);
  return user;
}

async function openSettings(user: ReturnType<typeof userEvent.setup>, gateway: FakeGateway) {
  await waitFor(() => expect(gateway.callsTo('readSheet')).toHaveLength(1));
  await user.click(screen.getByRole('tab', { name: '設定' }));
  await waitFor(() => expect(gateway.callsTo('readSheet')).toHaveLength(2));
  return screen.findByRole('combobox', { name: '計画' });
}

beforeEach(() => resetFunctionSettings());

describe('設定: the plan', () => {
  it("chooses the workbook's 計画定義 sheet: its period is saved, and the functions judge year 2 of 3", async () => {
    const gateway = new FakeGateway();
    gateway.planSheet = planSheet('令和6年度', '令和8年度');
    const user = renderPane(gateway);

    const plan = await openSettings(user, gateway);
    await user.selectOptions(plan, 'このブックの計画定義シート');
    expect(screen.getByTestId('plan-period')).toHaveTextContent('令和6年度〜令和8年度（3 年）');
    expect(screen.queryByLabelText('計画の開始年度')).not.toBeInTheDocument();
    const report = screen.getByLabelText('報告年度');
    await user.clear(report);
    await user.type(report, '2025');
    await user.click(screen.getByRole('button', { name: '設定を保存' }));

    await screen.findByText('設定をブックに保存しました。');
    expect(gateway.callsTo('saveChoices')).toEqual([
      [
        {
          settings: {
            planStartYear: 2024,
            planYears: 3,
            reportYear: 2025,
            ambiguousIncrease: 'points',
            catalogueId: 'fy2015-2017',
            statusFormulas: 'excel',
            planSource: 'sheet',
          },
          mappings: {},
        },
      ],
    ]);
    expect(functionSettings().planPeriod).toEqual({ year: 2, years: 3 });
    expect(gateway.callsTo('recalculate')).toHaveLength(1);
  });

  it('keeps the shipped policy: FY2016 is year 2 of 3 for the functions too', async () => {
    const gateway = new FakeGateway();
    const user = renderPane(gateway);
    await openSettings(user, gateway);
    expect(screen.getByText(/このブックには計画定義シートがありません/)).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'このブックの計画定義シート' })).not.toBeInTheDocument();
    const report = screen.getByLabelText('報告年度');
    await user.clear(report);
    await user.type(report, '2016');
    await user.click(screen.getByRole('button', { name: '設定を保存' }));
    await screen.findByText('設定をブックに保存しました。');
    expect(functionSettings().planPeriod).toEqual({ year: 2, years: 3 });
  });

  it('shows the findings of a 計画定義 sheet with mistakes and does not offer it', async () => {
    const gateway = new FakeGateway();
    // docs/plans.md: the last year before the first is an error at its cell.
    gateway.planSheet = planSheet('令和8年度', '令和6年度');
    const user = renderPane(gateway);
    await openSettings(user, gateway);

    const group = screen.getByRole('group', { name: /計画定義シートに誤りがあるため/ });
    expect(within(group).getByText(/B5/)).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'このブックの計画定義シート' })).not.toBeInTheDocument();
  });

  it("shows a 計画定義 sheet's findings only with the message table; a sound sheet does not ask for it", async () => {
    const engine = new FakeEngine();
    const release = engine.holdMessages();
    const gateway = new FakeGateway();
    gateway.planSheet = planSheet('令和8年度', '令和6年度');
    const user = renderPane(gateway, engine);
    await openSettings(user, gateway);
    expect(engine.messageLoads).toBeGreaterThan(0);
    expect(screen.queryByRole('group', { name: /計画定義シートに誤りがあるため/ })).not.toBeInTheDocument();

    release();
    const group = await screen.findByRole('group', { name: /計画定義シートに誤りがあるため/ });
    expect(within(group).getByText(/B5/)).toBeInTheDocument();

    const sound = new FakeEngine();
    const other = new FakeGateway();
    other.planSheet = planSheet('令和6年度', '令和8年度');
    renderPane(other, sound);
    await waitFor(() => expect(other.callsTo('readSheet')).toHaveLength(1));
    expect(sound.messageLoads).toBe(0);
  });

  it('follows a plan chosen earlier as soon as the workbook opens (functions set, cells recalculated)', async () => {
    const gateway = new FakeGateway();
    gateway.planSheet = planSheet('令和6年度', '令和8年度');
    gateway.choices = {
      settings: { ...DEFAULT_SETTINGS, planStartYear: 2024, planYears: 3, reportYear: 2026, planSource: 'sheet' },
      mappings: {},
    };
    renderPane(gateway);
    await waitFor(() => expect(gateway.callsTo('recalculate')).toHaveLength(1));
    expect(functionSettings().planPeriod).toEqual({ year: 3, years: 3 });
  });
});

describe('テンプレートを挿入: an empty 計画定義 sheet', () => {
  it('inserts the empty definition under a free name and says which', async () => {
    const gateway = new FakeGateway();
    const user = renderPane(gateway);
    await user.click(await screen.findByRole('button', { name: '計画定義シートを挿入' }));

    // The fake gateway answers as when a sheet named 計画定義 exists already.
    await screen.findByText('シート「計画定義 (2)」を挿入しました。');
    const [[template]] = gateway.callsTo('insertTemplate') as [[TemplateSheet]];
    expect(template.name).toBe('計画定義');
    expect(template.rows.map((row) => row[0])).toEqual([
      '計画定義',
      '計画ID',
      '計画名',
      '初年度',
      '最終年度',
      '判定ルール',
      '対象区',
      undefined,
      '指標番号',
      '1-1-ア',
    ]);
    expect(template.headerRow).toBe(9);
    expect(template.styles).toEqual([]);
  });
});
