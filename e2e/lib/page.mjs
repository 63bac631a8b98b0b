// Page-level helpers shared by the tests: reading what the page shows.

/** Count of outline items. */
export const outlineCount = (page) => page.locator('#outline li[role=treeitem]').count();

/** Number of indicator rows the table has (virtualised: from aria-rowcount, not the DOM). */
export async function rowCount(page) {
  return Number(await page.getAttribute('#indicators', 'aria-rowcount')) - 1;
}

/** Total indicators as the tab label shows it. */
export async function indicatorTotal(page) {
  return Number(await page.textContent('#indicator-count'));
}

/** The text of the selected highlight(s) in the source pane. */
export function selectedText(page) {
  return page.$$eval('#source mark.selected', (marks) => marks.map((m) => m.textContent).join(''));
}

/** data-i of the selected table row, or null. */
export function selectedRow(page) {
  return page.$eval('#indicators', (t) => {
    const tr = t.querySelector('tbody tr[aria-selected="true"]');
    return tr ? Number(tr.dataset.i) : null;
  });
}

/**
 * Scrolls the virtual table so the row at display position `pos` exists, then clicks it.
 * @param {import('playwright-core').Page} page
 * @param {number} index indicator index (data-i)
 */
export async function clickRow(page, index) {
  await page.evaluate(async (i) => {
    const scroller = document.getElementById('table-scroll');
    const rows = [...document.querySelectorAll('#indicators tbody tr[data-i]')];
    if (!rows.some((r) => Number(r.dataset.i) === i)) {
      const h = rows[0].getBoundingClientRect().height;
      scroller.scrollTop = Math.max(0, i * h - 100); // document order: position = index
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, index);
  await page.click(`#indicators tbody tr[data-i="${index}"]`);
}

/**
 * The editor's text once the frame after a paste has been drawn: a folded editor gets a pasted
 * report's text then (app.js foldEditor), and the keyboard focus moves to its bar.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>}
 */
export async function editorTextAfterPaint(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.inputValue('#input');
}

/**
 * Runs `action` and waits for the analysis it causes to be rendered. Renders are recorded from
 * page start by an init script (browser.mjs), so none can be missed.
 * @returns {Promise<object>} the reportlens:rendered detail
 */
export async function renderedAfter(page, action) {
  const before = await page.evaluate(() => window.__rendered.length);
  await action();
  await page.waitForFunction((n) => window.__rendered.length > n, before, { timeout: 120000 });
  return page.evaluate(() => window.__rendered[window.__rendered.length - 1]);
}
