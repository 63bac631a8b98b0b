/* Boot for the served site (http://127.0.0.1/…): the wasm is fetched from pkg/ and the
 * worker is loaded by URL (it imports the glue itself). The offline file uses boot-inline.js. */
(function (RL) {
  'use strict';
  RL.app.start({
    async loadModule() {
      const response = await fetch('pkg/reportlens_bg.wasm');
      if (!response.ok) throw new Error(`pkg/reportlens_bg.wasm: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // Async compile: sync compilation of big modules is refused on the main thread (WEB.md P11).
      return { module: await WebAssembly.compile(bytes), bytes };
    },
    async loadReaders() {
      const response = await fetch('pkg/readers_bg.wasm');
      if (!response.ok) throw new Error(`pkg/readers_bg.wasm: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    createWorker() {
      return new Worker('js/worker.js');
    },
  });
})(self.RL);
