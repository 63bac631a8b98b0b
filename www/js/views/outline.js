/* The heading tree (ARIA tree pattern): click or Enter jumps to the heading in the source;
 * arrows move, Left/Right collapse and expand. */
(function (RL) {
  'use strict';
  const { el, clear } = RL.util;

  /**
   * Builds the tree from the flat section list (each section names its parent).
   * @param {HTMLUListElement} root the <ul role="tree">
   * @param {object} report
   * @param {(section: number) => void} onJump
   */
  function renderOutline(root, report, onJump) {
    const t = RL.i18n.t;
    clear(root);
    const sections = report.sections;
    const groups = new Map();
    const items = [];
    sections.forEach((s, i) => {
      const kind = t('sectionKinds')[s.kind];
      const label = el('span', { class: 'label' }, (s.label ? s.label + ' ' : '') + s.title);
      const li = el('li', {
        role: 'treeitem', 'aria-level': s.level, 'aria-selected': 'false', tabindex: items.length ? '-1' : '0',
        dataset: { s: String(i) },
      }, el('span', { class: 'row' }, label, kind ? el('span', { class: 'kind kind-' + s.kind }, kind) : null));
      items.push(li);
      const parentGroup = s.parent === null || s.parent === undefined ? root : group(s.parent);
      parentGroup.append(li);
    });
    function group(p) {
      let ul = groups.get(p);
      if (!ul) {
        ul = el('ul', { role: 'group' });
        groups.set(p, ul);
        const parent = items[p];
        if (parent) {
          parent.append(ul);
          parent.setAttribute('aria-expanded', 'true');
        } else {
          root.append(ul);
        }
      }
      return ul;
    }

    root.onclick = (e) => {
      const li = e.target.closest('li[role=treeitem]');
      if (!li) return;
      e.stopPropagation();
      activate(li);
    };
    root.onkeydown = (e) => {
      const li = e.target.closest('li[role=treeitem]');
      if (!li) return;
      const visible = items.filter((x) => x.offsetParent !== null);
      const k = visible.indexOf(li);
      let target = null;
      if (e.key === 'ArrowDown') target = visible[k + 1];
      else if (e.key === 'ArrowUp') target = visible[k - 1];
      else if (e.key === 'Home') target = visible[0];
      else if (e.key === 'End') target = visible[visible.length - 1];
      else if (e.key === 'ArrowRight' && li.getAttribute('aria-expanded') === 'false') li.setAttribute('aria-expanded', 'true');
      else if (e.key === 'ArrowLeft' && li.getAttribute('aria-expanded') === 'true') li.setAttribute('aria-expanded', 'false');
      else if (e.key === 'ArrowLeft') target = li.parentElement.closest('li[role=treeitem]');
      else if (e.key === 'Enter' || e.key === ' ') activate(li);
      else return;
      e.preventDefault();
      if (target) move(target);
    };
    function move(li) {
      for (const x of items) x.tabIndex = -1;
      li.tabIndex = 0;
      li.focus();
    }
    function activate(li) {
      for (const x of items) x.setAttribute('aria-selected', String(x === li));
      move(li);
      onJump(Number(li.dataset.s));
    }
  }

  RL.views = RL.views || {};
  RL.views.renderOutline = renderOutline;
})(self.RL = self.RL || {});
