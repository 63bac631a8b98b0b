/* The analysis worker (a classic worker, so it also runs as a Blob worker on file:// pages,
 * WEB.md §3a). The offline page builds it from the wasm-bindgen glue text + this file; the
 * served site loads this file by URL and imports the glue itself.
 *
 * Protocol: {type:'init', module|bytes} → {type:'ready', version} | {type:'init-error', message}
 *           {type:'text', id, text} | {type:'bytes', id, bytes, maxBytes}
 *             → {type:'result', id, report, text?, ms} | {type:'error', id, error:{message, kind}}
 * The wasm module is stateless, so one instance serves every request. */
/* global wasm_bindgen, reportlensAnalyze, reportlensAnalyzeBytes, importScripts */
'use strict';

// Served: this file is loaded by URL and loads the glue and the unpacker; offline, both come
// first in the same Blob (scripts/build-single.mjs).
if (typeof wasm_bindgen === 'undefined') importScripts('../pkg/reportlens.js', 'unpack.js');

let ready = null;

/** A few lines in the shape of a report: analysed right after start so the engine's hot code
 * is already optimised (V8 tiers wasm up by use) when the first real paste arrives. */
const WARM_UP = ('某区人民政府2024年政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5.2%，' +
  '一般公共预算收入239.9亿元，增长6.1%；新增高新技术企业120家，城镇居民人均可支配收入7.2万元。\n' +
  '二、2024年主要预期目标\n地区生产总值增长5%左右，固定资产投资增长6%以上，研发投入占比达3.5%。\n').repeat(8);

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    ready = wasm_bindgen({ module_or_path: msg.module || msg.bytes }).then(
      () => {
        self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
        for (let i = 0; i < 5; i++) reportlensAnalyze(WARM_UP);
      },
      (err) => self.postMessage({ type: 'init-error', message: String((err && err.message) || err) }),
    );
    return;
  }
  await ready;
  const t0 = performance.now();
  try {
    const report = msg.type === 'bytes'
      ? reportlensAnalyzeBytes(new Uint8Array(msg.bytes), { includeText: true, maxBytes: msg.maxBytes })
      : reportlensAnalyze(msg.text);
    const ms = performance.now() - t0;
    let text;
    if (report.text !== undefined) {
      text = report.text;
      delete report.text;
    }
    self.postMessage({ type: 'result', id: msg.id, report, text, ms });
  } catch (err) {
    // A RuntimeError means the wasm aborted (a bug or out of memory): its memory may be
    // inconsistent, so the page replaces this worker rather than reuse it (WEB.md P8).
    const crashed = typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError;
    self.postMessage({
      type: 'error',
      id: msg.id,
      error: { message: String((err && err.message) || err), kind: crashed ? 'crash' : (err && err.kind) || 'other' },
    });
  }
};
