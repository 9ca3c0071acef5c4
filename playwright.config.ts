import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the production task pane in standalone mode (no Excel here), in Debian's
 * Chromium. Run `npx webpack --mode production` first: the web server serves dist/ as built.
 */
const PORT = 3100;
/** The build to serve (KUSEI_DIST lets a developer test another build directory). */
const DIST = process.env.KUSEI_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output folder at start: keep it apart from jest's report in test-results/.
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  // The JSON report is what .ci/run counts (scripts/count-results.mjs).
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/taskpane.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
