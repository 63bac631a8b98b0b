#!/usr/bin/env node
// Run one Node.js peer over a list of inputs and time it (the Node.js side of peer_py.py).
//
// Usage: node peer_node.js PEER IN.json OUT.json
//   PEER: recognizers-npm  (@microsoft/recognizers-text-suite, zh-cn; inputs are sentences)
//         reportlens-wasm  (bench/.wasm-node/reportlens.js from wasm-bindgen --target nodejs;
//                           inputs are whole documents)
// init_s: require + model construction + one call on the warm-up input. run_s: the peer's own
// work on every input. Offsets are converted from UTF-16 (JavaScript strings) to code points.
"use strict";
const fs = require("fs");
const path = require("path");

const now = () => Number(process.hrtime.bigint()) / 1e9;

// t[u] = code-point offset of UTF-16 offset u
function utf16ToCp(text) {
  const t = [];
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    t.push(cp);
    const c = text.charCodeAt(u);
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
      u++;
      t.push(cp + 1);
    }
    cp++;
  }
  t.push(cp);
  return t;
}

// Same merge as peer_py.py: model order is priority; an overlapping later result is dropped.
const MODELS = ["currency", "dimension", "percentage", "ordinal", "number"];

function recognizersPeer() {
  const N = require("@microsoft/recognizers-text-number");
  const U = require("@microsoft/recognizers-text-number-with-unit");
  const S = require("@microsoft/recognizers-text-suite");
  const culture = S.Culture.Chinese;
  const n = new N.NumberRecognizer(culture);
  const u = new U.NumberWithUnitRecognizer(culture);
  const byName = {
    currency: u.getCurrencyModel(), dimension: u.getDimensionModel(),
    percentage: n.getPercentageModel(), ordinal: n.getOrdinalModel(), number: n.getNumberModel(),
  };
  const models = MODELS.map((k) => [k, byName[k]]);
  const version = require("@microsoft/recognizers-text-suite/package.json").version;
  return {
    version: "@microsoft/recognizers-text-suite " + version,
    run(sentence) {
      const kept = [];
      for (const [kind, model] of models) {
        for (const r of model.parse(sentence)) {
          const s = r.start, e = r.end + 1; // its end is inclusive
          if (kept.some((k) => s < k.e && k.s < e)) continue;
          kept.push({ s, e, r, kind });
        }
      }
      kept.sort((a, b) => a.s - b.s);
      return kept.map((k) => ({ s: k.s, e: k.e, res: k.r.resolution || {}, kind: k.kind }));
    },
    convert(sentence, raw) {
      const t = utf16ToCp(sentence);
      return raw.map((k) => {
        let v = k.res.value;
        if (typeof v === "string") v = v.trim().replace(/%$/, "");
        const value = v === undefined || v === null || v === "" || isNaN(Number(v)) ? null : Number(v);
        return { start: t[k.s], end: t[k.e], value, unit: k.res.unit ?? null, type: k.kind };
      });
    },
  };
}

function plain(x) {
  // serde-wasm-bindgen may hand back Maps; make everything plain JSON.
  if (x instanceof Map) return Object.fromEntries([...x].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
}

function wasmPeer() {
  const dir = process.env.REPORTLENS_WASM_NODE || path.join(__dirname, ".wasm-node");
  const mod = require(path.join(dir, "reportlens.js"));
  let version = "reportlens wasm";
  if (typeof mod.version === "function") version += " " + mod.version();
  return {
    version,
    run(text) {
      return mod.analyze(text);
    },
    convert(text, report) {
      report = plain(report);
      const t = utf16ToCp(text);
      for (const ind of report.indicators || []) {
        ind.start = t[ind.start];
        ind.end = t[ind.end];
      }
      return report;
    },
  };
}

function main() {
  const [name, inPath, outPath] = process.argv.slice(2);
  const job = JSON.parse(fs.readFileSync(inPath, "utf8"));
  const inputs = job.inputs;
  const keep = job.keep !== false;
  let t0 = now();
  const peer = name === "recognizers-npm" ? recognizersPeer() : name === "reportlens-wasm" ? wasmPeer() : null;
  if (!peer) throw new Error("unknown peer " + name);
  peer.run(job.warmup || "全年实现地区生产总值1635亿元，增长百分之六点五。");
  const initS = now() - t0;

  const raws = new Array(inputs.length);
  t0 = now();
  for (let i = 0; i < inputs.length; i++) raws[i] = peer.run(inputs[i]);
  const runS = now() - t0;

  let mentions = 0;
  const results = [];
  for (let i = 0; i < inputs.length; i++) {
    const r = peer.convert(inputs[i], raws[i]);
    mentions += Array.isArray(r) ? r.length : (r.indicators || []).length;
    if (keep) results.push(r);
  }
  let chars = 0, bytes = 0;
  for (const s of inputs) { chars += [...s].length; bytes += Buffer.byteLength(s, "utf8"); }
  fs.writeFileSync(outPath, JSON.stringify({
    peer: name, version: peer.version, init_s: initS, run_s: runS, chars, bytes, mentions,
    results: keep ? results : null, node: process.version,
  }));
}

main();
