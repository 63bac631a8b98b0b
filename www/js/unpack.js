/* Turns what the engine's analyzePacked / analyzeBytesPacked return into a plain Report: the
 * sections, indicators and tasks come packed (one string, Float64Arrays; the PackedIndicators
 * type in the TypeScript declarations has the layout), and this builds their objects. JavaScript makes
 * them several times faster than the wasm can set their properties one call at a time.
 * A classic script for the page and the worker alike, after the engine's glue: it defines
 * self.reportlensAnalyze / reportlensAnalyzeBytes (the page's analysis calls) and
 * self.reportlensUnpack. */
/* global wasm_bindgen */
(function (global) {
  'use strict';
  const STRIDE = 12;
  const SECTION_STRIDE = 7;

  /**
   * @param {object} report a PackedReport; changed in place into a Report
   * @returns {object} the same object, with `sections`, `indicators` and `tasks` filled and
   *   `packedIndicators` gone
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
    const tasks = unpackTasks(packed.tasks, strings, at);
    report.tasks = tasks.tasks;
    report.sections = unpackSections(packed.sections, packed.kinds, strings, tasks.at);
    delete report.packedIndicators;
    return report;
  }

  /** The tasks, read in order from their numbers (layout: PackedIndicators.tasks). */
  function unpackTasks(n, strings, at) {
    const tasks = [];
    const str = (len) => (len < 0 ? null : strings.slice(at, (at += len)));
    for (let k = 0; k < n.length;) {
      const number = n[k++];
      const category = str(n[k++]);
      const project = str(n[k++]);
      const text = str(n[k++]);
      const leaders = new Array(n[k++]);
      for (let j = 0; j < leaders.length; j++) leaders[j] = str(n[k++]);
      const units = new Array(n[k++]);
      for (let j = 0; j < units.length; j++) units[j] = { name: str(n[k++]), lead: n[k++] === 1 };
      const start = n[k++];
      const end = n[k++];
      const indicators = new Array(n[k++]);
      for (let j = 0; j < indicators.length; j++) indicators[j] = n[k++];
      tasks.push({ number: number === number ? number : null, category, project, text, leaders, units, start, end, indicators });
    }
    return { tasks, at };
  }

  /** The sections (layout: PackedIndicators.sections), their strings from `at` on. */
  function unpackSections(n, kinds, strings, at) {
    const count = n.length / SECTION_STRIDE;
    const sections = new Array(count);
    for (let i = 0, k = 0; i < count; i++, k += SECTION_STRIDE) {
      const label = strings.slice(at, (at += n[k + 1]));
      const title = strings.slice(at, (at += n[k + 2]));
      sections[i] = {
        level: n[k],
        label,
        title,
        kind: kinds[n[k + 3]],
        start: n[k + 4],
        end: n[k + 5],
        parent: n[k + 6] < 0 ? null : n[k + 6],
      };
    }
    return sections;
  }

  global.reportlensUnpack = unpackReport;
  /** A text's report, as the page analyses it. @param {string} text */
  global.reportlensAnalyze = (text) => unpackReport(wasm_bindgen.analyzePacked(text));
  /** A file's report. @param {Uint8Array} bytes @param {object} options as analyzeBytes's */
  global.reportlensAnalyzeBytes = (bytes, options) => unpackReport(wasm_bindgen.analyzeBytesPacked(bytes, options));
})(self);
