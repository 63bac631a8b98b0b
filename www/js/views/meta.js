/* The document card: title, type, issuer, region, years, speaker, date, meeting. */
(function (RL) {
  'use strict';
  const { el, clear } = RL.util;
  const FIELDS = ['title', 'doc_type', 'issuer', 'region', 'report_year', 'review_year', 'plan_year', 'speaker', 'date', 'meeting'];

  /**
   * Fills the <dl> with the fields the report has (empty ones are left out).
   * @param {HTMLDListElement} dl
   * @param {object} meta the report's Meta
   */
  function renderMeta(dl, meta) {
    const t = RL.i18n.t;
    clear(dl);
    for (const key of FIELDS) {
      let value = meta[key];
      if (value === null || value === undefined || value === '') continue;
      if (key === 'doc_type') value = t('docTypes')[value] || value;
      dl.append(el('div', { class: 'field field-' + key }, el('dt', null, t('metaFields')[key]), el('dd', null, String(value))));
    }
  }

  RL.views = RL.views || {};
  RL.views.renderMeta = renderMeta;
})(self.RL = self.RL || {});
