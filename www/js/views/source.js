/* The source text with every indicator highlighted in its role's colour and page chrome
 * dimmed. Built to stay fast on a 50 MB file: the text is cut into blocks at line breaks,
 * blocks off screen are skipped by the browser (content-visibility: auto), and a block gets
 * its <mark>s only when it first comes near the viewport (the ones the window shows: before
 * the first frame is drawn). All text goes in as text nodes. */
(function (RL) {
  'use strict';
  const { el, clear, afterPaint } = RL.util;

  /** Target block length in UTF-16 units; grows for huge texts to bound the block count.
   * The blocks in view are laid out and highlighted before the first paint, the rest when
   * scrolled near: small blocks keep that close to the text actually in view. */
  const BLOCK_UNITS = 600;
  const MAX_BLOCKS = 2500;
  /** Line height of the source text in px (style.css: 15px × 1.75), for estimates. */
  const LINE_PX = 26;

  class SourceView {
    /**
     * @param {HTMLElement} container the scrollable element that holds the text
     * @param {{onPick: (indicator: number) => void}} hooks called when a highlight is clicked
     */
    constructor(container, hooks) {
      this.container = container;
      this.hooks = hooks;
      this.blocks = [];
      this.selected = -1;
      /** The blocks whose first frame is still to be drawn (see inView()), or null. */
      this.firstPaint = null;
      this.observer = new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.decorate(Number(entry.target.dataset.b));
      }, { root: container, rootMargin: '800px 0px' });
      // Width and scroll position are tracked, not read in setModel(): reading them there
      // would force a layout of the whole page in the middle of rendering.
      this.width = 600;
      this.scrollY = 0;
      if (typeof ResizeObserver !== 'undefined') {
        new ResizeObserver((entries) => {
          this.width = entries[0].contentRect.width || this.width;
        }).observe(container);
      }
      container.addEventListener('scroll', () => { this.scrollY = container.scrollTop; }, { passive: true });
      container.addEventListener('click', (e) => {
        const mark = e.target.closest('mark[data-i]');
        if (mark) this.hooks.onPick(Number(mark.dataset.i));
      });
    }

    /**
     * Shows a new report's text, undecorated: the caller has the blocks the window shows
     * decorated once the page is built (inView()), the others are when they come near.
     * @param {object} model from RL.model.prepare
     */
    setModel(model) {
      this.model = model;
      this.observer.disconnect();
      this.selected = -1;
      const text = model.text;
      // Indicators and zones by start, for binary search per block.
      const inds = model.report.indicators;
      this.order = inds.map((_, i) => i).sort((a, b) => inds[a].start - inds[b].start || a - b);
      this.zones = (model.report.zones || []).slice().sort((a, b) => a.start - b.start);
      const unit = Math.max(BLOCK_UNITS, Math.ceil(text.length / MAX_BLOCKS));
      const perLine = Math.max(20, Math.floor(this.width / 15));
      const frag = document.createDocumentFragment();
      this.blocks = [];
      for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start + unit);
        end = end < 0 ? text.length : end + 1;
        const div = el('div', { class: 'block', dataset: { b: String(this.blocks.length) } });
        // Estimated height, so the scrollbar is about right before the block is laid out.
        const height = Math.round(estimateLines(text, start, end, perLine) * LINE_PX);
        this.blocks.push({ start, end, div, done: false, eager: false });
        div.textContent = text.slice(start, end);
        div.style.containIntrinsicSize = `auto ${height}px`;
        frag.append(div);
        start = end;
      }
      clear(this.container);
      this.container.append(frag);
      if (this.scrollY !== 0) this.container.scrollTop = this.scrollY = 0;
      for (const b of this.blocks) this.observer.observe(b.div);
    }

    /**
     * After setModel() and the rest of the page: finds the blocks that the window shows and
     * returns the change that decorates them and has them rendered in the next frame. They
     * are content-visibility: auto blocks, skipped in the layout that reading their positions
     * brings up to date (which the next frame would do anyway); left that way, the browser
     * would find them visible only after laying the page out, and lay them out in a second
     * pass. Often the pane starts low on the screen, and only a few lines are in view.
     * The other blocks stay skipped until that frame has been drawn (class "first-paint"):
     * the browser renders the blocks near the window too, in a second pass of that frame,
     * and the pane below the window's edge is no exception. Positions come from estimated
     * heights for blocks not laid out yet: call again after the change, until it returns null.
     * @returns {(() => void)|null} null when every block in view is rendered
     */
    inView() {
      const box = this.container.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      const blocks = this.blocks;
      const fresh = [];
      // Blocks are stacked top to bottom: the first one ending below the top edge, then on.
      for (let b = bottom > top ? lowerBound(blocks, (x) => x.div.getBoundingClientRect().bottom > top) : blocks.length; b < blocks.length; b++) {
        if (blocks[b].div.getBoundingClientRect().top >= bottom) break;
        if (!blocks[b].eager) fresh.push(b);
      }
      if (!fresh.length && this.firstPaint === blocks) return null;
      return () => {
        for (const b of fresh) {
          blocks[b].eager = true;
          blocks[b].div.classList.add('eager');
          this.decorate(b);
        }
        if (this.firstPaint === blocks) return;
        this.firstPaint = blocks;
        this.container.classList.add('first-paint');
        afterPaint(() => {
          if (this.firstPaint !== blocks) return;
          this.firstPaint = null;
          this.container.classList.remove('first-paint');
        });
      };
    }

    /** @private builds the marks and chrome spans of one block (once) */
    decorate(b) {
      const block = this.blocks[b];
      if (!block || block.done) return;
      block.done = true;
      const inds = this.model.report.indicators;
      const frag = document.createDocumentFragment();
      // Chrome zones split the block into runs; marks are laid into each run.
      let pos = block.start;
      for (const zone of this.zones) {
        if (zone.end <= pos) continue;
        if (zone.start >= block.end) break;
        const zs = Math.max(zone.start, pos);
        const ze = Math.min(zone.end, block.end);
        if (zs > pos) this.run(frag, pos, zs);
        const span = el('span', { class: 'zone', title: RL.i18n.t('chrome') + ': ' + (RL.i18n.t('zoneKinds')[zone.kind] || zone.kind) });
        this.run(span, zs, ze);
        frag.append(span);
        pos = ze;
      }
      if (pos < block.end) this.run(frag, pos, block.end);
      block.div.replaceChildren(frag);
      if (this.selected >= 0 && inds[this.selected] && inds[this.selected].start < block.end && inds[this.selected].end > block.start) {
        this.markSelected(this.selected, true);
      }
    }

    /** @private appends text [from, to) to `parent`, with a <mark> per indicator in it */
    run(parent, from, to) {
      const { text, report } = this.model;
      const inds = report.indicators;
      const order = this.order;
      let k = lowerBound(order, (i) => inds[i].end > from);
      let pos = from;
      for (; k < order.length; k++) {
        const i = order[k];
        const ind = inds[i];
        if (ind.start >= to) break;
        // Overlapping figures: the first one keeps the highlight (the table still lists both);
        // only a figure that began in an earlier run continues here.
        if (ind.start < pos && pos !== from) continue;
        const s = Math.max(ind.start, pos);
        const e = Math.min(ind.end, to);
        if (e <= s) continue;
        if (s > pos) parent.append(text.slice(pos, s));
        const mark = el('mark', { class: 'ind role-' + ind.role, dataset: { i: String(i) } }, text.slice(s, e));
        mark.title = (ind.name ? ind.name + ' · ' : '') + (RL.i18n.t('roles')[ind.role] || ind.role) + ' · ' + (RL.i18n.t('statuses')[ind.status] || ind.status);
        parent.append(mark);
        pos = e;
      }
      if (pos < to) parent.append(text.slice(pos, to));
    }

    /** @private */
    markSelected(i, on) {
      for (const mark of this.container.querySelectorAll(`mark[data-i="${i}"]`)) {
        mark.classList.toggle('selected', on);
        if (on) mark.setAttribute('aria-current', 'true');
        else mark.removeAttribute('aria-current');
      }
    }

    /**
     * Highlights one indicator's text and scrolls it into view.
     * @param {number} i indicator index
     * @param {{scroll?: boolean}} [opts]
     */
    selectIndicator(i, opts = {}) {
      if (this.selected >= 0) this.markSelected(this.selected, false);
      this.selected = i;
      const ind = this.model && this.model.report.indicators[i];
      if (!ind) return;
      const b = this.blockAt(ind.start);
      if (b >= 0) this.decorate(b);
      this.markSelected(i, true);
      const first = this.container.querySelector(`mark[data-i="${i}"]`);
      if (first && opts.scroll !== false) first.scrollIntoView({ block: 'center', inline: 'nearest' });
    }

    /**
     * Scrolls to a text position (a heading, a task) and flashes the range [start, end).
     * @param {number} start
     * @param {number} end
     */
    reveal(start, end) {
      const b = this.blockAt(start);
      if (b < 0) return;
      this.decorate(b);
      const range = this.rangeAt(this.blocks[b], start, Math.min(end, this.blocks[b].end));
      if (!range) return;
      const target = range.startContainer.parentElement || this.blocks[b].div;
      target.scrollIntoView({ block: 'start' });
      if (typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight !== 'undefined') {
        CSS.highlights.set('rl-jump', new Highlight(range));
      }
    }

    /** @private the block index holding a text position */
    blockAt(pos) {
      const k = lowerBound(this.blocks, (b) => b.end > pos);
      return k < this.blocks.length ? k : -1;
    }

    /** @private a DOM Range over text positions inside a decorated block */
    rangeAt(block, start, end) {
      const walker = document.createTreeWalker(block.div, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = block.start;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.data.length;
        if (!started && start < pos + len) {
          range.setStart(node, start - pos);
          started = true;
        }
        if (started && end <= pos + len) {
          range.setEnd(node, end - pos);
          return range;
        }
        pos += len;
      }
      return started ? range : null;
    }
  }

  /** First index whose item satisfies `pred` (pred is false…false true…true). */
  function lowerBound(items, pred) {
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(items[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Lines a block takes when wrapped at `perLine` characters (an estimate). */
  function estimateLines(text, start, end, perLine) {
    let lines = 0;
    for (let pos = start; pos < end;) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0 || nl >= end) nl = end;
      lines += Math.max(1, Math.ceil((nl - pos) / perLine));
      pos = nl + 1;
    }
    return lines;
  }

  RL.SourceView = SourceView;
})(self.RL = self.RL || {});
