// Benchmark of the page in Chromium next to the native CLI, same machine, same run.
// Prints a Markdown table. Run through scripts/bench-web.sh (it builds first).
//   BENCH_MODE=http   the served site instead of the offline file (default: file://)
//   BENCH_RUNS=N      runs per input up to 500 KB (default 15; bigger inputs run fewer)
//   BENCH_ONLY=regex  only the inputs whose name matches
//   BENCH_PAGE=path   benchmark another build instead (an offline .html file or a www/ directory)
//   BENCH_TRACE=1     also the main thread's CPU time per paste, from a Chromium trace (see tracedCpu)
//
// Per input (each fixture, ~50 KB, 1 MB and 10 MB made by concatenating fixtures):
//   wasm            the page's analysis call (analyzePacked + unpackReport: the report as JS
//                   objects), measured as the native figure is: warm, back to back on the
//                   main thread, the best of many runs for about 300 ms (timed in batches of
//                   at least 5 ms, the page's clock having 0.1 ms steps). The throughput goal
//                   is judged on this, like for like.
//   in the paste    the same call inside the real pastes below (the worker for big inputs),
//                   best of N: slower by the caches the page's own DOM work has cooled, and
//                   sometimes a garbage collection
//   paste→…         a real paste: the report is put on the clipboard, the editor focused and
//                   its text selected (when the page shows it), then Ctrl+V is pressed (trusted
//                   key events; the browser dispatches its own paste). Pastes alternate with a
//                   one-line text so the page really changes. Every time is measured from the
//                   Ctrl+V keydown event's timestamp (before the paste event), median of N:
//     DOM            the page has built the DOM of the results (reportlens:rendered event)
//     painted, work  main-thread time until the first frame that shows the results has
//                    been styled, laid out, painted and committed (end of that frame's
//                    rendering task: a user-blocking scheduler.postTask task posted from its
//                    requestAnimationFrame callback), minus the idle wait between the DOM
//                    being ready and that frame starting (the display's vsync). The DOM is
//                    ready once the task that built it ran its microtasks; the frame starts
//                    with its first animation-frame callback (so what the page does in a
//                    microtask or in its own callbacks of that frame counts as work; tasks
//                    of the browser's own in between do not: BENCH_TRACE counts them). What the
//                    frame shows: meta, headline cards, outline, the rows of the indicator
//                    table in view and the source text in view with its highlights.
//     painted, wall  the same end point in wall-clock time, including that vsync wait
//                    (0–16.7 ms at 60 Hz, depending on when in a frame the key was pressed)
//     1st frame      in how many runs the first frame after the paste already showed the
//                    results (nothing was painted in between)
//     presented      Chromium's own Event Timing for the Ctrl+V keydown (as INP measures it:
//                    keydown to the frame presented on screen, in 8 ms steps; Chromium only
//                    reports events ≥ 16 ms, so "<16" means it reported none)
//   (stderr: per run, ms from the keydown to the DOM / wait for the frame / the frame's work)
//   native          `reportlens bench --scales 1 FILE` in the same run: the same text analysed
//                   warm in one process, best of many runs (about 300 ms of them; 3 for big
//                   inputs), as the wasm figure is the best of warm calls. Two figures: the
//                   analysis alone (the Report in Rust memory), and with what the browser's
//                   call does besides: spans in UTF-16 units and the result in the host's form
//                   (JSON text there, JS objects here). The goal is judged on the first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launch, openPage, waitForEngine } from './lib/browser.mjs';
import { CLI, FIXTURES } from './lib/expected.mjs';
import { openSite } from './lib/site.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { pathToFileURL } from 'node:url';

const KB = 1024;
const MB = 1024 * KB;
const dir = mkdtempSync(join(tmpdir(), 'reportlens-bench-'));
const corpus = FIXTURES.map((f) => readFileSync(f, 'utf8')).join('\n');
const MODE = process.env.BENCH_MODE || 'file';
const RUNS = Number(process.env.BENCH_RUNS) || 15;
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const TRACE = process.env.BENCH_TRACE === '1';
const PAGE = process.env.BENCH_PAGE || '';

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
].filter((i) => !ONLY || ONLY.test(i.name));

function runs(bytes) {
  return bytes > 5 * MB ? 3 : bytes > 500 * KB ? 5 : RUNS;
}

// ---- native
/**
 * `reportlens bench --scales 1 FILE`'s times in ms: the analysis alone and with UTF-16 spans
 * and JSON output. Throws when its table is not understood: a benchmark without its native
 * side would print nothing worth reading.
 */
function nativeMs(path) {
  const out = execFileSync(CLI, ['bench', '--scales', '1', path], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).toString();
  const row = out.split('\n').find((l) => /^\|\s*×1\s*\|/.test(l));
  const cells = row ? row.split('|').map((c) => c.trim()) : [];
  const [alone, withOutput] = [Number(cells[5]), Number(cells[8])];
  if (!(alone > 0 && withOutput > 0)) throw new Error(`unexpected output of ${CLI} bench:\n${out}`);
  return { alone, withOutput };
}
for (const input of inputs) {
  input.bytes = readFileSync(input.path).length;
  const native = nativeMs(input.path);
  input.nativeMs = native.alone;
  input.nativeOutMs = native.withOutput;
}

// ---- browser
// BENCH_PAGE: another build to compare with (an offline .html file, or a www/ directory).
const site = !PAGE ? await openSite(MODE)
  : PAGE.endsWith('.html') ? { url: pathToFileURL(PAGE).href, close: async () => {} }
  : await startServer(PAGE, 0);
// Chromium defers a page's other tasks after a key press until the frame that follows it has
// been presented (DeferRendererTasksAfterInput). That held the probe below back by up to a
// frame whenever raster was slow; without it the probe runs as soon as the frame's main-thread
// work is done. The frame itself is built the same way; "presented" keeps the screen's view.
const browser = await launch(['--disable-features=DeferRendererTasksAfterInput']);
await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
const { page, errors } = await openPage(browser.context);
await page.goto(site.url);
await waitForEngine(page);

/** Installs the in-page probes once: timestamps of the paste's events and of the frame after. */
await page.evaluate(() => {
  const probe = { current: null, done: null };
  window.__probe = probe;
  const now = () => performance.now();
  document.addEventListener('keydown', (e) => {
    if (!probe.current || e.code !== 'KeyV' || !e.ctrlKey) return;
    const run = probe.current;
    run.keyAt = e.timeStamp;
    performance.mark('rl-run-start');
    // When each frame after the key press starts: the first of them, does it already have the
    // results? And the start of the one that shows them. Requested from the previous frame's
    // callback, this callback runs before any the page requested in between.
    run.frames = [];
    const tick = () => {
      run.frames.push(now());
      if (run.paintedAt === undefined) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
  document.addEventListener('paste', (e) => { if (probe.current) probe.current.pasteAt = e.timeStamp; }, true);
  document.addEventListener('reportlens:rendered', (e) => {
    const run = probe.current;
    if (!run || run.detail) return;
    run.detail = e.detail;
    run.domAt = e.detail.renderedAt;
    // The task that built the DOM goes on until its microtasks ran, those the page queued
    // before this event included (work done there, a forced layout say, is not idle time).
    queueMicrotask(() => { run.taskEndAt = now(); });
    requestAnimationFrame(() => {
      run.rafAt = now();
      // Posted from the frame's rAF callback, this task runs once that frame's style, layout,
      // paint and commit are done on the main thread. A user-blocking task of the page's own
      // scheduler runs right after them (a MessageChannel message, routed through Mojo, was
      // sometimes delivered a frame later on this loaded machine).
      const painted = () => {
        run.paintedAt = now();
        performance.mark('rl-run-end');
        probe.done(run);
      };
      if (self.scheduler && scheduler.postTask) scheduler.postTask(painted, { priority: 'user-blocking' });
      else setTimeout(painted, 0);
    });
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'keydown') continue;
      for (const run of probe.all || []) if (Math.abs(run.keyAt - entry.startTime) < 0.5) run.presented = entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16 });
});

/** Pastes `name` (a key of window.__texts) with Ctrl+A, Ctrl+V and returns the probe's run. */
async function paste(name) {
  await page.evaluate((n) => navigator.clipboard.writeText(window.__texts[n]), name);
  // Into the editor with all its text selected when it is shown; when the page has folded it
  // away (after a whole report was pasted), the paste goes to the page, as a user's would.
  if (await page.isVisible('#input')) {
    await page.focus('#input');
    await page.keyboard.press('Control+A');
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  await page.evaluate(() => {
    const run = {};
    window.__probe.current = run;
    (window.__probe.all ||= []).push(run);
    window.__probe.finished = new Promise((resolve) => { window.__probe.done = resolve; });
  });
  await page.keyboard.press('Control+V');
  const run = await page.evaluate(() => window.__probe.finished);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // Event Timing entries arrive after presentation
  return page.evaluate((r) => {
    const all = window.__probe.all;
    const mine = all.find((x) => x.keyAt === r.keyAt) || r;
    window.__probe.current = null;
    return mine;
  }, run);
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * BENCH_TRACE=1: the same pastes again under Chromium's tracing, and the renderer main
 * thread's CPU time (thread time of its tasks) from the Ctrl+V keydown to the end of the
 * painted frame. Unlike wall-clock time it leaves out time the thread waited for a core, so it
 * stays meaningful on a loaded machine (tracing itself adds a little).
 * @returns {Promise<number>} the median over `n` runs, in ms
 */
async function tracedCpu(n) {
  const cdp = await browser.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  for (let k = 0; k < n; k++) {
    await paste('small');
    await paste('big');
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify({ traceEvents: events }));
  const thread = (e) => `${e.pid}:${e.tid}`;
  const marks = events.filter((e) => e.name === 'rl-run-start' || e.name === 'rl-run-end').sort((a, b) => a.ts - b.ts);
  const tasks = events.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ph === 'X' && marks.length && thread(e) === thread(marks[0]));
  const cpu = [];
  // Marks come in start/end pairs, one pair per paste; the big pastes are every second pair.
  for (let m = 0; m + 3 < marks.length; m += 4) {
    const start = marks[m + 2], end = marks[m + 3];
    if (start.name !== 'rl-run-start' || end.name !== 'rl-run-end') continue;
    let us = 0;
    for (const t of tasks) if (t.ts + t.dur > start.ts && t.ts < end.ts) us += t.tdur ?? t.dur;
    cpu.push(us / 1000);
  }
  return cpu.length ? median(cpu) : NaN;
}

/**
 * In the page: the best time per call of the page's analysis (reportlensAnalyze, from
 * www/js/unpack.js: analyzePacked + unpackReport) on window.__texts.big, back to back on the
 * main thread, as `reportlens bench` times the native analysis.
 * @returns {number} ms
 */
function backToBack() {
  /* global wasm_bindgen */
  const text = window.__texts.big;
  // (An older build, BENCH_PAGE, may have only analyze.)
  const call = self.reportlensAnalyze ? () => self.reportlensAnalyze(text) : () => wasm_bindgen.analyze(text);
  call();
  const t0 = performance.now();
  call();
  const once = Math.max(performance.now() - t0, 0.05);
  const batch = Math.ceil(5 / once);
  const rounds = Math.max(3, Math.min(100, Math.floor(300 / (batch * once))));
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    best = Math.min(best, (performance.now() - start) / batch);
  }
  return best;
}

for (const input of inputs) {
  const text = readFileSync(input.path, 'utf8');
  const n = runs(input.bytes);
  await page.evaluate((t) => { window.__texts = { big: t, small: '一、x 增长1%' }; }, text);
  const samples = [];
  for (let k = 0; k <= n; k++) {
    await paste('small'); // the page really changes each time
    const r = await paste('big');
    if (k > 0) samples.push(r); // k = 0 warms up (JIT tiers, memory growth)
  }
  if (TRACE && input.bytes <= 100 * KB) input.cpu = await tracedCpu(n);
  input.pasteMs = Math.min(...samples.map((s) => s.detail.analysisMs));
  input.via = samples[0].detail.via;
  input.wasmMs = await page.evaluate(backToBack);
  input.dom = median(samples.map((s) => s.domAt - s.keyAt));
  input.wall = median(samples.map((s) => s.paintedAt - s.keyAt));
  // The painted frame started with the first frame callback after the DOM was ready.
  const frameAt = (s) => s.frames.find((f) => f >= s.domAt) ?? s.rafAt;
  const domEnd = (s) => Math.min(Math.max(s.domAt, s.taskEndAt ?? s.domAt), frameAt(s));
  input.work = median(samples.map((s) => domEnd(s) - s.keyAt + s.paintedAt - frameAt(s)));
  input.firstFrame = samples.filter((s) => s.frames[0] >= s.domAt).length;
  input.runs = samples.length;
  const presented = samples.map((s) => s.presented || 0);
  input.presented = median(presented);
  process.stderr.write(`# ${input.name}: dom+microtasks/wait/frame ${samples.map((s) => [domEnd(s) - s.keyAt, frameAt(s) - domEnd(s), s.paintedAt - frameAt(s)].map((x) => x.toFixed(1)).join("/")).join("  ")}\n`);
}
const browserVersion = ((await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/) || [])[1] || 'unknown';
await browser.close();
await site.close();
rmSync(dir, { recursive: true, force: true }); // the 1 MB and 10 MB inputs

// ---- table
const mbs = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Chromium ${browserVersion}, ${os.cpus().length} cores (load ${load}), ${PAGE || (MODE === 'file' ? 'offline file (file://)' : 'served page (http)')};` +
  ` wasm: the page's analysis call back to back on the main thread, best of many runs; native: ${CLI} bench, the same way;` +
  ' "+ output" adds UTF-16 spans and JSON output, as the wasm call adds them and JS objects.' +
  ' Times from the Ctrl+V keydown, median of the runs; "painted" = the first frame showing the results (meta, cards, outline,' +
  ' table rows and source text in view, with highlights) styled, laid out, painted and committed; "work" leaves out the idle' +
  ' wait for the next vsync, "wall" includes it.\n');
console.log(`| input | size | wasm (ms) | wasm MB/s | native (ms) | native MB/s | wasm / native | native + output (ms) | wasm / (native + output) | wasm in the paste (ms) | in the paste / native | paste→DOM (ms) | paste→painted, work (ms) | paste→painted, wall (ms) | 1st frame | presented (Event Timing, ms) |${TRACE ? ' main-thread CPU (ms) |' : ''}`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${TRACE ? '---:|' : ''}`);
for (const i of inputs) {
  const w = mbs(i.bytes, i.wasmMs);
  const nat = mbs(i.bytes, i.nativeMs);
  console.log(`| ${i.name} | ${i.bytes >= MB ? (i.bytes / MB).toFixed(1) + ' MB' : Math.round(i.bytes / KB) + ' KB'} | ${f2(i.wasmMs)} | ${w.toFixed(1)} | ${f2(i.nativeMs)} | ${nat.toFixed(1)} | ${Math.round((100 * w) / nat)}% | ${f2(i.nativeOutMs)} | ${Math.round((100 * w) / mbs(i.bytes, i.nativeOutMs))}% | ${f2(i.pasteMs)} (${i.via}) | ${Math.round((100 * mbs(i.bytes, i.pasteMs)) / nat)}% | ${f1(i.dom)} | ${f1(i.work)} | ${f1(i.wall)} | ${i.firstFrame}/${i.runs} | ${i.presented ? i.presented : '<16'} |${TRACE ? ` ${i.cpu === undefined ? '' : f1(i.cpu)} |` : ''}`);
}
const near50 = inputs.filter((i) => i.bytes >= 40 * KB && i.bytes <= 55 * KB);
if (near50.length) {
  console.log('\nGoal "paste→render ≤ 16 ms for a 50 KB report" (work until painted, median): ' +
    near50.map((i) => `${i.name} ${f1(i.work)} ms${i.work <= 16 ? ' (met)' : ' (not met)'} [wall ${f1(i.wall)} ms, DOM ${f1(i.dom)} ms, wasm in the paste ${f2(i.pasteMs)} ms]`).join('; ') +
    '. Goal "wasm ≥ 50% of native throughput" (both back to back): ' +
    inputs.map((i) => `${Math.round((100 * mbs(i.bytes, i.wasmMs)) / mbs(i.bytes, i.nativeMs))}%`).join(', ') +
    '; in the paste: ' +
    inputs.map((i) => `${Math.round((100 * mbs(i.bytes, i.pasteMs)) / mbs(i.bytes, i.nativeMs))}%`).join(', ') + '.');
}
if (errors.length) console.log(`\nPage errors: ${errors.join('; ')}`);
