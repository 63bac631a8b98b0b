/* Runs analyses: small inputs right away on the main thread (runSync: its own instance, warmed
 * up in idle time after start), everything else off the main thread in one worker, newest
 * request wins, stale results dropped, cancel = terminate + recreate (wasm cannot be
 * interrupted, WEB.md §3b). Falls back to the main thread where workers are unavailable (CSP
 * without worker-src blob:, old browsers). */
(function (RL) {
  'use strict';

  /** Inputs above this size are cancelled, not waited for, when a newer request arrives. */
  const RESTART_ABOVE_BYTES = 512 * 1024;
  /** Give up on a worker that is not ready after this long and use the main thread. */
  const INIT_TIMEOUT_MS = 15000;
  /** Texts up to this many UTF-16 units (about 200 KB of Chinese UTF-8) are analysed on the
   * main thread, synchronously, once its own instance is ready: 50 KB takes 2–5 ms there,
   * less than the worker round trip (two structured clones and two task hops, plus the wait
   * for a core on a busy machine), and the results can be drawn in the same frame as the
   * paste. Bigger texts and all files go to the worker, so the page never freezes. */
  const SYNC_LIMIT_UNITS = 80000;
  /** The same for dropped or picked files, in bytes (decoded by the core). */
  const SYNC_LIMIT_BYTES = 200 * 1024;
  /** A few lines in the shape of a report, analysed in idle time after the main thread's
   * instance is ready (when the page gives no real report to warm up on, Assets.warmUpText),
   * so V8 has optimised the hot wasm code before the first real paste. */
  const WARM_UP = ('某区人民政府2024年政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5.2%，' +
    '一般公共预算收入239.9亿元，增长6.1%；新增高新技术企业120家，城镇居民人均可支配收入7.2万元。\n' +
    '二、2024年主要预期目标\n地区生产总值增长5%左右，固定资产投资增长6%以上，研发投入占比达3.5%。\n').repeat(8);
  const WARM_UP_RUNS = 6;

  /**
   * @typedef {{kind: 'text', text: string} | {kind: 'bytes', bytes: ArrayBuffer, maxBytes?: number}} Job
   * @typedef {{report: object, text: string, ms: number, total: number, via: 'worker'|'main'}} Result
   * @typedef {{loadModule: () => Promise<{module: WebAssembly.Module, bytes: Uint8Array}>, createWorker: () => Worker,
   *   loadReaders: () => Promise<Uint8Array>,
   *   warmUpText?: () => (string|null)}} Assets  warmUpText: a real report to warm the main thread's engine with
   */

  class Engine {
    /**
     * @param {Assets} assets how this build finds its wasm and worker
     */
    constructor(assets) {
      this.assets = assets;
      this.seq = 0;
      this.latest = 0;
      this.worker = null;
      this.current = null;
      this.pending = null;
      this.mainReady = null;
      this.wasm = null;
      this.version = '';
      this.via = 'worker';
      this.booting = null;
      /** Whether the main thread's own instance is instantiated and warmed up. */
      this.syncReady = false;
    }

    /**
     * Compiles the module and starts the worker (or the main-thread fallback).
     * @returns {Promise<{version: string, via: string}>}
     * @throws {Error} when WebAssembly cannot be compiled here (e.g. a CSP without 'wasm-unsafe-eval')
     */
    async init() {
      this.wasm = await this.assets.loadModule();
      try {
        await this.startWorker();
      } catch (err) {
        this.via = 'main';
        await this.startMain();
      }
      this.prepareSync();
      return { version: this.version, via: this.via };
    }

    /**
     * Instantiates the module on the main thread too (in the background: the worker serves
     * until then) and warms it up in idle time, for runSync().
     * @private
     */
    prepareSync() {
      this.syncReady = false;
      /** Resolves with true once runSync() can be used. */
      this.warmed = this.startMain().then(() => new Promise((resolve) => {
        let left = WARM_UP_RUNS;
        const idle = self.requestIdleCallback || ((fn) => setTimeout(fn, 16));
        const step = () => {
          const text = (this.assets.warmUpText && this.assets.warmUpText()) || WARM_UP;
          try {
            // The first run is as long as the longest text analysed here, so the wasm memory
            // has grown to its final size now and not during someone's paste (that doubled
            // the first analysis of a 40 KB report).
            self.reportlensAnalyze(left === WARM_UP_RUNS ? text.repeat(Math.ceil(SYNC_LIMIT_UNITS / text.length)) : text);
          } catch (_) {
            return resolve(false);
          }
          if (--left > 0) idle(step);
          else {
            this.syncReady = true;
            resolve(true);
          }
        };
        idle(step);
      }), () => false);
    }

    /**
     * Analyses a text on the main thread outside the request order (nothing becomes stale):
     * for warming up the page, not for input.
     * @param {string} text
     * @returns {object|null} the report, or null when the main thread's engine is not ready
     */
    analyzeQuietly(text) {
      if (!this.syncReady || this.syncBroken) return null;
      try {
        return self.reportlensAnalyze(text);
      } catch (_) {
        return null;
      }
    }

    /**
     * Analyses a small text or file right now, on the main thread, when that is faster than
     * the worker (see SYNC_LIMIT_UNITS). Newer than anything running or waiting: those become stale.
     * @param {Job} job
     * @returns {Result|null} null when this job should go through run() instead
     * @throws {Error} as run() rejects
     */
    runSync(job) {
      if (!this.syncReady || this.syncBroken) return null;
      if (job.kind === 'text' ? job.text.length > SYNC_LIMIT_UNITS : job.bytes.byteLength > SYNC_LIMIT_BYTES) return null;
      const id = ++this.seq;
      this.latest = id;
      // What the worker is doing is stale now; a big job is not worth finishing.
      if (this.current && this.current.size > RESTART_ABOVE_BYTES) this.restart(null);
      if (this.pending) {
        this.pending.resolve(null);
        this.pending = null;
      }
      // After an abort the glue's one instance per page may be broken: from now on every
      // analysis goes to the worker.
      return analyzeHere(job, () => {
        this.syncReady = false;
        this.syncBroken = true;
      });
    }

    /** @private */
    startWorker() {
      return new Promise((resolve, reject) => {
        let worker;
        try {
          worker = this.assets.createWorker();
        } catch (err) {
          reject(err);
          return;
        }
        const timer = setTimeout(() => reject(new Error('worker timeout')), INIT_TIMEOUT_MS);
        const fail = (err) => {
          clearTimeout(timer);
          worker.terminate();
          reject(err);
        };
        worker.onmessage = (e) => {
          if (e.data.type === 'ready') {
            clearTimeout(timer);
            this.version = e.data.version;
            this.worker = worker;
            worker.onmessage = (ev) => this.onMessage(ev.data);
            worker.onerror = (ev) => { ev.preventDefault(); this.onCrash(); };
            resolve();
          } else if (e.data.type === 'init-error') {
            fail(new Error(e.data.message));
          }
        };
        worker.onerror = (e) => { e.preventDefault(); fail(new Error(e.message || 'worker failed')); };
        try {
          worker.postMessage({ type: 'init', module: this.wasm.module });
        } catch (_) {
          // A WebAssembly.Module cannot be cloned here: send the bytes (the worker compiles).
          worker.postMessage({ type: 'init', bytes: this.wasm.bytes });
        }
      });
    }

    /**
     * Reads a web page, web archive or Word file into the text to analyse, with the second,
     * smaller wasm module (the readers), compiled and instantiated on first use so the page
     * does not pay for it until someone opens such a file. On the main thread: reading is a
     * single pass over the markup (a 1 MB page takes a few ms, see the note in app.js).
     * @param {ArrayBuffer} bytes
     * @param {{fileName?: string, mime?: string, maxBytes?: number}} hint
     * @returns {Promise<{text: string, format: string, encoding: string, warnings: string[]}>}
     * @throws {Error} with `kind` (not_text, too_large, malformed) for files it cannot read
     */
    async read(bytes, hint) {
      return this.withReaders((readers) => readers.readFile(new Uint8Array(bytes), hint));
    }

    /**
     * Reads HTML from the clipboard (text/html) into the text to analyse, as read() does.
     * @param {string} html
     * @returns {Promise<{text: string, format: string, encoding: string, warnings: string[]}>}
     */
    async readHtml(html) {
      return this.withReaders((readers) => readers.readHtml(html));
    }

    /** @private */
    async withReaders(call) {
      if (!this.readers) {
        /* global reportlens_readers */
        this.readers = this.assets.loadReaders()
          .then((wasm) => WebAssembly.compile(wasm))
          .then((module) => reportlens_readers({ module_or_path: module }))
          .then(() => reportlens_readers);
        this.readers.catch(() => { this.readers = null; });
      }
      const readers = await this.readers;
      try {
        return call(readers);
      } catch (err) {
        if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) {
          this.readers = null; // a fresh instance next time (WEB.md P8)
          throw Object.assign(new Error(err.message), { kind: 'crash' });
        }
        throw err;
      }
    }

    /** @private */
    async startMain() {
      if (!this.mainReady) {
        /* global wasm_bindgen */
        this.mainReady = wasm_bindgen({ module_or_path: this.wasm.module }).then(() => {
          this.version = wasm_bindgen.version();
        });
      }
      return this.mainReady;
    }

    /**
     * Analyses text or file bytes. Resolves with the result, or with null when a newer
     * request made this one stale, or with {cancelled: true} after cancel().
     * @param {Job} job
     * @returns {Promise<Result|null|{cancelled: true}>}
     * @throws {Error} with `kind` (not_text, too_large, malformed, crash) for inputs the core refuses
     */
    run(job) {
      const id = ++this.seq;
      this.latest = id;
      if (this.via === 'main') return this.runMain(id, job);
      return new Promise((resolve, reject) => {
        const request = { id, job, resolve, reject, size: jobSize(job), t0: performance.now() };
        // A big stale analysis is not worth waiting for: cancel it.
        if (this.current && this.current.size > RESTART_ABOVE_BYTES) this.restart(null);
        if (this.current || this.booting) {
          // Only the newest waiting request survives; older ones are stale already.
          if (this.pending) this.pending.resolve(null);
          this.pending = request;
          return;
        }
        this.send(request);
      });
    }

    /** @private */
    async runMain(id, job) {
      await this.startMain();
      // Let the page paint its "analysing" state before the main thread is busy.
      await new Promise((r) => setTimeout(r, 0));
      if (id !== this.latest) return null;
      // After an abort: instantiate afresh for the next call.
      const result = analyzeHere(job, () => {
        this.mainReady = null;
        this.syncBroken = true;
      });
      return id === this.latest ? result : null;
    }

    /** @private */
    send(request) {
      this.current = request;
      const { job, id } = request;
      if (job.kind === 'bytes') {
        // Transfer, do not copy: the page does not need the bytes again.
        this.worker.postMessage({ type: 'bytes', id, bytes: job.bytes, maxBytes: job.maxBytes }, [job.bytes]);
      } else {
        this.worker.postMessage({ type: 'text', id, text: job.text });
      }
    }

    /** @private */
    onMessage(msg) {
      const req = this.current;
      if (!req || msg.id !== req.id) return;
      this.current = null;
      if (msg.type === 'result') {
        const text = msg.text !== undefined ? msg.text : req.job.text;
        req.resolve(req.id === this.latest
          ? { report: msg.report, text, ms: msg.ms, total: performance.now() - req.t0, via: 'worker' }
          : null);
      } else if (req.id !== this.latest) {
        req.resolve(null);
      } else {
        req.reject(Object.assign(new Error(msg.error.message), { kind: msg.error.kind }));
      }
      if (msg.type === 'error' && msg.error.kind === 'crash') this.restart(undefined);
      else this.flush();
    }

    /** @private sends the waiting request once the worker is free */
    flush() {
      const p = this.pending;
      if (!p || this.current || this.booting) return;
      this.pending = null;
      if (p.id !== this.latest) p.resolve(null);
      else if (this.worker) this.send(p);
      else this.runMain(p.id, p.job).then(p.resolve, p.reject);
    }

    /** @private the worker died (out of memory, a crash): fail the request, start afresh */
    onCrash() {
      const req = this.current;
      this.current = null;
      if (req) req.reject(Object.assign(new Error('worker crashed'), { kind: 'crash' }));
      this.restart(undefined);
    }

    /**
     * Terminates the worker and boots a new one; the running request resolves with
     * `outcome` (undefined: it was settled already). Requests made meanwhile wait in `pending`.
     * @private
     */
    restart(outcome) {
      if (this.current && outcome !== undefined) this.current.resolve(outcome);
      this.current = null;
      if (this.worker) this.worker.terminate();
      this.worker = null;
      this.booting = this.startWorker()
        .catch(() => {
          this.via = 'main';
          return this.startMain();
        })
        .then(() => {
          this.booting = null;
          this.flush();
        });
    }

    /**
     * Stops the running analysis, if any (its promise resolves with {cancelled: true}).
     * @returns {boolean} whether something was running
     */
    cancel() {
      if (!this.current) return false;
      this.latest = ++this.seq;
      this.restart({ cancelled: true });
      return true;
    }

    /** Makes every running or waiting request stale (their promises resolve with null). */
    invalidate() {
      this.latest = ++this.seq;
    }

    /** @returns {boolean} whether an analysis is running */
    busy() {
      return this.current !== null;
    }
  }

  /**
   * Analyses a job with the main thread's instance. A wasm abort (RuntimeError) leaves that
   * instance possibly inconsistent (WEB.md P8): `onCrash` marks it unusable, and the error
   * is rethrown with kind `crash`.
   * @param {Job} job
   * @param {() => void} onCrash
   * @returns {Result}
   */
  function analyzeHere(job, onCrash) {
    const t0 = performance.now();
    let report;
    try {
      report = job.kind === 'bytes'
        ? self.reportlensAnalyzeBytes(new Uint8Array(job.bytes), { includeText: true, maxBytes: job.maxBytes })
        : self.reportlensAnalyze(job.text);
    } catch (err) {
      if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) {
        onCrash();
        throw Object.assign(new Error(err.message), { kind: 'crash' });
      }
      throw err;
    }
    const ms = performance.now() - t0;
    let text = job.text;
    if (report.text !== undefined) {
      text = report.text;
      delete report.text;
    }
    return { report, text, ms, total: ms, via: 'main' };
  }

  function jobSize(job) {
    return job.kind === 'bytes' ? job.bytes.byteLength : job.text.length * 2;
  }

  RL.Engine = Engine;
})(self.RL = self.RL || {});
