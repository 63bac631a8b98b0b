/* The indicator table: sortable headers, one selected row, keyboard navigation, and
 * virtual scrolling (only the rows in view exist in the DOM), so 300,000 rows from a 50 MB
 * file render as fast as 300. A new report's first frame gets only the rows the window
 * shows (see setRows). Columns come from RL.exporter.COLUMNS, shared with the exports. */
(function (RL) {
  'use strict';
  const { el, clear, idle } = RL.util;
  const t = (k) => RL.i18n.t(k);

  /** Rows rendered above and below the visible ones. */
  const OVERSCAN = 6;
  /** Row height in px before one was measured (matches style.css --row-h at 16px). */
  const DEFAULT_ROW_H = 33;

  class IndicatorTable {
    /**
     * @param {HTMLTableElement} table
     * @param {HTMLElement} scroller the element that scrolls the table
     * @param {{onSelect: (i: number) => void, onSort: (column: string, dir: 1|-1) => void}} hooks
     */
    constructor(table, scroller, hooks) {
      this.table = table;
      this.scroller = scroller;
      this.hooks = hooks;
      this.tbody = table.tBodies[0];
      this.rows = [];
      this.selected = -1;
      this.active = 0;
      this.rowH = DEFAULT_ROW_H;
      this.sort = { column: 'index', dir: 1 };
      this.frame = 0;
      // Geometry is cached and updated by events, never read inside render(): a forced
      // layout of the whole page (editor, source text) would cost more than the rows.
      this.scrollY = 0;
      this.viewH = 600;
      this.headH = DEFAULT_ROW_H;
      this.measured = false;
      /** Set while the rows in view are not all built (see setRows and inView()); the next
       * full render clears it. */
      this.partial = false;
      table.setAttribute('role', 'grid');
      scroller.addEventListener('scroll', () => {
        this.scrollY = scroller.scrollTop;
        this.schedule();
      }, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        new ResizeObserver((entries) => {
          const before = this.viewH;
          for (const e of entries) this.viewH = e.contentRect.height || this.viewH;
          if (this.viewH !== before) this.schedule();
        }).observe(scroller);
      }
      // The window scrolled before the rest of a new report's rows were built: build them now.
      window.addEventListener('scroll', () => { if (this.partial) this.schedule(); }, { passive: true });
      this.tbody.addEventListener('click', (e) => {
        const tr = e.target.closest('tr[data-i]');
        if (tr) this.choose(Number(tr.dataset.pos));
      });
      this.tbody.addEventListener('keydown', (e) => this.onKey(e));
      this.renderHead();
    }

    /** Builds the header row (also on a language switch). */
    renderHead() {
      const tr = this.table.tHead.rows[0];
      clear(tr);
      for (const col of RL.exporter.COLUMNS) {
        const active = this.sort.column === col.id;
        const th = el('th', {
          scope: 'col', class: 'col-' + col.id,
          'aria-sort': active ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none',
        });
        const button = el('button', { type: 'button', class: 'sort', dataset: { col: col.id } }, t(col.head),
          el('span', { class: 'arrow', 'aria-hidden': 'true' }, active ? (this.sort.dir === 1 ? '▲' : '▼') : ''));
        button.addEventListener('click', () => {
          const dir = this.sort.column === col.id ? -this.sort.dir : 1;
          this.sort = { column: col.id, dir };
          this.renderHead();
          this.hooks.onSort(col.id, dir);
        });
        th.append(button);
        tr.append(th);
      }
    }

    /**
     * Shows these rows (already filtered and sorted).
     * @param {object} model from RL.model.prepare
     * @param {number[]} rows indicator indices in display order
     * @param {{later?: boolean}} [opts] later: the page around the table is being rebuilt too
     *   (a new report), so where the table will be on screen is not known yet: no rows now, the
     *   caller calls inView() once the page is built
     */
    setRows(model, rows, opts = {}) {
      this.model = model;
      this.rows = rows;
      this.position = new Map();
      for (let p = 0; p < rows.length; p++) this.position.set(rows[p], p);
      this.active = Math.min(this.active, Math.max(0, rows.length - 1));
      this.table.setAttribute('aria-rowcount', String(rows.length + 1));
      if (this.scrollY !== 0) this.scroller.scrollTop = this.scrollY = 0;
      // New data: only the rows in view, for the first paint; the rows just outside it (there
      // for smooth scrolling) once the browser is idle.
      if (opts.later) {
        this.render(0, { top: 0, bottom: 0 }); // the spacer: the scroll height is right at once
      } else {
        this.render(0);
      }
      if (this.cancelIdle) this.cancelIdle();
      this.cancelIdle = idle(() => {
        this.cancelIdle = null;
        this.render();
      });
    }

    /**
     * After setRows(…, {later: true}) and the rest of the page: finds the part of the table
     * that the window shows and returns the change that builds its rows (the rows just
     * outside follow when the browser is idle). A new report often puts the table low on the
     * screen, below the document card and the headline cards: of a screenful of rows only a
     * few are in view, and each costs about as much to lay out and paint as a card. Reading
     * the position lays the page out, which the next frame would do anyway; the rows added
     * after that are laid out on their own (the scroller has layout containment).
     * @returns {(() => void)|null} null when there is nothing (more) to build
     */
    inView() {
      if (!this.partial) return null;
      const box = this.scroller.getBoundingClientRect();
      const top = Math.max(0, -box.top);
      const bottom = Math.max(top, Math.min(box.height, window.innerHeight - box.top));
      if (this.clip && this.clip.top === top && this.clip.bottom === bottom) return null;
      return () => { if (this.partial) this.render(0, { top, bottom }); };
    }

    /** @private */
    schedule() {
      if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.render(); });
    }

    /**
     * Renders the rows in view (call after layout changes).
     * @param {number} [overscan] rows rendered beyond each edge of the view
     * @param {{top: number, bottom: number}} [clip] only this part of the scroller's view (px
     *   from its top edge), for the part the window shows; the next render without it renders
     *   the whole view
     */
    render(overscan = OVERSCAN, clip = null) {
      if (!this.model) return;
      this.partial = clip !== null;
      this.clip = clip;
      const total = this.rows.length;
      const viewTop = clip ? clip.top : 0;
      const viewBottom = clip ? clip.bottom : this.viewH;
      const top = Math.max(0, this.scrollY + viewTop - this.headH);
      const bottom = Math.max(0, this.scrollY + viewBottom - this.headH);
      let first = Math.max(0, Math.floor(top / this.rowH) - overscan);
      let last = Math.min(total, Math.ceil(bottom / this.rowH) + overscan);
      if (last <= first) first = last = 0; // nothing in view: the spacer alone
      if (this.shown && this.shown.model === this.model && this.shown.rows === this.rows && this.shown.first === first &&
        this.shown.last === last && this.shown.selected === this.selected && this.shown.active === this.active && this.shown.rowH === this.rowH &&
        !this.tbody.contains(document.activeElement)) return; // nothing to change
      this.shown = { model: this.model, rows: this.rows, first, last, selected: this.selected, active: this.active, rowH: this.rowH };
      const frag = document.createDocumentFragment();
      if (first > 0) frag.append(spacer(first * this.rowH));
      const focusPos = this.tbody.contains(document.activeElement) ? this.active : -1;
      for (let p = first; p < last; p++) frag.append(this.row(p));
      if (last < total) frag.append(spacer((total - last) * this.rowH));
      this.tbody.replaceChildren(frag);
      if (total === 0) this.tbody.append(el('tr', { class: 'empty' }, el('td', { colspan: RL.exporter.COLUMNS.length }, t('none'))));
      if (!this.measured && total > 0) requestAnimationFrame(() => this.measure());
      if (focusPos >= first && focusPos < last) this.focusRow(focusPos, false);
    }

    /** @private reads the real row and header heights once, after a frame was laid out */
    measure() {
      const sample = this.tbody.querySelector('tr[data-i]');
      if (!sample || this.measured) return;
      const h = sample.getBoundingClientRect().height;
      if (!(h > 0)) return;
      this.measured = true;
      this.headH = this.table.tHead.getBoundingClientRect().height || this.headH;
      this.viewH = this.scroller.clientHeight || this.viewH;
      // Exactly, not roughly: spacer heights are row counts × rowH, and a 0.2 px error would
      // put row 170,000 about 1,000 rows off.
      if (h !== this.rowH) {
        this.rowH = h;
        this.render();
      }
    }

    /** @private one <tr>, a copy of the empty row filled in (cheaper than element by element) */
    row(p) {
      const i = this.rows[p];
      const ind = this.model.report.indicators[i];
      const tr = blankRow();
      tr.dataset.i = String(i);
      tr.dataset.pos = String(p);
      tr.setAttribute('aria-rowindex', String(p + 2));
      tr.setAttribute('aria-selected', i === this.selected ? 'true' : 'false');
      tr.tabIndex = p === this.active ? 0 : -1;
      if (i === this.selected) tr.className = 'selected';
      let td = tr.firstElementChild;
      for (const col of RL.exporter.COLUMNS) {
        const text = col.cell(this.model, i, t);
        if (col.id === 'role') {
          td.firstChild.className = 'dot role-' + ind.role;
          td.lastChild.data = text;
        } else if (col.id === 'status') {
          td.firstChild.className = 'badge status-' + ind.status;
          td.firstChild.textContent = text;
        } else {
          td.textContent = text;
        }
        if (col.id === 'name' || col.id === 'section') td.title = text;
        td = td.nextElementSibling;
      }
      return tr;
    }

    /** @private selects the row at display position p and tells the page */
    choose(p) {
      if (p < 0 || p >= this.rows.length) return;
      this.active = p;
      this.hooks.onSelect(this.rows[p]);
    }

    /**
     * Marks indicator i as selected and scrolls its row into view.
     * @param {number} i indicator index
     * @param {{scroll?: boolean, focus?: boolean}} [opts]
     * @returns {boolean} false when the row is filtered out
     */
    select(i, opts = {}) {
      this.selected = i;
      const p = this.position ? this.position.get(i) : undefined;
      if (p === undefined) {
        this.render();
        return false;
      }
      this.active = p;
      if (opts.scroll !== false) this.scrollTo(p);
      this.render();
      if (opts.focus) this.focusRow(p, true);
      return true;
    }

    /** @private */
    scrollTo(p) {
      const y = this.headH + p * this.rowH;
      if (y < this.scrollY + this.headH || y + this.rowH > this.scrollY + this.viewH) {
        this.scroller.scrollTop = this.scrollY = Math.max(0, y - this.viewH / 2);
      }
    }

    /** @private */
    focusRow(p, scroll) {
      const tr = this.tbody.querySelector(`tr[data-pos="${p}"]`);
      if (tr) tr.focus({ preventScroll: !scroll });
    }

    /** @private arrows, Page Up/Down, Home/End move and select; Enter selects */
    onKey(e) {
      const page = Math.max(1, Math.floor(this.viewH / this.rowH) - 1);
      const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
      if (e.key in moves) {
        e.preventDefault();
        const p = Math.max(0, Math.min(this.rows.length - 1, this.active + moves[e.key]));
        this.active = p;
        this.scrollTo(p);
        this.render();
        this.focusRow(p, false);
        this.choose(p);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.choose(this.active);
      }
    }
  }

  /** The empty row: a cell per column, the role's dot and the status badge in theirs. */
  let template = null;
  function blankRow() {
    if (!template) {
      template = el('tr', null, ...RL.exporter.COLUMNS.map((col) => el('td', { class: 'col-' + col.id },
        col.id === 'role' ? el('span', { class: 'dot', 'aria-hidden': 'true' }) : null,
        col.id === 'role' ? '' : null,
        col.id === 'status' ? el('span', { class: 'badge' }) : null)));
    }
    return template.cloneNode(true);
  }

  function spacer(height) {
    const tr = el('tr', { class: 'spacer', 'aria-hidden': 'true' });
    tr.style.height = height + 'px';
    return tr;
  }

  RL.IndicatorTable = IndicatorTable;
})(self.RL = self.RL || {});
