/* Turns what the engine's analyzePacked / analyzeBytesPacked return into a plain Report: the
 * indicators come packed (one string, one Float64Array; the PackedIndicators type in the
 * TypeScript declarations has the layout), and this builds their objects. JavaScript makes
 * them several times faster than the wasm can set their properties one call at a time.
 * A classic script for the page and the worker alike: it defines self.reportlensUnpack. */
(function (global) {
  'use strict';
  const STRIDE = 12;

  /**
   * @param {object} report a PackedReport; changed in place into a Report
   * @returns {object} the same object, with `indicators` filled and `packedIndicators` gone
   */
  function unpackReport(report) {
    const packed = report.packedIndicators;
    if (!packed) return report;
    const { strings, numbers: n, roles, statuses, qualifiers } = packed;
    const count = n.length / STRIDE;
    const out = new Array(count);
    let at = 0;
    for (let i = 0, k = 0; i < count; i++, k += STRIDE) {
      const text = strings.slice(at, (at += n[k]));
      const unit = strings.slice(at, (at += n[k + 4]));
      const name = n[k + 5] < 0 ? null : strings.slice(at, (at += n[k + 5]));
      const value = n[k + 3];
      const year = n[k + 9];
      // Keys in the order the Rust struct has them, as in analyze()'s objects and the CLI's JSON.
      out[i] = {
        text,
        start: n[k + 1],
        end: n[k + 2],
        value: value === value ? value : null, // NaN: none
        unit,
        name,
        role: roles[n[k + 6]],
        status: statuses[n[k + 7]],
        qualifier: n[k + 8] < 0 ? null : qualifiers[n[k + 8]],
        year: year === year ? year : null,
        masked: n[k + 10] === 1,
        section: n[k + 11] < 0 ? null : n[k + 11],
      };
    }
    report.indicators = out;
    delete report.packedIndicators;
    return report;
  }

  global.reportlensUnpack = unpackReport;
})(self);
