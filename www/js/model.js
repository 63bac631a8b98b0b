/* Pure functions over a Report: labels, filters, sorting, headline picks. No DOM here, so
 * e2e/tests/unit.test.mjs runs them in node. */
(function (RL) {
  'use strict';

  /** Indicators people look for first, in the order the cards show them. */
  const HEADLINE_KEYS = [
    '地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额',
    '居民人均可支配收入', '进出口', '规模以上工业增加值', '研发投入',
  ];

  /** Orders for sorting enum columns (document concepts, not alphabet). */
  const ROLE_ORDER = ['amount', 'count', 'percent', 'growth', 'decline', 'share', 'rank', 'other'];
  const STATUS_ORDER = ['actual', 'expected', 'target'];

  /**
   * Wraps a report and its source text with the lookups the views share.
   * @param {object} report a Report from the wasm binding
   * @param {string} text the text the report's UTF-16 spans index
   * @returns {{report: object, text: string, sectionTitle: (i: number|null) => string, inSection: (i: number|null, s: number) => boolean}}
   */
  function prepare(report, text) {
    const sections = report.sections || [];
    const titles = sections.map((s) => (s.label || '') + s.title);
    return {
      report,
      text,
      sectionTitle: (i) => (i === null || i === undefined || !titles[i] ? '' : titles[i]),
      inSection(i, target) {
        // Walk up the parent chain; depth is small and indices always point backwards.
        for (let guard = 0; i !== null && i !== undefined && guard < 64; guard++) {
          if (i === target) return true;
          i = sections[i] ? sections[i].parent : null;
        }
        return false;
      },
    };
  }

  /**
   * Indices of the indicators that pass the filters, in document order.
   * @param {ReturnType<typeof prepare>} model
   * @param {{role?: string, status?: string, section?: number|null, query?: string}} filters
   * @returns {number[]}
   */
  function filterIndicators(model, filters) {
    const { role, status, section } = filters;
    const query = (filters.query || '').trim().toLowerCase();
    const out = [];
    const list = model.report.indicators;
    for (let i = 0; i < list.length; i++) {
      const ind = list[i];
      if (role && ind.role !== role) continue;
      if (status && ind.status !== status) continue;
      if (section !== null && section !== undefined && !model.inSection(ind.section, section)) continue;
      if (query) {
        const hay = ((ind.name || '') + '\u0000' + ind.text + '\u0000' + model.sectionTitle(ind.section)).toLowerCase();
        if (!hay.includes(query)) continue;
      }
      out.push(i);
    }
    return out;
  }

  /** Sort keys per column: values that compare sensibly (missing values sort last). */
  const SORT_KEYS = {
    index: (m, i) => i,
    name: (m, i) => m.report.indicators[i].name,
    value: (m, i) => m.report.indicators[i].value,
    unit: (m, i) => m.report.indicators[i].unit || null,
    role: (m, i) => ROLE_ORDER.indexOf(m.report.indicators[i].role),
    status: (m, i) => STATUS_ORDER.indexOf(m.report.indicators[i].status),
    qualifier: (m, i) => m.report.indicators[i].qualifier,
    year: (m, i) => m.report.indicators[i].year,
    section: (m, i) => m.report.indicators[i].section,
  };

  /**
   * Sorts indicator indices by a column; stable, ties keep document order, nulls last.
   * @param {ReturnType<typeof prepare>} model
   * @param {number[]} indices
   * @param {string} column a key of SORT_KEYS
   * @param {1|-1} dir
   * @returns {number[]} a new array
   */
  function sortIndicators(model, indices, column, dir) {
    const key = SORT_KEYS[column] || SORT_KEYS.index;
    const collator = new Intl.Collator('zh-CN');
    const keyed = indices.map((i) => [key(model, i), i]);
    keyed.sort((a, b) => {
      const x = a[0], y = b[0];
      const xNull = x === null || x === undefined, yNull = y === null || y === undefined;
      if (xNull || yNull) return xNull === yNull ? a[1] - b[1] : xNull ? 1 : -1;
      const c = typeof x === 'string' ? collator.compare(x, y) : x - y;
      return c !== 0 ? c * dir : a[1] - b[1];
    });
    return keyed.map((k) => k[1]);
  }

  /**
   * Picks, for each headline indicator found, its amount and its growth figure.
   * The amount prefers achieved figures (actual, then expected) over targets; the growth
   * prefers the figure written right after that amount ("…239.9亿元，增长6.1%").
   * @param {ReturnType<typeof prepare>} model
   * @returns {{key: string, amount: object|null, growth: object|null, status: string}[]}
   */
  function headlines(model) {
    const list = model.report.indicators;
    const out = [];
    for (const key of HEADLINE_KEYS) {
      const cands = list.filter((ind) => ind.name && ind.name.includes(key));
      if (cands.length === 0) continue;
      const amounts = cands.filter((ind) => ind.role === 'amount');
      const amount = amounts.find((a) => a.status === 'actual') || amounts.find((a) => a.status === 'expected') || amounts[0] || null;
      const growths = cands.filter((ind) => ind.role === 'growth' || ind.role === 'decline');
      let growth = null;
      if (amount) {
        growth = growths.find((g) => g.start >= amount.end && g.start - amount.end <= 40) ||
          growths.find((g) => g.status === amount.status) || null;
      } else {
        growth = growths.find((g) => g.status === 'actual') || growths.find((g) => g.status === 'expected') || growths[0] || null;
      }
      if (!amount && !growth) continue;
      out.push({ key, amount, growth, status: (amount || growth).status });
    }
    return out;
  }

  /**
   * Shows a number as the report wrote it when possible (masked digits stay masked).
   * @param {object} ind an Indicator
   * @returns {string}
   */
  function displayValue(ind) {
    if (ind.value === null || ind.value === undefined) return ind.masked ? ind.text.replace(ind.unit, '') || ind.text : '';
    return String(ind.value);
  }

  RL.model = { prepare, filterIndicators, sortIndicators, headlines, displayValue, HEADLINE_KEYS, ROLE_ORDER, STATUS_ORDER };
})(self.RL = self.RL || {});
