/* Small DOM and formatting helpers. Untrusted text only ever goes through textContent. */
(function (RL) {
  'use strict';

  /**
   * Creates an element. Children that are strings become text nodes (never parsed as HTML).
   * @param {string} tag
   * @param {Object<string, *>} [props] `class`, `text`, `dataset`, `aria-*`/other attributes, `on*` listeners
   * @param {...(Node|string|null|undefined)} children
   * @returns {HTMLElement}
   */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const key in props) {
        const value = props[key];
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'dataset') for (const name in value) node.dataset[name] = value[name];
        else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /**
   * Removes every child of a node (faster than textContent = '' for big subtrees in Chromium).
   * @param {Node} node
   */
  function clear(node) {
    node.replaceChildren();
  }

  /**
   * Formats a byte count for people: 1.2 MB, 340 KB.
   * @param {number} bytes
   * @returns {string}
   */
  function formatBytes(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / 1024 / 1024).toFixed(1) + ' MB';
    if (bytes >= 1024) return Math.round(bytes / 1024) + ' KB';
    return bytes + ' B';
  }

  /**
   * Formats an integer with thousands separators.
   * @param {number} n
   * @returns {string}
   */
  function formatInt(n) {
    // By hand, not toLocaleString: its first call sets up ICU's number formatting, which took
    // ~10 ms in the middle of the first paste's rendering.
    const s = String(Math.trunc(Number(n)));
    return s.replace(/\B(?=(\d{3})+$)/g, ',');
  }

  /**
   * Formats a duration in ms with a precision that fits its size.
   * @param {number} ms
   * @returns {string}
   */
  function formatMs(ms) {
    return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : String(Math.round(ms));
  }

  /**
   * Delays calls until `wait` ms passed without a new call.
   * @template {Function} F
   * @param {F} fn
   * @param {number} wait
   * @returns {F & {cancel: () => void}}
   */
  function debounce(fn, wait) {
    let timer = 0;
    const debounced = (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), wait);
    };
    debounced.cancel = () => clearTimeout(timer);
    return debounced;
  }

  /**
   * Runs `fn` when the browser is idle (after the next frame has been drawn), at the latest
   * after `timeout` ms: for work the first paint does not need.
   * @param {() => void} fn
   * @param {number} [timeout]
   * @returns {() => void} cancels the call if it has not run yet
   */
  function idle(fn, timeout = 500) {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => fn(), { timeout });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(fn, 50);
    return () => clearTimeout(id);
  }

  /**
   * Runs `fn` once the next frame has been drawn (its rendering work done on this thread).
   * @param {() => void} fn
   */
  function afterPaint(fn) {
    requestAnimationFrame(() => setTimeout(fn, 0));
  }

  /**
   * Offers data as a file download (an object URL on a temporary link; works from file://).
   * @param {string} filename
   * @param {BlobPart[]} parts
   * @param {string} type MIME type
   */
  function download(filename, parts, type) {
    const url = URL.createObjectURL(new Blob(parts, { type }));
    const link = el('a', { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: Chromium starts the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /**
   * Copies text to the clipboard, falling back to execCommand where the async API is denied.
   * @param {string} text
   * @returns {Promise<void>}
   */
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (_) {
      const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      if (!ok) throw new Error('clipboard unavailable');
    }
  }

  /**
   * Reads and writes a preference; storage may be unavailable (file://, privacy modes).
   * @param {string} key
   * @param {string} [value] when given, stores it
   * @returns {string|null}
   */
  function pref(key, value) {
    try {
      if (value !== undefined) localStorage.setItem('reportlens.' + key, value);
      return localStorage.getItem('reportlens.' + key);
    } catch (_) {
      return null;
    }
  }

  RL.util = { el, clear, formatBytes, formatInt, formatMs, debounce, idle, afterPaint, download, copyText, pref };
})(self.RL = self.RL || {});
