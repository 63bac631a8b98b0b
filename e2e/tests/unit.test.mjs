// The page's pure modules (www/js/model.js, www/js/export.js) in Node, without a browser:
// filters, sorting, headline picks and the export formats, including hostile cell text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT } from '../lib/expected.mjs';

/** Loads the classic scripts into a sandbox whose `self` collects the RL namespace. */
function load() {
  const sandbox = { self: {}, Intl, console };
  vm.createContext(sandbox);
  for (const file of ['model.js', 'export.js']) {
    vm.runInContext(readFileSync(join(ROOT, 'www/js', file), 'utf8'), sandbox, { filename: file });
  }
  return sandbox.self.RL;
}
const RL = load();
/** Arrays from the sandbox are of another realm: copy them before deepEqual. */
const plain = (x) => JSON.parse(JSON.stringify(x));
const t = (key) => ({ roles: { growth: '增长', amount: '总量' }, statuses: { actual: '实际', target: '目标' }, units: { rank: '位次' } }[key] || key);

const ind = (o) => ({ text: '', start: 0, end: 0, value: null, unit: '', name: null, role: 'amount', status: 'actual', qualifier: null, year: null, masked: false, section: null, ...o });
const report = {
  meta: { title: '某区/2024:报告' },
  sections: [
    { level: 1, label: '一、', title: '回顾', kind: 'review', start: 0, end: 50, parent: null },
    { level: 2, label: '(一)', title: '经济', kind: 'review', start: 5, end: 50, parent: 0 },
    { level: 1, label: '二、', title: '目标', kind: 'targets', start: 50, end: 90, parent: null },
  ],
  indicators: [
    ind({ text: '239.9亿元', start: 10, end: 17, value: 239.9, unit: '亿元', name: '一般公共预算收入', section: 1 }),
    ind({ text: '6.1%', start: 20, end: 24, value: 6.1, unit: '%', name: '一般公共预算收入', role: 'growth', section: 1 }),
    ind({ text: '5%', start: 60, end: 62, value: 5, unit: '%', name: '地区生产总值', role: 'growth', status: 'target', qualifier: '左右', section: 2 }),
    ind({ text: '第7', start: 30, end: 32, value: 7, unit: 'rank', name: '=HYPERLINK("x")', role: 'rank', section: 0 }),
  ],
  tasks: [], zones: [], stats: {}, warnings: [],
};
const model = RL.model.prepare(report, 'x'.repeat(100));

describe('model', () => {
  it('filters by role, status, section subtree and text', () => {
    assert.deepEqual(plain(RL.model.filterIndicators(model, { role: 'growth' })), [1, 2]);
    assert.deepEqual(plain(RL.model.filterIndicators(model, { status: 'target' })), [2]);
    assert.deepEqual(plain(RL.model.filterIndicators(model, { section: 0 })), [0, 1, 3]);
    assert.deepEqual(plain(RL.model.filterIndicators(model, { section: 1 })), [0, 1]);
    assert.deepEqual(plain(RL.model.filterIndicators(model, { query: '预算' })), [0, 1]);
    assert.deepEqual(plain(RL.model.filterIndicators(model, { query: '目标' })), [2], 'section titles are searched');
    assert.deepEqual(plain(RL.model.filterIndicators(model, { query: '239.9' })), [0], 'figures are searched');
  });

  it('sorts stably with missing values last, both directions', () => {
    const all = [0, 1, 2, 3];
    assert.deepEqual(plain(RL.model.sortIndicators(model, all, 'value', 1)), [2, 1, 3, 0]);
    assert.deepEqual(plain(RL.model.sortIndicators(model, all, 'value', -1)), [0, 3, 1, 2]);
    assert.deepEqual(plain(RL.model.sortIndicators(model, all, 'qualifier', 1)), [2, 0, 1, 3]);
    assert.deepEqual(plain(RL.model.sortIndicators(model, all, 'role', 1)), [0, 1, 2, 3]);
  });

  it('headlines pair an amount with the growth written right after it', () => {
    const h = RL.model.headlines(model);
    const income = h.find((x) => x.key === '一般公共预算收入');
    assert.equal(income.amount.text, '239.9亿元');
    assert.equal(income.growth.text, '6.1%');
    const gdp = h.find((x) => x.key === '地区生产总值');
    assert.equal(gdp.amount, null);
    assert.equal(gdp.growth.text, '5%');
    assert.equal(gdp.status, 'target');
  });
});

describe('exports', () => {
  const cells = RL.exporter.matrix(model, [0, 3], t);

  it('CSV has a BOM, CRLF lines, quotes and neutralises formulas', () => {
    const csv = RL.exporter.toCsv(cells);
    assert.ok(csv.startsWith('\uFEFFcolIndex,colName,'), csv.slice(0, 30));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 4); // header, 2 rows, final empty
    assert.equal(lines[1], '1,一般公共预算收入,239.9,亿元,总量,实际,,,(一)经济,239.9亿元');
    assert.ok(lines[2].startsWith(`4,"'=HYPERLINK(""x"")",7,位次,`), lines[2]);
    assert.equal(RL.exporter.toCsv([['-5', '+3.5', '-x']]), "\uFEFF-5,+3.5,'-x\r\n");
  });

  it('Markdown escapes pipes and line breaks', () => {
    const md = RL.exporter.toMarkdown([['a|b', 'c'], ['x\ny', 'z\\']]);
    assert.equal(md, '| a\\|b | c |\n| --- | --- |\n| x y | z\\\\ |\n');
  });

  it('TSV flattens tabs and breaks', () => {
    assert.equal(RL.exporter.toTsv([['a\tb', 'c\nd']]), 'a b\tc d\n');
  });

  it('file names are safe', () => {
    assert.equal(RL.exporter.fileStem(report), '某区_2024_报告');
    assert.equal(RL.exporter.fileStem({ meta: { title: null } }), 'report');
  });
});
