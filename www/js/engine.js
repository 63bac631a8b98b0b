/* Runs analyses off the main thread: one worker, newest request wins, stale results dropped,
 * cancel = terminate + recreate (wasm cannot be interrupted, WEB.md §3b). Falls back to the
 * main thread where workers are unavailable (CSP without worker-src blob:, old browsers). */
(function (RL) {
  'use strict';

  /** Inputs above this size are cancelled, not waited for, when a newer request arrives. */
  const RESTART_ABOVE_BYTES = 512 * 1024;
  /** Give up on a worker that is not ready after this long and use the main thread. */
  const INIT_TIMEOUT_MS = 15000;

  /**
   * @typedef {{kind: 'text', text: string} | {kind: 'bytes', bytes: ArrayBuffer, maxBytes?: number}} Job
   * @typedef {{report: object, text: string, ms: number, total: number, via: 'worker'|'main'}} Result
   * @typedef {{loadModule: () => Promise<{module: WebAssembly.Module, bytes: Uint8Array}>, createWorker: () => Worker}} Assets
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
      return { version: this.version, via: this.via };
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
      const t0 = performance.now();
      let report;
      let text = job.text;
      try {
        report = job.kind === 'bytes'
          ? wasm_bindgen.analyzeBytes(new Uint8Array(job.bytes), { includeText: true, maxBytes: job.maxBytes })
          : wasm_bindgen.analyze(job.text);
      } catch (err) {
        if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) {
          // The instance may be broken after an abort: instantiate afresh for the next call.
          this.mainReady = null;
          throw Object.assign(new Error(err.message), { kind: 'crash' });
        }
        throw err;
      }
      const ms = performance.now() - t0;
      if (report.text !== undefined) {
        text = report.text;
        delete report.text;
      }
      return id === this.latest ? { report, text, ms, total: ms, via: 'main' } : null;
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

  function jobSize(job) {
    return job.kind === 'bytes' ? job.bytes.byteLength : job.text.length * 2;
  }

  RL.Engine = Engine;
})(self.RL = self.RL || {});
