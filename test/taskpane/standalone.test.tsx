import '@testing-library/jest-dom';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/taskpane/components/Pane';
import type { StandaloneWorkbook } from '../../src/taskpane/standalone/types';
import { FakeEngine, FakeGateway, SHEET } from './fakes';

function fakeWorkbook(gateway: FakeGateway, downloads: string[]): StandaloneWorkbook {
  return {
    fileName: '此花区.xlsx',
    gateway,
    sheetNames: () => ['進捗'],
    activeSheet: () => '進捗',
    setActiveSheet: () => undefined,
    sheet: () => SHEET,
    download: () => {
      downloads.push('此花区_KUSEI.xlsx');
      return Promise.resolve({ blob: new Blob(['xlsx']), fileName: '此花区_KUSEI.xlsx' });
    },
  };
}

function renderStandalone() {
  const gateway = new FakeGateway('standalone');
  const downloads: string[] = [];
  const opened: string[] = [];
  const user = userEvent.setup();
  render(
    <Pane
      lang="ja"
      engine={new FakeEngine()}
      host={{
        kind: 'standalone',
        reason: 'noOfficeJs',
        openFile: (file) => {
          opened.push(file.name);
          return Promise.resolve(fakeWorkbook(gateway, downloads));
        },
      }}
    />,
  );
  return { user, gateway, downloads, opened };
}

async function openFile(user: ReturnType<typeof userEvent.setup>) {
  const file = new File(['PK'], '此花区.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await user.upload(screen.getByTestId('file-input'), file);
  await screen.findByTestId('layout-summary');
}

describe('Standalone mode (no Office)', () => {
  it('says why it is standalone and offers to open a file, nothing else yet', () => {
    renderStandalone();
    expect(screen.getByText('ブラウザ単独モード')).toBeInTheDocument();
    expect(screen.getByText(/office\.js を読み込めなかったため/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '.xlsx ファイルを開く' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'このシートを検証' })).not.toBeInTheDocument();
  });

  /** A pane whose every file fails to open as damaged (files.json's FILE_CORRUPT), one file chosen. */
  async function openDamaged(lang: 'ja' | 'en', engine: FakeEngine) {
    const user = userEvent.setup();
    render(
      <Pane
        lang={lang}
        engine={engine}
        host={{
          kind: 'standalone',
          reason: 'noHost',
          openFile: () => Promise.resolve({ code: 'FILE_CORRUPT', params: { file: 'x.xlsx' } }),
        }}
      />,
    );
    await user.upload(screen.getByTestId('file-input'), new File(['x'], 'x.xlsx'));
  }

  it('shows why a file could not be opened, in the pane’s language', async () => {
    await openDamaged('en', new FakeEngine());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'File "x.xlsx" cannot be read (damaged or incompletely saved). Open it in Excel and save it again.',
    );
    expect(screen.queryByTestId('layout-summary')).not.toBeInTheDocument();
  });

  it('says why a file could not be opened only once the message table has come, never as a code', async () => {
    const engine = new FakeEngine();
    const release = engine.holdMessages();
    await openDamaged('ja', engine);
    await waitFor(() => expect(engine.messageLoads).toBe(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('FILE_CORRUPT');

    release();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'ファイル「x.xlsx」を読めません(壊れているか、途中までしか保存されていません)。Excelで開いて保存し直してください。',
    );
    expect(document.body).not.toHaveTextContent('FILE_CORRUPT');
  });

  it('checks an opened file at once and shows its cells as text with findings tinted', async () => {
    const { user, gateway, opened } = renderStandalone();
    await openFile(user);

    expect(opened).toEqual(['此花区.xlsx']);
    expect(gateway.callsTo('readActiveSheet')).toHaveLength(1);
    expect(screen.getByText('開いているファイル: 此花区.xlsx')).toBeInTheDocument();
    const grid = screen.getByTestId('sheet-grid');
    const cell = grid.querySelector('td[data-address="F5"]');
    // Cell text is shown as text: markup in a cell is never interpreted.
    expect(cell?.textContent).toBe('<b>20.8%</b>');
    expect(cell?.querySelector('b')).toBeNull();
    expect(grid.querySelector('td[data-address="F6"]')).toHaveAttribute('data-severity', 'error');
    expect(grid.querySelector('td[data-address="E5"]')).toHaveAttribute('data-severity', 'warning');
    expect(grid.querySelector('td[data-address="A5"]')).not.toHaveAttribute('data-severity');
  });

  it('highlights the cell of the finding the user selects', async () => {
    const { user, gateway } = renderStandalone();
    await openFile(user);
    await user.click(screen.getByRole('button', { name: /三点/ }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-grid').querySelector('td[data-address="F6"]')).toHaveAttribute(
        'data-selected',
        'true',
      ),
    );
    expect(gateway.callsTo('selectCell')).toEqual([['進捗', 'F6']]);
  });

  it('downloads the workbook under a new name', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (created.push(blob), 'blob:kusei'),
      revokeObjectURL: () => undefined,
    });
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    const { user, downloads } = renderStandalone();
    await openFile(user);

    await user.click(screen.getByRole('button', { name: '状況列を追加したブックをダウンロード' }));

    await waitFor(() => expect(clicks).toEqual(['此花区_KUSEI.xlsx']));
    expect(downloads).toHaveLength(1);
    expect(created).toHaveLength(1);
    click.mockRestore();
  });
});

describe('Progress indicator', () => {
  it('appears only once work has taken half a second', async () => {
    jest.useFakeTimers();
    try {
      const gateway = new FakeGateway();
      let finish: () => void = () => undefined;
      gateway.readActiveSheet = () =>
        new Promise((resolve) => {
          finish = () => resolve(SHEET);
        });
      render(<Pane lang="ja" engine={new FakeEngine()} host={{ kind: 'excel', gateway }} />);
      await act(async () => {
        await Promise.resolve();
      });
      await act(async () => {
        screen.getByRole('button', { name: 'このシートを検証' }).click();
        await Promise.resolve();
      });
      expect(screen.queryByText('処理中…')).not.toBeInTheDocument();
      act(() => {
        jest.advanceTimersByTime(499);
      });
      expect(screen.queryByText('処理中…')).not.toBeInTheDocument();
      act(() => {
        jest.advanceTimersByTime(1);
      });
      expect(screen.getByText('処理中…')).toBeInTheDocument();
      await act(async () => {
        finish();
        await Promise.resolve();
      });
      await waitFor(() => expect(screen.queryByText('処理中…')).not.toBeInTheDocument());
    } finally {
      jest.useRealTimers();
    }
  });
});
