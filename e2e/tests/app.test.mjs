// The page against the native CLI, in both forms: served over http and the offline single
// file from file://. Each fixture is pasted and must give the CLI's outline and indicator
// counts; selection, filters, exports, drops, safety and "no network" are checked on top.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { launch, openPage, waitForEngine, pasteText } from '../lib/browser.mjs';
import { FIXTURES, ROOT, cliReport, cliReportFor } from '../lib/expected.mjs';
import { MODES, openSite } from '../lib/site.mjs';
import { outlineCount, rowCount, indicatorTotal, selectedText, selectedRow, clickRow, renderedAfter, editorTextAfterPaint } from '../lib/page.mjs';

const ARTIFACTS = join(ROOT, 'e2e/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const expected = new Map(FIXTURES.map((f) => [f, cliReport(f)]));
const text = (f) => readFileSync(f, 'utf8');
const BIGGEST = FIXTURES.reduce((a, b) => (text(a).length >= text(b).length ? a : b));

for (const mode of MODES) {
  describe(`page (${mode})`, () => {
    let browser, site, page, errors, requests;

    before(async () => {
      site = await openSite(mode);
      browser = await launch();
      ({ page, errors, requests } = await openPage(browser.context));
      await page.goto(site.url);
      await waitForEngine(page);
    });

    after(async () => {
      await browser?.close();
      await site?.close();
    });

    it('starts with a hint, its engine in a worker, and no errors', async () => {
      assert.equal(await page.evaluate(() => document.body.dataset.engine), 'worker');
      assert.match(await page.textContent('#message'), /粘贴/);
      assert.equal(await page.isVisible('#results'), false);
      assert.deepEqual(errors, []);
    });

    for (const fixture of FIXTURES) {
      it(`pasting ${basename(fixture)} shows the CLI's outline and indicator counts`, async () => {
        const want = expected.get(fixture);
        const detail = await pasteText(page, text(fixture));
        assert.equal(detail.sections, want.sections.length);
        assert.equal(await outlineCount(page), want.sections.length);
        assert.equal(await indicatorTotal(page), want.indicators.length);
        assert.equal(await rowCount(page), want.indicators.length);
        if (want.meta.title) assert.equal(await page.textContent('#meta .field-title dd'), want.meta.title);
        assert.equal(await page.locator('#tasks tbody tr').count(), want.tasks.length);
      });
    }

    it('keeps a screenshot of a loaded report (artifact)', async () => {
      await pasteText(page, text(BIGGEST));
      await page.screenshot({ path: join(ARTIFACTS, `${mode}-loaded.png`) });
    });

    it('clicking a row highlights exactly that indicator in the source, and scrolls to it', async () => {
      const want = expected.get(BIGGEST);
      await pasteText(page, text(BIGGEST));
      const n = want.indicators.length;
      assert.ok(n > 2);
      for (const i of [0, Math.floor(n / 2), n - 1]) {
        await clickRow(page, i);
        assert.equal(await selectedText(page), want.indicators[i].text, `indicator ${i}`);
        assert.equal(await selectedRow(page), i);
        const visible = await page.$eval('#source mark.selected', (m) => {
          const r = m.getBoundingClientRect();
          const c = document.getElementById('source').getBoundingClientRect();
          return r.top >= c.top && r.bottom <= c.bottom;
        });
        assert.ok(visible, `highlight ${i} scrolled into view`);
      }
    });

    it('spans stay right after an emoji (UTF-16 offsets)', async () => {
      const source = '😀📈 报告 🎉\n' + text(BIGGEST);
      const { report: want } = cliReportFor('emoji.txt', source);
      assert.equal(want.indicators.length, expected.get(BIGGEST).indicators.length);
      await pasteText(page, source);
      const n = want.indicators.length;
      for (const i of [0, n - 1]) {
        await clickRow(page, i);
        assert.equal(await selectedText(page), want.indicators[i].text);
        assert.equal(source.slice(want.indicators[i].start, want.indicators[i].end), want.indicators[i].text);
      }
    });

    it('clicking a highlight selects its row', async () => {
      await pasteText(page, text(BIGGEST));
      const mark = page.locator('#source mark[data-i]').nth(3);
      const i = Number(await mark.getAttribute('data-i'));
      await mark.click();
      assert.equal(await selectedRow(page), i);
      assert.equal(await page.getAttribute(`#indicators tr[data-i="${i}"]`, 'aria-selected'), 'true');
    });

    it('arrow keys move the selection through the table', async () => {
      const want = expected.get(BIGGEST);
      await pasteText(page, text(BIGGEST));
      await clickRow(page, 0);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert.equal(await selectedRow(page), 2);
      assert.equal(await selectedText(page), want.indicators[2].text);
    });

    it('filters by role, status, section and search change the rows', async () => {
      const want = expected.get(BIGGEST);
      await pasteText(page, text(BIGGEST));
      const count = (pred) => want.indicators.filter(pred).length;
      const roles = [...new Set(want.indicators.map((i) => i.role))];
      for (const role of roles) {
        await page.selectOption('#filter-role', role);
        assert.equal(await rowCount(page), count((i) => i.role === role), role);
      }
      await page.selectOption('#filter-role', '');
      for (const status of ['actual', 'expected', 'target']) {
        await page.selectOption('#filter-status', status);
        assert.equal(await rowCount(page), count((i) => i.status === status), status);
      }
      await page.selectOption('#filter-status', '');
      if (want.sections.length) {
        const within = (sec, target) => {
          for (; sec !== null && sec !== undefined; sec = want.sections[sec].parent) if (sec === target) return true;
          return false;
        };
        const top = want.sections.findIndex((s) => s.parent === null);
        await page.selectOption('#filter-section', String(top));
        assert.equal(await rowCount(page), count((i) => within(i.section, top)));
        await page.selectOption('#filter-section', '');
      }
      // Search matches the name, the figure as written and the section title.
      const named = want.indicators.find((i) => i.name);
      if (named) {
        const query = named.name;
        const title = (s) => (s === null ? '' : want.sections[s].label + want.sections[s].title);
        const hits = count((i) => `${i.name || ''}\u0000${i.text}\u0000${title(i.section)}`.includes(query));
        await page.fill('#search', query);
        await page.waitForFunction((n) => Number(document.getElementById('indicators').getAttribute('aria-rowcount')) - 1 === n, hits);
        await page.fill('#search', '');
        await page.waitForFunction((n) => Number(document.getElementById('indicators').getAttribute('aria-rowcount')) - 1 === n, want.indicators.length);
      }
    });

    it('sorting by value orders the rows', async () => {
      await pasteText(page, text(BIGGEST));
      await page.click('#indicators th.col-value button');
      const values = await page.$$eval('#indicators tbody tr[data-i] td.col-value', (tds) => tds.map((td) => td.textContent));
      const numbers = values.filter((v) => v !== '' && !Number.isNaN(Number(v))).map(Number);
      assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
      await page.click('#indicators th.col-index button'); // back to document order
    });

    it('exports CSV (UTF-8 with BOM) with one line per shown row', async () => {
      const want = expected.get(BIGGEST);
      await pasteText(page, text(BIGGEST));
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      const body = readFileSync(await download.path());
      assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = body.toString('utf8').slice(1).trimEnd().split('\r\n');
      assert.equal(lines[0].split(',')[1], '名称');
      assert.equal(lines.length, want.indicators.length + 1);
      const first = want.indicators[0];
      assert.ok(lines[1].startsWith('1,'), lines[1]);
      assert.ok(lines[1].includes(first.text), lines[1]);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
      assert.equal(exported.indicators.length, want.indicators.length);
      assert.deepEqual(exported.sections, want.sections);
      const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
      assert.equal(readFileSync(await md.path(), 'utf8').trimEnd().split('\n').length, want.indicators.length + 2);
    });

    it('copies the shown rows as tab-separated text', async () => {
      const want = expected.get(BIGGEST);
      await pasteText(page, text(BIGGEST));
      await page.selectOption('#filter-status', 'target');
      const n = want.indicators.filter((i) => i.status === 'target').length;
      // Record what reaches the clipboard, whichever way the page writes it.
      await page.evaluate(() => {
        window.__copied = null;
        navigator.clipboard.writeText = async (t) => { window.__copied = t; };
      });
      await page.click('#copy-table');
      await page.waitForFunction(() => window.__copied !== null);
      const lines = (await page.evaluate(() => window.__copied)).trimEnd().split('\n');
      assert.equal(lines.length, n + 1);
      assert.equal(lines[0].split('\t')[1], '名称');
      assert.match(await page.textContent('#message'), new RegExp(`已复制 ${n} 行`));
      await page.selectOption('#filter-status', '');
    });

    it('renders an XSS payload as text and runs nothing', async () => {
      const payload = [
        '<img src=x onerror="window.__xss=1">关于<script>window.__xss=2</script>的报告',
        '一、<b onmouseover="window.__xss=3">总体情况</b>',
        '全年地区生产总值增长5%，<a href="javascript:window.__xss=4">点击</a> [链接](javascript:window.__xss=5)',
        '<svg onload="window.__xss=6"></svg><iframe src="javascript:window.__xss=7"></iframe>一般公共预算收入239.9亿元。',
      ].join('\n');
      await pasteText(page, payload);
      await page.click('#source');
      await page.hover('#source');
      assert.equal(await page.evaluate(() => window.__xss), undefined);
      assert.equal(await page.locator('#results img, #results script, #results svg, #results iframe, #results a, #results b').count(), 0);
      assert.ok((await page.textContent('#source')).includes('<img src=x onerror="window.__xss=1">'));
      assert.equal(await page.evaluate(() => window.__xss), undefined);
    });

    it('a dropped UTF-8 file and a dropped GBK file give the CLI counts', async () => {
      for (const [name, bytes] of [
        ['utf8.txt', Buffer.from(text(BIGGEST), 'utf8')],
        ['gbk.txt', iconv.encode(text(BIGGEST), 'gbk')],
      ]) {
        const { report: want } = cliReportFor(name, bytes);
        const detail = await renderedAfter(page, () =>
          page.locator('body').drop({ files: [{ name, mimeType: 'text/plain', buffer: bytes }] }));
        assert.equal(detail.indicators, want.indicators.length, name);
        assert.equal(await outlineCount(page), want.sections.length);
        assert.equal(await indicatorTotal(page), want.indicators.length);
        assert.match(await page.textContent('#status'), name === 'gbk.txt' ? /GBK/ : /UTF-8/);
        // The decoded text is shown and highlights land on the right characters.
        await clickRow(page, want.indicators.length - 1);
        assert.equal(await selectedText(page), want.indicators[want.indicators.length - 1].text);
      }
    });

    it('a dropped Word file, saved page and web archive give the CLI counts, highlights in their text', async () => {
      for (const [name, mimeType, status] of [
        ['002_numbered.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', /DOCX/],
        ['003_page_gb2312.html', 'text/html', /HTML, GBK/],
        ['002_page.mht', '', /HTML/],
      ]) {
        const path = join(ROOT, 'tests/fixtures/inputs', name);
        const want = cliReport(path);
        const buffer = readFileSync(path);
        const detail = await renderedAfter(page, () => page.locator('body').drop({ files: [{ name, mimeType, buffer }] }));
        assert.equal(detail.indicators, want.indicators.length, name);
        assert.equal(await outlineCount(page), want.sections.length, name);
        assert.match(await page.textContent('#status'), status, name);
        await clickRow(page, want.indicators.length - 1);
        assert.equal(await selectedText(page), want.indicators[want.indicators.length - 1].text, name);
      }
    });

    it('HTML-only clipboard content is pasted as its readable text', async () => {
      const path = join(ROOT, 'tests/fixtures/inputs/001_clipboard.html');
      const want = cliReport(path);
      const html = readFileSync(path, 'utf8');
      const detail = await renderedAfter(page, () => page.evaluate((value) => {
        const data = new DataTransfer();
        data.setData('text/html', value);
        const input = document.getElementById('input');
        input.focus();
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, html));
      assert.equal(detail.indicators, want.indicators.length);
      assert.equal(await outlineCount(page), want.sections.length);
      const shown = await page.inputValue('#input');
      assert.ok(!/<\/?(p|div|span|table)\b/i.test(shown), 'markup left in the editor');
    });

    it('a file from the picker is analysed too', async () => {
      const want = expected.get(FIXTURES[0]);
      const detail = await renderedAfter(page, () => page.setInputFiles('#file', FIXTURES[0]));
      assert.equal(detail.indicators, want.indicators.length);
    });

    it('explains binary, empty and whitespace input', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      await page.locator('body').drop({ files: [{ name: 'chart.png', mimeType: 'image/png', buffer: png }] });
      await page.waitForFunction(() => document.getElementById('message').dataset.kind === 'error');
      assert.match(await page.textContent('#message'), /不是文本/);
      await pasteText(page, text(FIXTURES[0]));
      await page.fill('#input', '   \n  ');
      await page.waitForFunction(() => /空白/.test(document.getElementById('message').textContent));
      await page.fill('#input', '');
      await page.waitForFunction(() => /粘贴/.test(document.getElementById('message').textContent));
      assert.equal(await page.isVisible('#results'), false);
    });

    it('drops stale results: only the last of quick edits is shown', async () => {
      const last = FIXTURES[0];
      const want = expected.get(last);
      await page.evaluate(([a, b]) => {
        const input = document.getElementById('input');
        for (const value of [a, b]) {
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        }
      }, [text(BIGGEST), text(last)]);
      await page.waitForFunction((n) => Number(document.getElementById('indicator-count').textContent) === n &&
        document.getElementById('input').value.length > 0, want.indicators.length);
      await page.waitForTimeout(500);
      assert.equal(await indicatorTotal(page), want.indicators.length);
      assert.equal(await page.evaluate(() => window.__rendered.at(-1).indicators), want.indicators.length);
    });

    it('a real paste (Ctrl+V) replaces the selection, and the next frame shows its analysis', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.waitForFunction(() => document.body.dataset.sync === 'ready');
      await renderedAfter(page, () => page.fill('#input', '前文\n后文'));
      const pasted = text(BIGGEST).replace(/\n/g, '\r\n'); // line breaks as Windows copies them
      // (The copy test replaced navigator.clipboard.writeText on this page: use the real one.)
      await page.evaluate((t) => Clipboard.prototype.writeText.call(navigator.clipboard, t), pasted);
      await page.evaluate(() => {
        const input = document.getElementById('input');
        input.focus();
        input.setSelectionRange(2, 3); // the line break between the two words
        // What the first frame after the key press shows.
        const onKey = (e) => {
          if (e.code !== 'KeyV') return;
          document.removeEventListener('keydown', onKey, true);
          requestAnimationFrame(() => { window.__firstFrame = document.getElementById('results').dataset.generation; });
        };
        document.addEventListener('keydown', onKey, true);
      });
      const before = await page.getAttribute('#results', 'data-generation');
      const detail = await renderedAfter(page, () => page.keyboard.press('Control+V'));
      const value = await page.inputValue('#input');
      assert.equal(value, '前文' + text(BIGGEST) + '后文');
      assert.deepEqual(await page.evaluate(() => [document.getElementById('input').selectionStart, document.activeElement.id]),
        [2 + text(BIGGEST).length, 'input']);
      const { report: want } = cliReportFor('pasted.txt', value);
      assert.equal(detail.indicators, want.indicators.length);
      assert.equal(detail.via, 'main');
      assert.equal(await page.evaluate(() => window.__firstFrame), String(detail.generation));
      assert.notEqual(before, String(detail.generation));
    });

    it('a whole report pasted folds the editor; the bar opens it; a paste elsewhere replaces the report', async () => {
      await page.evaluate((t) => Clipboard.prototype.writeText.call(navigator.clipboard, t), text(FIXTURES[0]));
      await page.focus('#input');
      await page.keyboard.press('Control+A');
      let detail = await renderedAfter(page, () => page.keyboard.press('Control+V'));
      assert.equal(detail.indicators, expected.get(FIXTURES[0]).indicators.length);
      assert.equal(await page.isVisible('#input'), false);
      assert.equal(await editorTextAfterPaint(page), text(FIXTURES[0]));
      assert.match(await page.textContent('#edit-text'), new RegExp(text(FIXTURES[0]).length.toLocaleString('en-US')));
      assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-text');
      // Ctrl+V with the focus on the bar (or anywhere outside a text field): a new report.
      await page.evaluate((t) => Clipboard.prototype.writeText.call(navigator.clipboard, t), text(FIXTURES[1]));
      detail = await renderedAfter(page, () => page.keyboard.press('Control+V'));
      assert.equal(detail.indicators, expected.get(FIXTURES[1]).indicators.length);
      assert.equal(await editorTextAfterPaint(page), text(FIXTURES[1]));
      // A paste into the search box stays there.
      const renders = await page.evaluate(() => window.__rendered.length);
      await page.focus('#search');
      await page.keyboard.press('Control+V');
      assert.ok((await page.inputValue('#search')).startsWith(text(FIXTURES[1]).slice(0, 10)));
      await page.fill('#search', '');
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__rendered.length), renders);
      await page.click('#edit-text');
      assert.equal(await page.isVisible('#input'), true);
      assert.equal(await page.isVisible('#edit-text'), false);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
    });

    it('the first frame after a paste shows the table rows and the highlighted text in view', async () => {
      // Before a new report's first paint the page builds only the table rows and the decorated
      // source blocks that the window shows, and skips the other blocks for that frame.
      // Checked in that very frame: everything in view is there.
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const corpus = FIXTURES.map(text).join('\n');
      const concatenated = corpus.slice(0, corpus.lastIndexOf('\n', 19500) + 1);
      for (const [name, report] of [['biggest.txt', text(BIGGEST)], ['concatenated.txt', concatenated], ['first.txt', text(FIXTURES[0])]]) {
        const starts = cliReportFor(name, report).report.indicators.map((i) => i.start);
        await page.evaluate((t) => Clipboard.prototype.writeText.call(navigator.clipboard, t), report);
        if (!(await page.isVisible('#input'))) await page.click('#edit-text');
        await page.focus('#input');
        await page.keyboard.press('Control+A');
        await page.evaluate((starts) => {
          window.__firstFrame = null;
          document.addEventListener('reportlens:rendered', () => requestAnimationFrame(() => {
            const problems = [];
            const inView = (r, box) => r.height > 0 && r.bottom > Math.max(box.top, 0) && r.top < Math.min(box.bottom, innerHeight);
            const source = document.getElementById('source');
            const sourceBox = source.getBoundingClientRect();
            let blocks = 0, at = 0;
            for (const block of source.querySelectorAll('.block')) {
              // Blocks hold consecutive slices of the text: where this one starts and ends.
              const from = at, to = at += block.textContent.length;
              if (!inView(block.getBoundingClientRect(), sourceBox)) continue;
              blocks++;
              if (source.classList.contains('first-paint') && !block.classList.contains('eager')) problems.push(`source block ${block.dataset.b} skipped`);
              const figures = starts.filter((s) => s >= from && s < to).length;
              const marks = block.querySelectorAll('mark[data-i]').length;
              if (figures > 0 && marks === 0) problems.push(`source block ${block.dataset.b} in view without its ${figures} highlights`);
            }
            const scroller = document.getElementById('table-scroll').getBoundingClientRect();
            const head = document.querySelector('#indicators thead').getBoundingClientRect();
            const rows = [...document.querySelectorAll('#indicators tbody tr[data-i]')].map((tr) => tr.getBoundingClientRect());
            const bandTop = Math.max(head.bottom, 0);
            const bandBottom = Math.min(scroller.bottom, innerHeight);
            const total = Number(document.getElementById('indicators').getAttribute('aria-rowcount')) - 1;
            if (bandBottom > bandTop && total > 0) {
              if (!rows.length || rows[0].top > bandTop + 1) problems.push('no row at the top of the table in view');
              else if (rows.at(-1).bottom < bandBottom - 1 && rows.length < total) problems.push(`rows end at ${rows.at(-1).bottom}, the view at ${bandBottom}`);
            }
            window.__firstFrame = { problems, blocks, rows: rows.length };
          }), { once: true });
        }, starts);
        await renderedAfter(page, () => page.keyboard.press('Control+V'));
        const frame = await page.waitForFunction(() => window.__firstFrame).then((h) => h.jsonValue());
        assert.deepEqual(frame.problems, []);
        assert.ok(frame.blocks > 0 && frame.rows > 0, JSON.stringify(frame));
      }
      await page.click('#edit-text'); // the editor open again, as the next tests expect
    });

    it('typing analyses after a pause', async () => {
      await page.fill('#input', '');
      const detail = await renderedAfter(page, () => page.locator('#input').pressSequentially('一、总体情况\n全年增长5%。', { delay: 5 }));
      assert.ok(detail.indicators >= 1);
    });

    it('samples menu loads a bundled report', async () => {
      const want = expected.get(FIXTURES[1]);
      const detail = await renderedAfter(page, () => page.selectOption('#sample', '1'));
      assert.equal(detail.indicators, want.indicators.length);
    });

    it('switches to English and back, and to dark mode', async () => {
      await page.click('#lang');
      assert.match(await page.textContent('#tab-indicators'), /Indicators/);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.click('#lang');
      assert.match(await page.textContent('#tab-indicators'), /指标/);
      await page.click('#theme');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(18, 21, 27)');
      await page.click('#theme');
      await page.click('#theme');
    });

    it('fits a phone screen', async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      await pasteText(page, text(BIGGEST));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
      await page.screenshot({ path: join(ARTIFACTS, `${mode}-phone.png`) });
      await page.setViewportSize({ width: 1400, height: 900 });
    });

    it('made no request beyond its own files and logged no error', () => {
      const foreign = requests.filter((u) => !site.own(u));
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
    });
  });
}
