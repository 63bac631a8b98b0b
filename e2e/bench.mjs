// Benchmark of the page in Chromium next to the native CLI, same machine, same run.
// Prints a Markdown table. Run through scripts/bench-web.sh (it builds first).
//
// Per input (each fixture, ~50 KB, 1 MB and 10 MB made by concatenating fixtures):
//   wasm analysis   time of the analyze() call inside the worker (includes building the JS
//                   result objects), best of N after a warm-up
//   paste→render    from the paste's input event to the rendered page (DOM built), and to the
//                   next frame after it (layout and paint of what changed), median of N
//   native          inputs up to 100 KB: the ×1 row of `reportlens bench FILE` (warm, best of
//                   10, analysis only); larger ones: `reportlens FILE` wall time, best of N,
//                   minus the same for a tiny report (start-up and pattern compilation), so it
//                   includes decoding and writing the JSON
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launch, openPage, waitForEngine, pasteInPage } from './lib/browser.mjs';
import { CLI, FIXTURES } from './lib/expected.mjs';
import { openSite } from './lib/site.mjs';

const KB = 1024;
const MB = 1024 * KB;
const dir = mkdtempSync(join(tmpdir(), 'reportlens-bench-'));
const corpus = FIXTURES.map((f) => readFileSync(f, 'utf8')).join('\n');

/** The corpus repeated and cut at a line break to about `bytes` bytes. */
function sized(name, bytes) {
  let text = corpus.repeat(Math.ceil(bytes / Buffer.byteLength(corpus)) + 1);
  text = text.slice(0, text.lastIndexOf('\n', Math.round(bytes / 2.6)) + 1); // ~2.6 UTF-8 bytes per char here
  while (Buffer.byteLength(text) > bytes * 1.05) text = text.slice(0, text.lastIndexOf('\n', text.length * 0.97) + 1);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const inputs = [
  ...FIXTURES.map((path) => ({ name: basename(path), path })),
  { name: '50 KB (concatenated)', path: sized('50k.txt', 50 * KB) },
  { name: '1 MB (concatenated)', path: sized('1m.txt', 1 * MB) },
  { name: '10 MB (concatenated)', path: sized('10m.txt', 10 * MB) },
];

function runs(bytes) {
  return bytes > 5 * MB ? 3 : bytes > 500 * KB ? 5 : 15;
}

// ---- native
function cliMs(path) {
  const t0 = process.hrtime.bigint();
  execFileSync(CLI, [path], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
/** `reportlens bench FILE`'s ×1 time in ms, or null when its output is not understood. */
function cliBenchMs(path) {
  try {
    const out = execFileSync(CLI, ['bench', path], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const row = out.split('\n').find((l) => /^\|\s*seeds ×1\s*\|/.test(l));
    const ms = row && Number(row.split('|')[5]);
    return Number.isFinite(ms) && ms > 0 ? ms : null;
  } catch {
    return null;
  }
}
const tiny = join(dir, 'tiny.txt');
writeFileSync(tiny, '一、2023年工作回顾\n完成一般公共预算收入239.9亿元，增长6.1%。\n');
const startup = Math.min(...Array.from({ length: 15 }, () => cliMs(tiny)));
for (const input of inputs) {
  input.bytes = readFileSync(input.path).length;
  const n = runs(input.bytes);
  const warm = input.bytes <= 100 * KB ? cliBenchMs(input.path) : null;
  input.nativeHow = warm ? 'bench' : 'cli';
  input.nativeMs = warm || Math.max(0.01, Math.min(...Array.from({ length: n }, () => cliMs(input.path))) - startup);
}

// ---- browser
const site = await openSite('file');
const browser = await launch();
const { page, errors } = await openPage(browser.context);
await page.goto(site.url);
await waitForEngine(page);

for (const input of inputs) {
  const text = readFileSync(input.path, 'utf8');
  const n = runs(input.bytes);
  // Pass the text once; each run then pastes it again (alternating with a 1-char text so the
  // page really re-renders, and the textarea really changes).
  await page.evaluate((t) => { window.__benchText = t; }, text);
  await page.evaluate(`window.__paste = ${pasteInPage}`);
  const samples = [];
  for (let k = 0; k <= n; k++) {
    const r = await page.evaluate(() => new Promise((resolve) => {
      const paste = (value) => new Promise((done) => {
        document.addEventListener('reportlens:rendered', (e) => {
          const dom = performance.now();
          requestAnimationFrame(() => setTimeout(() => done({ detail: e.detail, dom, frame: performance.now() })));
        }, { once: true });
        window.__paste(value);
      });
      paste('一、x 增长1%').then(() => {
        const t0 = performance.now();
        paste(window.__benchText).then((r) => resolve({ analysis: r.detail.analysisMs, dom: r.dom - t0, frame: r.frame - t0, renderJs: r.detail.renderMs }));
      });
    }));
    if (k > 0) samples.push(r); // k = 0 warms up (JIT tiers, memory growth)
  }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  input.wasmMs = Math.min(...samples.map((s) => s.analysis));
  input.pasteDom = median(samples.map((s) => s.dom));
  input.pasteFrame = median(samples.map((s) => s.frame));
  input.renderJs = median(samples.map((s) => s.renderJs));
  process.stderr.write(`# ${input.name}: done\n`);
}
const browserVersion = ((await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/) || [])[1] || 'unknown';
await browser.close();

// ---- table
const mbs = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Chromium ${browserVersion}, ${os.cpus().length} cores (load ${load}); native: ${CLI}` +
  ` (tiny-report time ${startup.toFixed(1)} ms subtracted from CLI runs; * = warm \`reportlens bench\` time)\n`);
console.log('| input | size | wasm analysis (ms) | wasm MB/s | native (ms) | native MB/s | wasm / native | paste→render, DOM (ms) | paste→next frame (ms) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const i of inputs) {
  const w = mbs(i.bytes, i.wasmMs);
  const nat = mbs(i.bytes, i.nativeMs);
  console.log(`| ${i.name} | ${i.bytes >= MB ? (i.bytes / MB).toFixed(1) + ' MB' : Math.round(i.bytes / KB) + ' KB'} | ${f1(i.wasmMs)} | ${w.toFixed(1)} | ${f1(i.nativeMs)}${i.nativeHow === 'bench' ? '*' : ''} | ${nat.toFixed(1)} | ${Math.round((100 * w) / nat)}% | ${f1(i.pasteDom)} | ${f1(i.pasteFrame)} |`);
}
const fifty = inputs.find((i) => i.name.startsWith('50 KB'));
console.log(`\nGoals: paste→render for 50 KB ≤ 16 ms: ${f1(fifty.pasteDom)} ms to DOM, ${f1(fifty.pasteFrame)} ms to the next frame` +
  ` (of which wasm analysis ${f1(fifty.wasmMs)} ms). wasm ≥ 50% of native throughput: ` +
  inputs.map((i) => `${Math.round((100 * mbs(i.bytes, i.wasmMs)) / mbs(i.bytes, i.nativeMs))}%`).join(', ') + '.');
if (errors.length) console.log(`\nPage errors: ${errors.join('; ')}`);
