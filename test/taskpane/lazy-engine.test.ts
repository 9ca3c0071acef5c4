import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { coreEngine } from '../../src/taskpane/core-engine';
import type { Engine } from '../../src/taskpane/engine';
import { lazyEngine } from '../../src/taskpane/lazy-engine';
import { SHEET } from './fakes';

describe('lazyEngine: the core and its message table, loaded once on first use', () => {
  function counted(): { engine: Engine; loads: () => number } {
    let loads = 0;
    const engine = lazyEngine(() => {
      loads += 1;
      return Promise.resolve(coreEngine);
    });
    return { engine, loads: () => loads };
  }

  it('loads nothing until asked', () => {
    const { engine, loads } = counted();
    expect(engine.wards).toContain('此花区');
    expect(loads()).toBe(0);
  });

  it('gives the renderer and the check from one load, asked for together', async () => {
    const { engine, loads } = counted();
    const [check, render] = await Promise.all([engine.check(SHEET, DEFAULT_SETTINGS, undefined), engine.messages()]);
    await engine.messages();
    expect(loads()).toBe(1);
    expect(check.view.sheet).toBe('進捗');
    // findings.json's sheet.empty, in both languages.
    expect(render({ code: 'sheet.empty', params: { sheet: '進捗' } }, 'ja')).toBe(
      'シート「進捗」は空です。読み取る内容はありません。',
    );
    expect(render({ code: 'sheet.empty', params: { sheet: '進捗' } }, 'en')).toBe(
      'Sheet "進捗" is empty; there is nothing to read.',
    );
  });
});
