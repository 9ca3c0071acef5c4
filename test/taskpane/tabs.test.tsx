import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { panelId, tabId, Tabs } from '../../src/taskpane/components/Tabs';

type Id = 'check' | 'consolidate' | 'settings';
const TABS = [
  { value: 'check', label: '検証' },
  { value: 'consolidate', label: 'ワークブックを統合' },
  { value: 'settings', label: '設定' },
] as const;

function Harness() {
  const [selected, setSelected] = useState<Id>('check');
  return (
    <FluentProvider theme={webLightTheme}>
      <Tabs id="pane" tabs={TABS} selected={selected} onSelect={setSelected} />
      <div role="tabpanel" id={panelId('pane')} aria-labelledby={tabId('pane', selected)}>
        {selected}
      </div>
    </FluentProvider>
  );
}

/** The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) the pane's tabs follow. */
describe('the pane’s tabs (Fluent UI v9 TabList)', () => {
  it('are tabs of one tab list, the selected one named by its panel', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist')).toBeInTheDocument();
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    for (const name of ['検証', 'ワークブックを統合', '設定'])
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '検証' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '設定' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tab', { name: '設定' })).toHaveAttribute('aria-controls', 'pane-panel');
    expect(screen.getByRole('tabpanel', { name: '検証' })).toHaveTextContent('check');
  });

  it('selects a tab on click', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('tab', { name: '設定' }));
    expect(screen.getByRole('tab', { name: '設定' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: '設定' })).toHaveTextContent('settings');
  });

  it('selects the tab that keyboard focus lands on (automatic activation)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    act(() => screen.getByRole('tab', { name: 'ワークブックを統合' }).focus());
    expect(screen.getByRole('tab', { name: 'ワークブックを統合' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '検証' })).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tabpanel', { name: 'ワークブックを統合' })).toHaveTextContent('consolidate');
  });
});
