// Launches Debian's chromium through playwright-core (never a downloaded browser) with the
// flags this machine needs, and records what a page does: console errors, page errors and
// every network request, so tests can assert "no errors" and "no requests but our own".
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags: root needs no sandbox; no background traffic (the machine's network is closed).
 * playwright adds --headless itself (headless: true) and a fresh --user-data-dir here. */
export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Starts chromium with a fresh profile directory.
 * @param {string[]} [extraArgs] more command-line flags (the benchmark's)
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
export async function launch(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'reportlens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...extraArgs],
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page and records its console errors, page errors and requests.
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<{page: import('playwright-core').Page, errors: string[], requests: string[]}>}
 */
export async function openPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__rendered = [];
    document.addEventListener('reportlens:rendered', (e) => window.__rendered.push(e.detail));
  });
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  page.on('worker', (worker) => {
    worker.on('console', (msg) => { if (msg.type() === 'error') errors.push(`worker console: ${msg.text()}`); });
  });
  return { page, errors, requests };
}

/**
 * Waits until the page finished loading its engine (worker or main thread).
 * @param {import('playwright-core').Page} page
 */
export async function waitForEngine(page) {
  await page.waitForFunction(() => document.body.dataset.engine, null, { timeout: 30000 });
  const engine = await page.evaluate(() => document.body.dataset.engine);
  if (engine === 'failed') throw new Error('engine failed: ' + (await page.textContent('#message')));
  return engine;
}

/** The page keeps pastes longer than this out of its editor (app.js EDITOR_LIMIT_CHARS). */
export const EDITOR_LIMIT_CHARS = 300000;

/**
 * Pastes text the way a user's paste reaches the page: short text lands in the editor (the
 * browser's default action: value changes, then an insertFromPaste input event); long text is
 * a paste event whose clipboard data the page reads itself (synthetic paste events have no
 * default action, so this is exact for the long case only). Runs in the page.
 * @param {string} value
 */
export function pasteInPage(value) {
  const input = document.getElementById('input');
  input.focus();
  if (value.length > 300000) {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } else {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }
}

/**
 * Puts text into the editor as a paste does, and waits for its rendered result.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 * @returns {Promise<object>} the `reportlens:rendered` event detail
 */
export async function pasteText(page, text) {
  const before = await page.evaluate(() => window.__rendered.length);
  await page.evaluate(`(${pasteInPage})(${JSON.stringify(text)})`);
  await page.waitForFunction((n) => window.__rendered.length > n, before, { timeout: 120000 });
  return page.evaluate(() => window.__rendered[window.__rendered.length - 1]);
}
