import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shared steps of the standalone end-to-end tests. */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
export const SCREENSHOTS = join(__dirname, '..', 'docs', 'screenshots');

export interface Expected {
  readonly layout: string;
  readonly records: number;
  readonly findings: readonly { readonly code: string; readonly cell: string }[];
}

export function expected(fixture: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, `${fixture}.expected.json`), 'utf8')) as Expected;
}

/**
 * Every request the page makes, so a test can prove the pane talks to nobody but its own origin.
 * office.js from Microsoft's CDN is the one exception: the page asks for it (published add-ins
 * must), and here, offline, the request is aborted as a real offline browser would see it.
 */
export async function recordRequests(page: Page): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  return urls;
}

/** Uncaught errors in the page (the pane's bundle and the custom functions' share one page). */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}

export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'),
  );
}

export async function openFixture(page: Page, fixture: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(join(FIXTURES, `${fixture}.xlsx`));
  await expect(page.getByTestId('layout-summary')).toBeVisible();
}

/** Findings shown in the pane: [severity, code, cell]. */
export async function shownFindings(page: Page): Promise<string[][]> {
  return page
    .locator('button[data-code]')
    .evaluateAll((buttons) =>
      buttons.map((button) => [
        button.getAttribute('data-severity') ?? '',
        button.getAttribute('data-code') ?? '',
        button.getAttribute('data-cell') ?? '',
      ]),
    );
}

/**
 * axe's serious and critical violations. Tabster's focus-redirect bumpers (`<i data-tabster-dummy
 * aria-hidden tabindex=0>`, added by Fluent's TabList and Dialog) are left out: focusing one moves
 * focus on at once, and they are a documented false positive of aria-hidden-focus (microsoft/tabster
 * #288, microsoft/fluentui #25133). Everything else on the page is scanned.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
