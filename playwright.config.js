// Browser end-to-end tests of the release build (dist/), in Debian's Chromium.
// Run through `cargo xtask test e2e`, which builds dist/ first.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.DAYARLYQ_TEST_PORT || 8081);
// The release build to test: dist/ unless DAYARLYQ_DIST names another (parallel work).
const DIST = process.env.DAYARLYQ_DIST || 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/e2e-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
