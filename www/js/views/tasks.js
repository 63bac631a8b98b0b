/* The task table of a 任务分解方案 (序号 / 项目 / 任务 / 牵头领导 / 责任单位, lead units ★). */
(function (RL) {
  'use strict';
  const { el, clear } = RL.util;
  /** Rows rendered at once; more on request (task tables are short, this bounds odd input). */
  const PAGE = 1000;

  /** One empty row, cloned for every task (cheaper than building each row element by element). */
  let template = null;
  function blankRow() {
    if (!template) {
      template = el('tr', { tabindex: '0' },
        el('td', { class: 'num' }), el('td'), el('td'), el('td', { class: 'task-text' }), el('td'), el('td', { class: 'units' }));
    }
    return template.cloneNode(true);
  }

  /**
   * Renders the tasks; clicking a row (or Enter on it) jumps to its text in the source.
   * @param {HTMLTableElement} table
   * @param {object[]} tasks the report's Task list
   * @param {(task: object) => void} onJump
   */
  function renderTasks(table, tasks, onJump) {
    const t = RL.i18n.t;
    const head = table.tHead.rows[0];
    clear(head);
    for (const key of ['colNumber', 'colCategory', 'colProject', 'colTask', 'colLeaders', 'colUnits']) {
      head.append(el('th', { scope: 'col' }, t(key)));
    }
    const body = table.tBodies[0];
    clear(body);
    // One listener pair for the whole body (rows are rebuilt on every analysis).
    const taskOf = (e) => {
      const tr = e.target.closest('tr[data-k]');
      return tr ? tasks[Number(tr.dataset.k)] : null;
    };
    body.onclick = (e) => {
      const task = taskOf(e);
      if (task) onJump(task);
    };
    body.onkeydown = (e) => {
      const task = e.key === 'Enter' ? taskOf(e) : null;
      if (!task) return;
      e.preventDefault();
      onJump(task);
    };
    let shown = 0;
    const more = () => {
      const frag = document.createDocumentFragment();
      const end = Math.min(tasks.length, shown + PAGE);
      for (let k = shown; k < end; k++) frag.append(row(tasks[k], k));
      shown = end;
      body.append(frag);
      if (shown < tasks.length) {
        const button = el('button', { type: 'button' }, `${shown} / ${tasks.length} …`);
        const tr = el('tr', { class: 'more' }, el('td', { colspan: 6 }, button));
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          tr.remove();
          more();
        });
        body.append(tr);
      }
    };
    const row = (task, k) => {
      const tr = blankRow();
      tr.dataset.k = String(k);
      const cells = tr.cells;
      cells[0].textContent = task.number === null ? '' : String(task.number);
      cells[1].textContent = task.category || '';
      cells[2].textContent = task.project || '';
      cells[3].textContent = task.text;
      cells[4].textContent = task.leaders.join('、');
      const units = cells[5];
      task.units.forEach((u, i) => {
        if (i) units.append('、');
        units.append(u.lead ? el('strong', { class: 'lead', title: t('leadUnit') }, '★' + u.name) : u.name);
      });
      return tr;
    };
    more();
  }

  RL.views = RL.views || {};
  RL.views.renderTasks = renderTasks;
})(self.RL = self.RL || {});
