/* Boot for the offline single file (dist/reportlens.html, opened from file://): fetch and
 * URL workers are refused there (WEB.md §3a), so the wasm is read from an inline base64
 * block and the worker is a classic Blob worker built from the glue's text plus worker.js. */
(function (RL) {
  'use strict';
  let workerUrl = null;

  /**
   * Decodes an inline base64 block (gunzipped when its data-encoding says gzip).
   * @param {string} id the block's element id
   * @returns {Promise<Uint8Array>}
   */
  async function inlineBytes(id) {
    const block = document.getElementById(id);
    const binary = atob(block.textContent.replace(/\s+/g, ''));
    let bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    if (block.dataset.encoding === 'gzip') {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    return bytes;
  }

  // The sample reports, unpacked when the page starts (app.js waits for this promise).
  self.RL_SAMPLES_LOAD = () => inlineBytes('rl-samples').then((bytes) => JSON.parse(new TextDecoder().decode(bytes)));

  RL.app.start({
    async loadModule() {
      const bytes = await inlineBytes('rl-wasm');
      return { module: await WebAssembly.compile(bytes), bytes };
    },
    loadReaders() {
      return inlineBytes('rl-readers-wasm');
    },
    createWorker() {
      if (!workerUrl) {
        // The executed glue and unpacker <script>s keep their text; worker.js waits in a
        // text/plain block.
        const text = (id) => document.getElementById(id).textContent;
        const source = [text('rl-glue'), text('rl-unpack'), text('rl-worker')].join('\n;\n');
        workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      }
      return new Worker(workerUrl);
    },
  });
})(self.RL);
