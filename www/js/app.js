/* Wires the page: input (paste, typing, drop, file picker, samples) → Engine → views.
 * Started by a boot script (boot-served.js or the offline file's boot-inline.js) that says
 * where the wasm and the worker come from. */
(function (RL) {
  'use strict';
  const { el, clear, formatBytes, formatInt, formatMs, debounce, idle, afterPaint, download, copyText, pref } = RL.util;
  const t = (k) => RL.i18n.t(k);
  const $ = (id) => document.getElementById(id);

  /** Typing pauses this long before analysis; pastes and drops analyse at once. */
  const TYPING_DEBOUNCE_MS = 250;
  /** Pasted or dropped text longer than this stays out of the editor: laying out a textarea of
   * a megabyte takes longer than analysing it, and nobody edits a 50 MB text in a textarea. */
  const EDITOR_LIMIT_CHARS = 300000;
  /** Pastes at least this long are put into the editor by the page, not by the browser: the
   * browser's paste command lays the whole editor out twice and scrolls to the caret (about
   * 9 ms for 50 KB), where setting the text is 0.3 ms. Shorter pastes keep the browser's own
   * (undoable) paste. */
  const PASTE_TAKEOVER_CHARS = 2000;

  const state = {
    engine: null,
    model: null,
    rows: [],
    sort: { column: 'index', dir: 1 },
    filters: { role: '', status: '', section: null, query: '' },
    generation: 0,
    busyTimer: 0,
    selected: -1,
    /** A report's text on its way into the folded editor (foldEditor), or null. */
    editorText: null,
    /** What each view shows now (see changed()). */
    shown: {},
  };
  let table, source;

  /**
   * Starts the page.
   * @param {import('./engine.js').Assets} assets where this build's wasm and worker come from
   */
  async function start(assets) {
    // Chinese by default (the reports are Chinese); English only when chosen.
    RL.i18n.setLanguage(pref('lang') || 'zh');
    applyTheme(pref('theme') || 'auto');
    table = new RL.IndicatorTable($('indicators'), $('table-scroll'), { onSelect: (i) => select(i, 'table'), onSort: onSort });
    source = new RL.SourceView($('source'), { onPick: (i) => select(i, 'source') });
    wireInput();
    wireControls();
    fillSamples();
    relabel();
    showMessage('', null);
    setStatus(t('loadingEngine'));
    // The main thread's engine warms up on the bundled reports, once they are unpacked: all of
    // them, so every part of the analyser has run (one report left the code for page chrome
    // cold, and a first paste with chrome took 8 ms instead of 2.5).
    state.engine = new RL.Engine(Object.assign({}, assets, {
      warmUpText: () => (self.RL_SAMPLES && self.RL_SAMPLES.length ? self.RL_SAMPLES.map((s) => s.text).join('\n') : null),
    }));
    try {
      const { version, via } = await state.engine.init();
      $('version').textContent = `reportlens ${version} (${via === 'worker' ? 'WebAssembly, Web Worker' : 'WebAssembly'})`;
      setStatus('');
      document.body.dataset.engine = via;
      state.engine.warmed.then((ready) => {
        if (!ready) return;
        document.body.dataset.sync = 'ready'; // small inputs are analysed on this thread now
        idle(rehearse, 2000);
      });
    } catch (err) {
      const csp = /Content Security Policy|unsafe-eval/i.test(String(err && err.message));
      showMessage(csp ? t('errCsp') : t('errEngine') + String((err && err.message) || err), 'error');
      setStatus('');
      document.body.dataset.engine = 'failed';
      return;
    }
    analyzeEditor();
  }

  /**
   * Renders a bundled report once, invisibly, when the page is idle after start. The first
   * real paste then finds this page's code optimised and the browser's font, shaping and
   * layout caches warm: cold, its first frame took ~50 ms longer than later ones.
   */
  function rehearse() {
    const sample = self.RL_SAMPLES && self.RL_SAMPLES[0];
    if (!sample || state.result) return;
    const report = state.engine.analyzeQuietly(sample.text);
    if (!report) return;
    const rehearsal = { report, text: sample.text, ms: 0, total: 0, via: 'main' };
    $('results').classList.add('rehearsal');
    show(rehearsal, performance.now(), true);
    // After one frame (laid out, not painted: see .rehearsal in style.css), unless something
    // real was shown meanwhile.
    afterPaint(() => {
      if (state.result === rehearsal) clearResults();
    });
  }

  // ---------------------------------------------------------------- input

  function wireInput() {
    const input = $('input');
    const typed = debounce(analyzeEditor, TYPING_DEBOUNCE_MS);
    // A huge paste goes straight to analysis instead of into the editor (see EDITOR_LIMIT_CHARS).
    const pasted = (e) => {
      flushEditor(); // a paste in the frame after the last one (the text is not in yet)
      const text = e.clipboardData && e.clipboardData.getData('text/plain');
      // Only HTML on the clipboard (some editors and web apps copy no plain text): its readable
      // text, extracted by the readers module. With plain text there, the browser's own
      // rendering of the selection is used: it is what the user saw, and it is instant.
      const html = !text && e.clipboardData && e.clipboardData.getData('text/html');
      if (html && !(e.target !== input && e.target.closest && e.target.closest('input, textarea, select, [contenteditable]'))) {
        e.preventDefault();
        typed.cancel();
        state.inputAt = performance.now();
        state.fileName = null;
        state.engine.readHtml(html).then((extracted) => {
          input.value = extracted.text;
          if (extracted.text.length >= PASTE_TAKEOVER_CHARS) collapseEditor(extracted.text.length);
          analyzeEditor();
        }, failed);
        return;
      }
      // Into the editor: short pastes are the browser's (an 'input' event follows). Elsewhere
      // on the page (not in another text field), a paste is a new report.
      const intoEditor = e.target === input;
      if (!text || (intoEditor && text.length < PASTE_TAKEOVER_CHARS)) return;
      if (!intoEditor && e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      typed.cancel();
      state.inputAt = performance.now();
      state.fileName = null;
      if (text.length > EDITOR_LIMIT_CHARS) {
        expandEditor(false);
        input.value = '';
        showMessage(t('bigPasteNote')(formatInt(text.length)), 'info');
        run({ kind: 'text', text }, null, true);
        return;
      }
      // As the browser pastes into a textarea: line breaks normalised, the selection replaced,
      // the caret after the pasted text. A whole report (the editor was empty, all of it
      // selected, or the paste was elsewhere on the page) folds the editor away first.
      const whole = !intoEditor || input.value.length === 0 || (input.selectionStart === 0 && input.selectionEnd === input.value.length);
      const clean = text.replace(/\r\n?/g, '\n');
      if (whole && clean.length >= PASTE_TAKEOVER_CHARS) {
        foldEditor(clean);
      } else if (whole) {
        expandEditor(false);
        input.value = clean;
      } else {
        input.setRangeText(clean, input.selectionStart, input.selectionEnd, 'end');
      }
      analyzeEditor();
    };
    input.addEventListener('paste', pasted);
    document.addEventListener('paste', (e) => { if (e.target !== input) pasted(e); });
    $('edit-text').addEventListener('click', () => expandEditor(true));
    input.addEventListener('input', (e) => {
      state.fileName = null;
      state.editorText = null; // what the textarea has now wins
      expandEditor(false); // changed by something other than a paste the page handled
      if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' || e.inputType === 'insertReplacementText') {
        typed.cancel();
        state.inputAt = performance.now();
        analyzeEditor();
      } else {
        state.inputAt = performance.now();
        typed();
      }
    });
    $('file').addEventListener('change', () => {
      const file = $('file').files[0];
      if (file) openFile(file);
      $('file').value = '';
    });
    // Drop anywhere: capture at the window so text areas do not insert the file's name.
    let depth = 0;
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    window.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      $('dropzone').hidden = false;
    }, true);
    window.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }, true);
    window.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) $('dropzone').hidden = true;
    }, true);
    window.addEventListener('drop', (e) => {
      depth = 0;
      $('dropzone').hidden = true;
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const file = e.dataTransfer.files[0];
      if (file) openFile(file);
    }, true);
  }

  /**
   * Folds the editor into a one-line bar once a whole report was pasted, opened or picked: the
   * source pane shows the text, and a textarea holding 50 KB costs a layout of all of it
   * (about a third of the first frame after a paste). The bar opens it again for editing; a
   * paste anywhere on the page replaces the report.
   * @param {number} chars length of the text now in the editor
   */
  function collapseEditor(chars) {
    const input = $('input');
    const bar = $('edit-text');
    const focused = document.activeElement === input;
    // A class, not the hidden attribute: hiding the focused element through its hidden
    // attribute brings style and layout up to date on the spot (0.6 ms for a new report).
    input.classList.add('folded');
    bar.hidden = false;
    bar.dataset.chars = String(chars);
    bar.textContent = t('editorFolded')(formatInt(chars));
    // Keyboard focus follows to the bar once the results are on screen: focus() brings style
    // and layout up to date, a pass of its own before then. (Unless something else took the
    // focus meanwhile.)
    if (focused) {
      afterPaint(() => {
        const now = document.activeElement;
        if (!bar.hidden && (now === input || now === document.body || now === null)) bar.focus({ preventScroll: true });
      });
    }
  }

  /**
   * Folds the editor (collapseEditor) over a whole report's text. The text goes into the
   * textarea once the results are on screen: setting the value of a textarea that has the
   * focus lays the page out on the spot (to place the caret), and taking the focus away first
   * costs a style and layout pass of its own. Until then editorText() has it.
   * @param {string} text
   */
  function foldEditor(text) {
    collapseEditor(text.length); // its focus move to the bar comes first after the paint
    state.editorText = text;
    afterPaint(flushEditor);
  }

  /** Puts the text waiting for the folded editor into it (see foldEditor). */
  function flushEditor() {
    if (state.editorText === null) return;
    $('input').value = state.editorText;
    state.editorText = null;
  }

  /** The editor's text, including one on its way in (see foldEditor). */
  function editorText() {
    return state.editorText !== null ? state.editorText : $('input').value;
  }

  /**
   * Shows the editor again.
   * @param {boolean} focus move the focus into it
   */
  function expandEditor(focus) {
    flushEditor();
    const input = $('input');
    if (input.classList.contains('folded')) {
      const hadFocus = document.activeElement === $('edit-text');
      $('edit-text').hidden = true;
      input.classList.remove('folded');
      if (focus || hadFocus) input.focus({ preventScroll: true });
    } else if (focus) {
      input.focus();
    }
  }

  /** Analyses the editor's text (typing, paste, sample). */
  function analyzeEditor() {
    const text = editorText();
    if (!state.engine) return;
    if (text.length === 0) expandEditor(false);
    if (text.length === 0) {
      state.engine.invalidate();
      clearResults();
      showMessage(t('empty'), 'hint');
      return;
    }
    if (!/\S/.test(text)) {
      state.engine.invalidate();
      clearResults();
      showMessage(t('blank'), 'hint');
      return;
    }
    run({ kind: 'text', text }, null);
  }

  /**
   * Reads a dropped or picked file with progress, then analyses its bytes (GBK, UTF-16 and
   * BOMs are decoded by the core, exactly as the CLI does).
   * @param {File} file
   */
  function openFile(file) {
    state.inputAt = performance.now();
    const reader = new FileReader();
    showBusy(t('reading')(0), 0);
    reader.onprogress = (e) => {
      if (e.lengthComputable) showBusy(t('reading')(Math.round((100 * e.loaded) / e.total)), e.loaded / e.total * 100);
    };
    reader.onerror = () => {
      hideBusy();
      showMessage(String(reader.error), 'error');
    };
    reader.onload = () => {
      const info = { name: file.name, size: file.size };
      if (isMarkup(file, reader.result)) readMarkup(reader.result, file, info);
      else run({ kind: 'bytes', bytes: reader.result }, info);
    };
    reader.readAsArrayBuffer(file);
  }

  /** Files for the readers module: web pages, web archives, Word files (by name, type or content). */
  const MARKUP_NAME = /\.(html?|xhtml|mht|mhtml|docx|xml)$/i;
  function isMarkup(file, bytes) {
    if (MARKUP_NAME.test(file.name) || /html|xml|wordprocessingml|multipart/.test(file.type)) return true;
    const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 512));
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return true; // zip: .docx
    const start = String.fromCharCode.apply(null, head).replace(/^(\xef\xbb\xbf)?\s*/, '').slice(0, 64).toLowerCase();
    return /^(<!doctype html|<html|<\?xml|mime-version:)/.test(start);
  }

  /**
   * Reads a web page or Word file into text (the readers module, loaded on first use), then
   * analyses that text like a paste; spans and highlights point into the extracted text,
   * which is what the editor and the source view show.
   */
  async function readMarkup(bytes, file, info) {
    showBusy(t('extracting'), null);
    // Let the page paint the state before the main thread reads.
    await new Promise((r) => setTimeout(r, 0));
    let extracted;
    try {
      extracted = await state.engine.read(bytes, { fileName: file.name, mime: file.type || undefined });
    } catch (err) {
      failed(err);
      return;
    }
    info.extracted = extracted;
    run({ kind: 'text', text: extracted.text }, info);
  }

  /**
   * Analyses a job and shows the result (or the error).
   * @param {import('./engine.js').Job} job
   * @param {{name: string, size: number}|null} file the file it came from, if any
   * @param {boolean} [keepMessage] leave the message above the results as it is
   */
  async function run(job, file, keepMessage) {
    const started = performance.now();
    // Small inputs: analysed and drawn right here, so the next frame shows the results.
    let result;
    try {
      result = state.engine.runSync(job);
    } catch (err) {
      failed(err);
      return;
    }
    if (result) {
      finish(result, file, keepMessage, started);
      return;
    }
    clearTimeout(state.busyTimer);
    // Small inputs finish before a spinner would be seen; only show it for slow ones.
    state.busyTimer = setTimeout(function tick() {
      showBusy(t('analysing')(((performance.now() - started) / 1000).toFixed(1)), null);
      state.busyTimer = setTimeout(tick, 200);
    }, 150);
    try {
      result = await state.engine.run(job);
    } catch (err) {
      failed(err);
      return;
    }
    if (result === null) return; // stale: a newer request is on its way
    if (result.cancelled) {
      stopBusy();
      showMessage(t('cancelled'), 'hint');
      return;
    }
    finish(result, file, keepMessage, started);
  }

  /** Shows an analysis that failed. */
  function failed(err) {
    stopBusy();
    clearResults();
    showMessage(errorText(err), 'error', err && err.message);
  }

  /** Shows a finished analysis (of a file: its text goes into the editor when it fits). */
  function finish(result, file, keepMessage, started) {
    stopBusy();
    if (file && file.extracted) {
      // What the reader saw (a damaged file, a guessed charset) comes first, as for text files.
      const report = result.report;
      report.warnings = file.extracted.warnings.concat(report.warnings || []);
      report.stats.encoding = file.extracted.encoding;
      report.stats.format = file.extracted.format;
    }
    if (file) {
      state.fileName = file.name;
      const editor = $('input');
      if (result.text.length <= EDITOR_LIMIT_CHARS) {
        foldEditor(result.text);
        showMessage(t('fileLoaded')(file.name, formatBytes(file.size)), 'info');
      } else {
        expandEditor(false);
        editor.value = '';
        showMessage(t('bigFileNote')(file.name, formatBytes(file.size)), 'info');
      }
    } else if (!keepMessage) {
      showMessage('', null);
    }
    show(result, started);
  }

  function errorText(err) {
    const kind = err && err.kind;
    if (kind === 'not_text') return t('errNotText');
    if (kind === 'too_large') return t('errTooLarge');
    if (kind === 'malformed') return t('errMalformed');
    if (kind === 'crash') return t('errCrashed');
    return String((err && err.message) || err);
  }

  // ---------------------------------------------------------------- results

  /**
   * Renders a finished analysis.
   * @param {object} result from the engine
   * @param {number} started when the request started (performance.now())
   * @param {boolean} [quiet] a rehearsal: status, message, filters and events left alone
   */
  function show(result, started, quiet) {
    const t0 = performance.now();
    const phases = {};
    let last = t0;
    const phase = (name) => {
      const now = performance.now();
      phases[name] = now - last;
      last = now;
    };
    const model = RL.model.prepare(result.report, result.text);
    state.model = model;
    state.result = result;
    state.selected = -1;
    if (!quiet) $('results').classList.remove('rehearsal');
    $('results').hidden = false;
    const report = result.report;
    // Views whose data did not change (typing in the body of a report) are left as they are:
    // rebuilding them would cost layout and paint for nothing.
    if (changed('meta', report.meta)) RL.views.renderMeta($('meta'), report.meta);
    RL.views.renderHeadlines($('headlines'), model, (i) => select(i, 'card'));
    phase('meta');
    if (changed('outline', report.sections.map((s) => [s.level, s.label, s.title, s.kind, s.parent]))) {
      RL.views.renderOutline($('outline'), report, jumpToSection);
      $('outline-count').textContent = String(report.sections.length);
    }
    // The section menu's options are not seen until it is opened: filled in idle time, unless
    // a section filter is on (it must be checked against the new outline now).
    if (state.filters.section !== null) fillSectionFilter();
    else deferSectionFilter();
    phase('outline');
    if (!quiet && !keepFilters()) resetFilters();
    refreshRows({ later: true });
    phase('table');
    if (changed('tasks', report.tasks)) RL.views.renderTasks($('tasks'), report.tasks, (task) => source.reveal(task.start, task.end));
    $('task-count').textContent = String(result.report.tasks.length);
    $('tab-tasks').hidden = result.report.tasks.length === 0;
    if (result.report.tasks.length === 0) selectTab('indicators');
    phase('tasks');
    source.setModel(model);
    phase('source');
    if (!quiet) {
      if (changed('warnings', report.warnings)) renderWarnings(report.warnings);
      const s = result.report.stats;
      setStatus(t('stats')({
        ms: formatMs(result.ms), via: result.via === 'worker' ? t('viaWorker') : t('viaMain'),
        chars: formatInt(s.chars), lines: formatInt(s.lines), encoding: (s.format && s.format !== 'text' ? s.format.toUpperCase() + ', ' : '') + (s.encoding || 'UTF-16'),
      }));
      if (result.report.sections.length === 0 && result.report.indicators.length === 0) showMessage(t('noFindings'), 'hint');
      phase('status');
    }
    // Only now, with the page built, is it known where the table and the source text sit on
    // screen. One layout tells (the next frame would lay the page out anyway), then only the
    // rows and the highlights that the window shows are built: all measured first, then all
    // changed, or each measure would lay the page out again. The source places the blocks not
    // laid out yet by estimated heights; the next round, on the page laid out with the real
    // ones, adds what came into view (usually nothing).
    for (let round = 0; round < 3; round++) {
      const fills = [table.inView(), source.inView()].filter(Boolean);
      if (!fills.length) break;
      for (const fill of fills) fill();
    }
    // The page is laid out now, rows and highlights included. The next frame needs that
    // layout, and until it starts the thread is idle; left to it, the browser's own tasks after
    // a paste (autofill's form checks, the fix-up of the focus in the folded editor) would do
    // it in between, each a forced layout of the whole new page.
    void $('results').offsetHeight;
    phase('inView');
    if (quiet) return;
    const rendered = performance.now();
    state.generation++;
    $('results').dataset.generation = String(state.generation);
    // For tests and scripts/bench-web.sh: what happened when (ms since page load).
    document.dispatchEvent(new CustomEvent('reportlens:rendered', {
      detail: {
        generation: state.generation, inputAt: state.inputAt || started, started, analysisMs: result.ms, via: result.via,
        roundTripMs: result.total, renderMs: rendered - t0, renderedAt: rendered, phases,
        sections: result.report.sections.length, indicators: result.report.indicators.length,
      },
    }));
  }

  /**
   * Whether a view's data differs from what it shows now (in the current language); records it.
   * @param {string} view
   * @param {*} data JSON-serialisable
   */
  function changed(view, data) {
    const key = RL.i18n.language() + JSON.stringify(data);
    if (state.shown[view] === key) return false;
    state.shown[view] = key;
    return true;
  }

  function clearResults() {
    state.shown = {};
    state.model = null;
    state.result = null;
    $('results').hidden = true;
    $('results').classList.remove('rehearsal');
    clear($('warnings'));
    $('warnings').hidden = true;
    setStatus('');
  }

  function renderWarnings(warnings) {
    const ul = $('warnings');
    clear(ul);
    for (const w of warnings || []) ul.append(el('li', null, w));
    ul.hidden = !ul.childElementCount;
  }

  /**
   * Applies filters and sort, then re-renders the table.
   * @param {{later?: boolean}} [opts] a new report: the rows in view are built by the caller
   *   once the page is built (IndicatorTable.setRows)
   */
  function refreshRows(opts) {
    if (!state.model) return;
    const filtered = RL.model.filterIndicators(state.model, state.filters);
    state.rows = state.sort.column === 'index' && state.sort.dir === 1
      ? filtered : RL.model.sortIndicators(state.model, filtered, state.sort.column, state.sort.dir);
    table.setRows(state.model, state.rows, opts);
    const total = state.model.report.indicators.length;
    $('indicator-count').textContent = String(total);
    $('shown-count').textContent = t('shown')(state.rows.length, total);
    if (state.selected >= 0) table.select(state.selected, { scroll: false });
  }

  function onSort(column, dir) {
    state.sort = { column, dir };
    refreshRows();
  }

  /**
   * Selects an indicator everywhere: its row, its highlight, scrolled into view.
   * @param {number} i
   * @param {'table'|'source'|'card'} from where the user clicked
   */
  function select(i, from) {
    if (!state.model || !(i >= 0)) return;
    state.selected = i;
    selectTab('indicators');
    if (!table.select(i, { scroll: from !== 'table', focus: from === 'source' || from === 'card' })) {
      // Filtered out: show every row again rather than select something invisible.
      resetFilters();
      refreshRows();
      table.select(i, { scroll: true, focus: from !== 'table' });
    }
    source.selectIndicator(i, { scroll: from !== 'source' });
  }

  function jumpToSection(s) {
    const sec = state.model && state.model.report.sections[s];
    if (sec) source.reveal(sec.start, Math.min(sec.end, sec.start + (sec.label + sec.title).length + 2));
  }

  // ---------------------------------------------------------------- filters & controls

  function fillRoleStatusFilters() {
    const role = $('filter-role');
    const status = $('filter-status');
    const keepRole = role.value, keepStatus = status.value;
    clear(role);
    clear(status);
    role.append(el('option', { value: '' }, t('allRoles')));
    for (const r of RL.model.ROLE_ORDER) role.append(el('option', { value: r }, t('roles')[r]));
    status.append(el('option', { value: '' }, t('allStatuses')));
    for (const s of RL.model.STATUS_ORDER) status.append(el('option', { value: s }, t('statuses')[s]));
    role.value = keepRole;
    status.value = keepStatus;
  }

  /** Fills the section menu when the browser is idle, or as soon as someone reaches for it. */
  function deferSectionFilter() {
    if (state.cancelSectionFill) state.cancelSectionFill();
    state.cancelSectionFill = idle(fillSectionFilter);
  }

  function fillSectionFilter() {
    if (state.cancelSectionFill) {
      state.cancelSectionFill();
      state.cancelSectionFill = null;
    }
    const select = $('filter-section');
    const keep = select.value;
    clear(select);
    select.append(el('option', { value: '' }, t('allSections')));
    if (state.model) {
      state.model.report.sections.forEach((s, i) => {
        select.append(el('option', { value: String(i) }, '\u00a0\u00a0'.repeat(Math.max(0, s.level - 1)) + (s.label ? s.label + ' ' : '') + s.title));
      });
    }
    select.value = keep;
    if (select.value !== keep) select.value = '';
  }

  /** Keeps the filters across re-analysis while typing, if they still make sense. */
  function keepFilters() {
    const f = state.filters;
    if (f.section !== null && !(f.section < state.model.report.sections.length)) return false;
    $('filter-section').value = f.section === null ? '' : String(f.section);
    return true;
  }

  function resetFilters() {
    state.filters = { role: '', status: '', section: null, query: '' };
    $('filter-role').value = '';
    $('filter-status').value = '';
    $('filter-section').value = '';
    $('search').value = '';
  }

  function wireControls() {
    const onFilter = () => {
      const sec = $('filter-section').value;
      state.filters = {
        role: $('filter-role').value, status: $('filter-status').value,
        section: sec === '' ? null : Number(sec), query: $('search').value,
      };
      refreshRows();
    };
    for (const id of ['filter-role', 'filter-status', 'filter-section']) $(id).addEventListener('change', onFilter);
    for (const type of ['focus', 'pointerdown', 'keydown']) {
      $('filter-section').addEventListener(type, () => { if (state.cancelSectionFill) fillSectionFilter(); });
    }
    $('search').addEventListener('input', debounce(onFilter, 120));

    $('cancel').addEventListener('click', () => {
      if (state.engine && state.engine.cancel()) stopBusy();
    });
    $('lang').addEventListener('click', () => {
      const next = RL.i18n.language() === 'zh' ? 'en' : 'zh';
      pref('lang', next);
      RL.i18n.setLanguage(next);
      relabel();
    });
    $('theme').addEventListener('click', () => {
      const order = ['auto', 'dark', 'light'];
      const cur = document.documentElement.dataset.theme || 'auto';
      const next = order[(order.indexOf(cur) + 1) % order.length];
      pref('theme', next);
      applyTheme(next);
    });
    $('sample').addEventListener('change', () => {
      const sample = (self.RL_SAMPLES || [])[Number($('sample').value)];
      $('sample').value = '';
      if (!sample) return;
      state.inputAt = performance.now();
      foldEditor(sample.text);
      analyzeEditor();
    });

    const exportRows = () => RL.exporter.matrix(state.model, state.rows, t);
    $('export-csv').addEventListener('click', () => state.model &&
      download(RL.exporter.fileStem(state.model.report) + '.csv', [RL.exporter.toCsv(exportRows())], 'text/csv;charset=utf-8'));
    $('export-json').addEventListener('click', () => state.model &&
      download(RL.exporter.fileStem(state.model.report) + '.json', [RL.exporter.toJson(state.model.report)], 'application/json'));
    $('export-md').addEventListener('click', () => state.model &&
      download(RL.exporter.fileStem(state.model.report) + '.md', [RL.exporter.toMarkdown(exportRows())], 'text/markdown;charset=utf-8'));
    $('copy-table').addEventListener('click', async () => {
      if (!state.model) return;
      try {
        await copyText(RL.exporter.toTsv(exportRows()));
        showMessage(t('copied')(state.rows.length), 'info');
      } catch (_) {
        showMessage(t('copyFailed'), 'error');
      }
    });

    // Tabs: arrows move between them (ARIA tabs pattern).
    for (const id of ['tab-indicators', 'tab-tasks']) {
      $(id).addEventListener('click', () => selectTab(id.slice(4)));
      $(id).addEventListener('keydown', (e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        const other = id === 'tab-indicators' ? 'tasks' : 'indicators';
        if ($('tab-' + other).hidden) return;
        selectTab(other);
        $('tab-' + other).focus();
      });
    }
  }

  function selectTab(name) {
    if ($('tab-' + name).getAttribute('aria-selected') === 'true') return;
    for (const n of ['indicators', 'tasks']) {
      const on = n === name;
      $('tab-' + n).setAttribute('aria-selected', String(on));
      $('tab-' + n).tabIndex = on ? 0 : -1;
      $('panel-' + n).hidden = !on;
    }
    if (name === 'indicators') table.render();
  }

  /** Re-renders labels after a language switch. */
  function relabel() {
    if (!$('edit-text').hidden) $('edit-text').textContent = t('editorFolded')(formatInt(Number($('edit-text').dataset.chars)));
    $('lang').textContent = RL.i18n.language() === 'zh' ? 'English' : '中文';
    $('lang').setAttribute('aria-label', RL.i18n.language() === 'zh' ? 'Switch to English' : '切换到中文');
    fillRoleStatusFilters();
    fillSectionFilter();
    renderLegend();
    table.renderHead();
    if (state.result && !$('results').classList.contains('rehearsal')) show(state.result, performance.now());
    else if (!$('message').hidden && $('message').dataset.kind === 'hint') showMessage(t('empty'), 'hint');
  }

  function renderLegend() {
    const box = $('legend');
    clear(box);
    for (const r of RL.model.ROLE_ORDER) {
      box.append(el('span', { class: 'legend-item' }, el('mark', { class: 'ind role-' + r }, t('roles')[r])));
    }
    box.append(el('span', { class: 'legend-item' }, el('span', { class: 'zone' }, t('chrome'))));
  }

  /** Fills the sample menu; the offline file unpacks its samples first (RL_SAMPLES_LOAD). */
  async function fillSamples() {
    const select = $('sample');
    select.hidden = true;
    if (!self.RL_SAMPLES && self.RL_SAMPLES_LOAD) {
      try {
        self.RL_SAMPLES = await self.RL_SAMPLES_LOAD();
      } catch (_) {
        self.RL_SAMPLES = [];
      }
    }
    for (const [k, s] of (self.RL_SAMPLES || []).entries()) select.append(el('option', { value: String(k) }, s.title));
    select.hidden = !(self.RL_SAMPLES || []).length;
  }

  function applyTheme(theme) {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    $('theme').setAttribute('aria-pressed', theme === 'dark' ? 'true' : theme === 'light' ? 'false' : 'mixed');
    $('theme').title = t('themeToggle') + ' (' + theme + ')';
  }

  // ---------------------------------------------------------------- status

  function setStatus(text) {
    $('status').textContent = text;
  }

  /**
   * Shows a message under the editor.
   * @param {string} text
   * @param {'error'|'hint'|'info'|null} kind null hides it
   * @param {string} [detail] technical detail shown after the message
   */
  function showMessage(text, kind, detail) {
    const box = $('message');
    if (!kind && box.hidden) return; // hidden already: leave the DOM alone
    box.hidden = !kind || !text;
    box.dataset.kind = kind || '';
    box.textContent = text;
    if (detail && detail !== text) box.append(el('small', { class: 'detail' }, ' ' + t('detail') + detail));
  }

  function showBusy(label, percent) {
    $('busy').hidden = false;
    $('busy-label').textContent = label;
    const bar = $('progress');
    if (percent === null || percent === undefined) bar.removeAttribute('value');
    else bar.value = percent;
  }

  function stopBusy() {
    clearTimeout(state.busyTimer);
    hideBusy();
  }

  function hideBusy() {
    $('busy').hidden = true;
  }

  RL.app = { start };
})(self.RL = self.RL || {});
