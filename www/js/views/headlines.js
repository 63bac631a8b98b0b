/* Cards for the key indicators (地区生产总值, 一般公共预算收入…): value, growth, status. */
(function (RL) {
  'use strict';
  const { el, clear } = RL.util;

  /**
   * Renders one card per headline indicator found; clicking a card selects its figure.
   * @param {HTMLElement} box
   * @param {object} model from RL.model.prepare
   * @param {(i: number) => void} onSelect
   */
  function renderHeadlines(box, model, onSelect) {
    const t = RL.i18n.t;
    clear(box);
    const inds = model.report.indicators;
    for (const h of RL.model.headlines(model)) {
      const main = h.amount || h.growth;
      const index = inds.indexOf(main);
      const value = h.amount ? figure(h.amount) : '';
      const growth = h.growth ? (h.growth.role === 'decline' ? '↓ ' : '↑ ') + figure(h.growth) : '';
      const card = el('button', { type: 'button', class: 'headline card', dataset: { i: String(index) } },
        el('span', { class: 'h-name' }, h.key),
        value ? el('span', { class: 'h-value' }, value) : null,
        growth ? el('span', { class: 'h-growth role-' + h.growth.role }, growth) : null,
        el('span', { class: 'badge status-' + h.status }, t('statuses')[h.status] || h.status));
      card.setAttribute('aria-label', [h.key, value, growth && t('growth') + ' ' + figure(h.growth), t('statuses')[h.status]].filter(Boolean).join(' '));
      card.addEventListener('click', () => onSelect(index));
      box.append(card);
    }
    box.hidden = box.childElementCount === 0;
  }

  /** A figure as written, with its approximation word where the text has one before it. */
  function figure(ind) {
    const q = ind.qualifier;
    if (!q) return ind.text;
    return ['超', '近', '突破', '约', '达', '不低于'].includes(q) ? q + ind.text : ind.text + q;
  }

  RL.views = RL.views || {};
  RL.views.renderHeadlines = renderHeadlines;
})(self.RL = self.RL || {});
