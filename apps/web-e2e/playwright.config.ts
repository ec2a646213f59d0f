import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

/**
 * The launcher builds the web app and starts the real API and worker, which serve it on 3100;
 * E2E_BASE_URL points the suite at an environment that is already running instead.
 */
const baseURL = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';

export default defineConfig({
  ...nxE2EPreset(__filename, { testDir: './src' }),
  // One worker, no retries: the suite shares one API and database, and a flaky test should fail.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: join(workspaceRoot, 'tmp', 'test-results', 'e2e.json') },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node tools/dev/launch.mjs --e2e ${process.env['E2E_LAUNCH_FLAGS'] ?? ''}`,
    url: baseURL + '/api/health',
    reuseExistingServer: false,
    timeout: 180_000,
    cwd: workspaceRoot,
    stdout: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // Debian's chromium; Playwright's own browser downloads are not used.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
