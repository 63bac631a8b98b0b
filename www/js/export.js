/* The indicator table as data: its columns, and CSV / Markdown / TSV / JSON renderings of the
 * rows currently shown (filters and sort applied). Pure functions, tested in node. */
(function (RL) {
  'use strict';

  /**
   * Table columns: id, header string key, and the cell text for one indicator.
   * The views and every export use this one list, so they cannot disagree.
   */
  const COLUMNS = [
    { id: 'index', head: 'colIndex', cell: (m, i) => String(i + 1) },
    { id: 'name', head: 'colName', cell: (m, i, t) => m.report.indicators[i].name || '' },
    { id: 'value', head: 'colValue', cell: (m, i) => RL.model.displayValue(m.report.indicators[i]) },
    { id: 'unit', head: 'colUnit', cell: (m, i, t) => unitLabel(m.report.indicators[i].unit, t) },
    { id: 'role', head: 'colRole', cell: (m, i, t) => t('roles')[m.report.indicators[i].role] || m.report.indicators[i].role },
    { id: 'status', head: 'colStatus', cell: (m, i, t) => t('statuses')[m.report.indicators[i].status] || m.report.indicators[i].status },
    { id: 'qualifier', head: 'colQualifier', cell: (m, i) => m.report.indicators[i].qualifier || '' },
    { id: 'year', head: 'colYear', cell: (m, i) => (m.report.indicators[i].year === null ? '' : String(m.report.indicators[i].year)) },
    { id: 'section', head: 'colSection', cell: (m, i) => m.sectionTitle(m.report.indicators[i].section) },
  ];

  /** Units as written, except the core's two codes for ranks and fractions. */
  function unitLabel(unit, t) {
    if (unit === 'rank' || unit === 'fraction') return t('units')[unit];
    return unit || '';
  }

  /** The exports add the figure as written, which the table shows in the source pane. */
  const EXPORT_COLUMNS = COLUMNS.concat([{ id: 'text', head: 'colText', cell: (m, i) => m.report.indicators[i].text }]);

  /**
   * Cells of the given rows, header first.
   * @param {object} model from RL.model.prepare
   * @param {number[]} rows indicator indices in display order
   * @param {(key: string) => *} t the i18n lookup
   * @returns {string[][]}
   */
  function matrix(model, rows, t) {
    const out = [EXPORT_COLUMNS.map((c) => t(c.head))];
    for (const i of rows) out.push(EXPORT_COLUMNS.map((c) => c.cell(model, i, t)));
    return out;
  }

  /**
   * RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese text correctly). Cells that a
   * spreadsheet would run as a formula (=, +, -, @ first) are prefixed with ' unless they are
   * plain numbers: the text comes from untrusted documents.
   * @param {string[][]} cells
   * @returns {string}
   */
  function toCsv(cells) {
    const esc = (s) => {
      if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = "'" + s;
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return '\uFEFF' + cells.map((row) => row.map(esc).join(',')).join('\r\n') + '\r\n';
  }

  /**
   * A GitHub-flavoured Markdown table (pipes and line breaks escaped).
   * @param {string[][]} cells
   * @returns {string}
   */
  function toMarkdown(cells) {
    const esc = (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const [head, ...body] = cells;
    const lines = ['| ' + head.map(esc).join(' | ') + ' |', '|' + head.map(() => ' --- ').join('|') + '|'];
    for (const row of body) lines.push('| ' + row.map(esc).join(' | ') + ' |');
    return lines.join('\n') + '\n';
  }

  /**
   * Tab-separated values for pasting into a spreadsheet (tabs and breaks become spaces).
   * @param {string[][]} cells
   * @returns {string}
   */
  function toTsv(cells) {
    return cells.map((row) => row.map((s) => s.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + '\n';
  }

  /**
   * The whole report as pretty JSON, the same shape as the CLI's output (spans in UTF-16).
   * @param {object} report
   * @returns {string}
   */
  function toJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
  }

  /**
   * A file name stem from the report title, safe on every OS.
   * @param {object} report
   * @returns {string}
   */
  function fileStem(report) {
    const title = (report.meta && report.meta.title) || 'report';
    return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 60) || 'report';
  }

  RL.exporter = { COLUMNS, EXPORT_COLUMNS, matrix, toCsv, toMarkdown, toTsv, toJson, fileStem };
})(self.RL = self.RL || {});
