/* The task table of a 任务分解方案 (序号 / 项目 / 任务 / 牵头领导 / 责任单位, lead units ★). */
(function (RL) {
  'use strict';
  const { el, clear } = RL.util;
  /** Rows rendered at once; more on request (task tables are short, this bounds odd input). */
  const PAGE = 1000;

  /**
   * Renders the tasks; clicking a row jumps to its text in the source.
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
    let shown = 0;
    const more = () => {
      const frag = document.createDocumentFragment();
      for (const task of tasks.slice(shown, shown + PAGE)) frag.append(row(task));
      shown = Math.min(tasks.length, shown + PAGE);
      body.append(frag);
      if (shown < tasks.length) {
        const button = el('button', { type: 'button' }, `${shown} / ${tasks.length} …`);
        const tr = el('tr', { class: 'more' }, el('td', { colspan: 6 }, button));
        button.addEventListener('click', () => { tr.remove(); more(); });
        body.append(tr);
      }
    };
    const row = (task) => {
      const units = el('td', { class: 'units' });
      task.units.forEach((u, k) => {
        if (k) units.append('、');
        units.append(u.lead ? el('strong', { class: 'lead', title: t('leadUnit') }, '★' + u.name) : u.name);
      });
      const tr = el('tr', { tabindex: '0' },
        el('td', { class: 'num' }, task.number === null ? '' : String(task.number)),
        el('td', null, task.category || ''),
        el('td', null, task.project || ''),
        el('td', { class: 'task-text' }, task.text),
        el('td', null, task.leaders.join('、')),
        units);
      const go = () => onJump(task);
      tr.addEventListener('click', go);
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); go(); } });
      return tr;
    };
    more();
  }

  RL.views = RL.views || {};
  RL.views.renderTasks = renderTasks;
})(self.RL = self.RL || {});
