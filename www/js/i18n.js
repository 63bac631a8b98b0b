/* UI strings in Chinese (default) and English, and the switch between them.
 * Report data (titles, names, units) is never translated: it is shown as written. */
(function (RL) {
  'use strict';

  const STRINGS = {
    zh: {
      skip: '跳到结果', tagline: '政府工作报告解析', sampleLabel: '示例报告', samplePick: '示例报告…',
      openFile: '打开文件', cancel: '取消', themeToggle: '切换深色模式', inputTitle: '报告文本',
      inputLabel: '报告文本',
      placeholder: '在此粘贴报告全文，或把 .txt / .docx / .html 文件拖到页面任意位置。全部分析在本机浏览器中完成，不上传任何内容。',
      metaTitle: '文档信息', headlineTitle: '主要指标', outlineTitle: '目录', dataPane: '指标与任务',
      tabsLabel: '数据', indicatorsTab: '指标', tasksTab: '任务', searchPlaceholder: '搜索名称、数值、章节',
      searchLabel: '搜索指标', roleFilter: '按类型筛选', statusFilter: '按状态筛选', sectionFilter: '按章节筛选',
      copyTable: '复制表格', sourceTitle: '原文', sourceLabel: '原文，指标按类型着色', dropHere: '松开以分析文件',
      privacy: '离线运行：文本只在本机分析，页面不发出任何网络请求。',
      allRoles: '全部类型', allStatuses: '全部状态', allSections: '全部章节',
      colIndex: '#', colName: '名称', colValue: '数值', colUnit: '单位', colRole: '类型', colStatus: '状态',
      colQualifier: '限定', colYear: '年份', colSection: '章节', colText: '原文',
      colNumber: '序号', colCategory: '类别', colProject: '项目', colTask: '任务', colLeaders: '牵头领导', colUnits: '责任单位',
      metaFields: { title: '标题', doc_type: '类型', issuer: '发文机关', region: '地区', report_year: '报告年份',
        review_year: '回顾年份', plan_year: '计划年份', speaker: '报告人', date: '日期', meeting: '会议' },
      roles: { amount: '总量', count: '数量', percent: '百分比', growth: '增长', decline: '下降', share: '占比', rank: '排名', other: '其他' },
      statuses: { actual: '实际', expected: '预计', target: '目标' },
      docTypes: { work_report: '政府工作报告', work_summary: '工作总结', work_plan: '工作计划', task_breakdown: '任务分解方案', other: '其他文档' },
      sectionKinds: { review: '回顾', targets: '目标', plan: '计划', problems: '问题', toc: '目录', other: '' },
      zoneKinds: { navigation: '导航', page_info: '页面信息', actions: '页面按钮', forum: '论坛', footer: '页脚' },
      chrome: '页面杂项（已排除）',
      units: { rank: '位次', fraction: '分数' },
      growth: '增长', none: '—', leadUnit: '牵头',
      stats: (s) => `用时 ${s.ms} 毫秒（${s.via}）· 读取 ${s.chars} 字，${s.lines} 行 · ${s.encoding}`,
      viaWorker: '后台线程', viaMain: '主线程',
      shown: (n, total) => n === total ? `共 ${total} 条` : `显示 ${n} / ${total} 条`,
      reading: (pct) => `正在读取文件… ${pct}%`, extracting: '正在提取网页或 Word 文档的正文…', analysing: (sec) => `正在分析… ${sec} 秒`, rendering: '正在显示…',
      loadingEngine: '正在加载分析引擎…',
      empty: '请粘贴报告文本、拖入 .txt / .docx / .html 文件，或从“示例报告”中选择一份。',
      blank: '文本只有空白，没有可分析的内容。',
      noFindings: '没有找到章节或指标：这段文字可能不是政府工作报告、工作总结或工作计划。',
      errNotText: '无法读取：这不是文本、网页或 Word (.docx) 文件。请把报告另存为 .txt 或 .docx 后再试。',
      errTooLarge: '文件太大，无法分析。', errMalformed: '文件已损坏或格式不受支持。',
      errEngine: '分析引擎无法启动：', errCrashed: '分析中断（可能是内存不足）。请尝试较小的文件。',
      errCsp: '浏览器或宿主页面的安全策略禁止运行 WebAssembly（缺少 \'wasm-unsafe-eval\'）。',
      cancelled: '已取消分析。', copied: (n) => `已复制 ${n} 行`, copyFailed: '复制失败：浏览器不允许访问剪贴板。',
      fileLoaded: (name, size) => `文件：${name}（${size}）`, bigFileNote: (name, size) => `已载入大文件 ${name}（${size}），未放入编辑框。粘贴或输入新文本将替换它。`,
      detail: '详情：',
      bigPasteNote: (n) => `已分析粘贴的长文本（${n} 字），未放入编辑框。输入新文本将替换它。`,
      editorFolded: (n) => `报告文本（${n} 字）已收起 · 点击编辑，或直接粘贴新报告`,
    },
    en: {
      skip: 'Skip to results', tagline: 'Government report analyser', sampleLabel: 'Sample reports', samplePick: 'Samples…',
      openFile: 'Open file', cancel: 'Cancel', themeToggle: 'Toggle dark mode', inputTitle: 'Report text',
      inputLabel: 'Report text',
      placeholder: 'Paste a report here, or drop a .txt, .docx or .html file anywhere on the page. Everything runs in this browser; nothing is uploaded.',
      metaTitle: 'Document', headlineTitle: 'Key indicators', outlineTitle: 'Outline', dataPane: 'Indicators and tasks',
      tabsLabel: 'Data', indicatorsTab: 'Indicators', tasksTab: 'Tasks', searchPlaceholder: 'Search name, value, section',
      searchLabel: 'Search indicators', roleFilter: 'Filter by role', statusFilter: 'Filter by status', sectionFilter: 'Filter by section',
      copyTable: 'Copy table', sourceTitle: 'Source text', sourceLabel: 'Source text, indicators coloured by role', dropHere: 'Drop to analyse the file',
      privacy: 'Offline: text is analysed on this device; the page makes no network requests.',
      allRoles: 'All roles', allStatuses: 'All statuses', allSections: 'All sections',
      colIndex: '#', colName: 'Name', colValue: 'Value', colUnit: 'Unit', colRole: 'Role', colStatus: 'Status',
      colQualifier: 'Qualifier', colYear: 'Year', colSection: 'Section', colText: 'Text',
      colNumber: 'No.', colCategory: 'Category', colProject: 'Project', colTask: 'Task', colLeaders: 'Leaders', colUnits: 'Units',
      metaFields: { title: 'Title', doc_type: 'Type', issuer: 'Issuer', region: 'Region', report_year: 'Report year',
        review_year: 'Review year', plan_year: 'Plan year', speaker: 'Speaker', date: 'Date', meeting: 'Meeting' },
      roles: { amount: 'amount', count: 'count', percent: 'percent', growth: 'growth', decline: 'decline', share: 'share', rank: 'rank', other: 'other' },
      statuses: { actual: 'actual', expected: 'expected', target: 'target' },
      docTypes: { work_report: 'Government work report', work_summary: 'Work summary', work_plan: 'Work plan', task_breakdown: 'Task breakdown', other: 'Other document' },
      sectionKinds: { review: 'review', targets: 'targets', plan: 'plan', problems: 'problems', toc: 'contents', other: '' },
      zoneKinds: { navigation: 'navigation', page_info: 'page info', actions: 'page buttons', forum: 'forum', footer: 'footer' },
      chrome: 'page chrome (excluded)',
      units: { rank: 'rank', fraction: 'fraction' },
      growth: 'growth', none: '—', leadUnit: 'lead',
      stats: (s) => `${s.ms} ms (${s.via}) · read ${s.chars} characters, ${s.lines} lines · ${s.encoding}`,
      viaWorker: 'worker', viaMain: 'main thread',
      shown: (n, total) => n === total ? `${total} rows` : `${n} of ${total} rows`,
      reading: (pct) => `Reading file… ${pct}%`, extracting: 'Extracting the text of the page or Word document…', analysing: (sec) => `Analysing… ${sec} s`, rendering: 'Rendering…',
      loadingEngine: 'Loading the analyser…',
      empty: 'Paste a report, drop a .txt, .docx or .html file, or pick one of the samples.',
      blank: 'The text is only whitespace; there is nothing to analyse.',
      noFindings: 'No sections or indicators found: this may not be a government report, summary or plan.',
      errNotText: 'Cannot read this: it is not a text, web page or Word (.docx) file. Save the report as .txt or .docx and try again.',
      errTooLarge: 'The file is too large to analyse.', errMalformed: 'The file is damaged or in an unsupported format.',
      errEngine: 'The analyser could not start: ', errCrashed: 'The analysis stopped (probably out of memory). Try a smaller file.',
      errCsp: 'The browser or host page forbids WebAssembly (its Content-Security-Policy lacks \'wasm-unsafe-eval\').',
      cancelled: 'Analysis cancelled.', copied: (n) => `Copied ${n} rows`, copyFailed: 'Copy failed: the browser denied clipboard access.',
      fileLoaded: (name, size) => `File: ${name} (${size})`, bigFileNote: (name, size) => `Loaded the large file ${name} (${size}) without putting it in the editor. Pasting or typing new text replaces it.`,
      detail: 'Details: ',
      bigPasteNote: (n) => `Analysed the pasted long text (${n} characters) without putting it in the editor. Typing new text replaces it.`,
      editorFolded: (n) => `Report text (${n} characters) folded · click to edit, or paste a new report`,
    },
  };

  let lang = 'zh';

  /**
   * Looks up a UI string in the current language.
   * @param {string} key a key of STRINGS.zh
   * @returns {*} a string, a table of labels, or a formatting function
   */
  function t(key) {
    const table = STRINGS[lang];
    return key in table ? table[key] : STRINGS.zh[key];
  }

  /**
   * Switches the language and relabels every element that carries data-i18n attributes.
   * @param {'zh'|'en'} next
   */
  function setLanguage(next) {
    lang = next === 'en' ? 'en' : 'zh';
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
    for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  }

  /** @returns {'zh'|'en'} the current language */
  function language() { return lang; }

  RL.i18n = { t, setLanguage, language, STRINGS };
})(self.RL = self.RL || {});
