// Big inputs: a 50 MB file still works (in the worker, with progress), a running analysis can
// be cancelled, and the main-thread fallback works where workers are unavailable.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, waitForEngine, pasteText } from '../lib/browser.mjs';
import { FIXTURES, cliReport } from '../lib/expected.mjs';
import { openSite } from '../lib/site.mjs';
import { indicatorTotal, outlineCount, renderedAfter, selectedText, clickRow } from '../lib/page.mjs';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'reportlens-big-'));

/** A report of at least `bytes` bytes: the fixtures repeated. */
function bigFile(bytes) {
  const corpus = FIXTURES.map((f) => readFileSync(f, 'utf8')).join('\n');
  const path = join(dir, `big-${bytes}.txt`);
  writeFileSync(path, corpus.repeat(Math.ceil(bytes / Buffer.byteLength(corpus))));
  return path;
}

describe('big inputs (file://)', () => {
  let browser, site, page, errors;
  const big = bigFile(50 * MB);

  before(async () => {
    site = await openSite('file');
    browser = await launch();
    ({ page, errors } = await openPage(browser.context));
    await page.goto(site.url);
    await waitForEngine(page);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a 50 MB file is analysed in the worker, with progress, and stays usable', async () => {
    const want = cliReport(big);
    let sawBusy = false;
    const detail = await renderedAfter(page, async () => {
      await page.setInputFiles('#file', big);
      sawBusy = await page.waitForSelector('#busy:not([hidden])', { timeout: 10000 }).then(() => true, () => false);
    });
    assert.ok(sawBusy, 'progress was shown');
    assert.equal(detail.indicators, want.indicators.length);
    assert.equal(await indicatorTotal(page), want.indicators.length);
    assert.equal(await outlineCount(page), want.sections.length);
    // Not put into the editor (too big), but shown and highlighted in the source pane.
    assert.equal(await page.inputValue('#input'), '');
    const last = want.indicators.length - 1;
    await clickRow(page, last);
    assert.equal(await selectedText(page), want.indicators[last].text);
    console.log(`# 50 MB: analysis ${Math.round(detail.analysisMs)} ms, round trip ${Math.round(detail.roundTripMs)} ms, render ${Math.round(detail.renderMs)} ms`);
  });

  it('cancel stops a running analysis and the next one works', async () => {
    await page.setInputFiles('#file', big);
    await page.waitForSelector('#busy:not([hidden])', { timeout: 10000 });
    // Wait until the worker has the bytes (the analysing state), then cancel.
    await page.waitForFunction(() => /分析/.test(document.getElementById('busy-label').textContent));
    await page.click('#cancel');
    await page.waitForFunction(() => /已取消/.test(document.getElementById('message').textContent));
    assert.equal(await page.isVisible('#busy'), false);
    const want = cliReport(FIXTURES[0]);
    const detail = await pasteText(page, readFileSync(FIXTURES[0], 'utf8'));
    assert.equal(detail.indicators, want.indicators.length);
    assert.equal(await page.evaluate(() => document.body.dataset.engine), 'worker');
    assert.deepEqual(errors, []);
  });
});

describe('main-thread fallback', () => {
  it('works where Worker is unavailable', async () => {
    const site = await openSite('file');
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser.context);
      await page.addInitScript(() => { delete window.Worker; });
      await page.goto(site.url);
      assert.equal(await waitForEngine(page), 'main');
      const want = cliReport(FIXTURES[2]);
      const detail = await pasteText(page, readFileSync(FIXTURES[2], 'utf8'));
      assert.equal(detail.indicators, want.indicators.length);
      assert.equal(await outlineCount(page), want.sections.length);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
