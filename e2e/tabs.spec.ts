import { expect, test } from '@playwright/test';
import { recordRequests } from './pane';

/**
 * The pane's tabs (Fluent UI v9 TabList) in a real browser: the WAI-ARIA tabs pattern with automatic
 * activation (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab in the Tab order; the arrow
 * keys move to the next or previous tab (wrapping round) and select it; Home and End go to the first
 * and the last.
 */
test('the tabs follow the keyboard: arrows (wrapping), Home and End move and select', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  const tab = (name: string) => page.getByRole('tab', { name });
  // The pane's tabs, in order (src/taskpane/i18n.ts).
  const [first, second, last] = ['検証', '設定', 'ワークブックを統合'] as const;
  await expect(page.getByRole('tab')).toHaveCount(3);

  await tab(first).click();
  await expect(tab(first)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab(second)).toBeFocused();
  await expect(tab(second)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: second })).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tab(last)).toBeFocused();
  await expect(tab(last)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Home');
  await expect(tab(first)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tab(last)).toHaveAttribute('aria-selected', 'true');
});
