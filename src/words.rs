//! Cue words, and a matcher fast enough to consult them at every candidate position.
//!
//! The naming and reading rules ask the same questions many times per figure: does this
//! phrase start with a verb, end with a change word, contain a share word? A regular
//! expression with a hundred alternatives answers in microseconds on the wasm build's
//! regex engine; [`Words`] answers in nanoseconds by indexing its words by their first and
//! last character. Every list here is general report vocabulary, never one document's phrase.

use std::sync::OnceLock;

/// Words indexed by a character, sorted for binary search: smaller in wasm than a hash map,
/// and as fast for the few hundred keys a list has. A 1024-bit filter of the keys answers
/// most lookups, which are for characters no word starts (or ends) with, without the search.
#[derive(Debug, Default)]
struct CharMap {
    entries: Vec<(char, Vec<&'static str>)>,
    filter: [u64; 16],
}

impl CharMap {
    fn get(&self, c: &char) -> Option<&Vec<&'static str>> {
        if !self.may_hold(*c) {
            return None;
        }
        self.entries.binary_search_by_key(c, |e| e.0).ok().map(|i| &self.entries[i].1)
    }

    /// Whether `c` may be a key: false for most characters, without the search.
    #[inline(always)]
    fn may_hold(&self, c: char) -> bool {
        let bit = Self::bit(c);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// A character's bit in the filter: its code point's low ten bits (CJK words' characters
    /// spread evenly over them).
    fn bit(c: char) -> usize {
        c as usize % 1024
    }

    /// Builds the index by insertion (the lists are short): keys in order, each key's words
    /// longest first, so the first match is the longest.
    fn from_words(words: &[&'static str], key: impl Fn(&str) -> Option<char>) -> CharMap {
        let mut entries: Vec<(char, Vec<&'static str>)> = Vec::new();
        for &w in words {
            let Some(c) = key(w) else { continue };
            let at = match entries.binary_search_by_key(&c, |e| e.0) {
                Ok(at) => at,
                Err(at) => {
                    entries.insert(at, (c, Vec::new()));
                    at
                }
            };
            let list = &mut entries[at].1;
            if !list.contains(&w) {
                let pos = list.iter().position(|x| x.len() < w.len()).unwrap_or(list.len());
                list.insert(pos, w);
            }
        }
        let mut filter = [0u64; 16];
        for &(c, _) in &entries {
            let bit = Self::bit(c);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        CharMap { entries, filter }
    }
}

/// A set of words with longest-first prefix, suffix and substring lookups.
#[derive(Debug)]
pub struct Words {
    words: Vec<&'static str>,
    by_first: CharMap,
    by_last: CharMap,
}

impl Words {
    /// Indexes `words` (empty strings are ignored).
    pub fn new(words: &[&'static str]) -> Words {
        let by_first = CharMap::from_words(words, |w| w.chars().next());
        let by_last = CharMap::from_words(words, |w| w.chars().next_back());
        Words { words: words.to_vec(), by_first, by_last }
    }

    /// All words of several sets: one pass finds whether any of them occurs.
    pub fn union(sets: &[&Words]) -> Words {
        let all: Vec<&'static str> = sets.iter().flat_map(|s| s.words.iter().copied()).collect();
        Words::new(&all)
    }

    /// The longest word `s` starts with.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn prefix(&self, s: &str) -> Option<&'static str> {
        let first = s.chars().next()?;
        self.by_first.get(&first)?.iter().copied().find(|w| s.starts_with(w))
    }

    /// The longest word `s` ends with.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn suffix(&self, s: &str) -> Option<&'static str> {
        let last = s.chars().next_back()?;
        self.by_last.get(&last)?.iter().copied().find(|w| s.ends_with(w))
    }

    /// Whether `s` is exactly one of the words.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is(&self, s: &str) -> bool {
        self.prefix(s).is_some_and(|w| w.len() == s.len())
    }

    /// The leftmost word in `s` (the longest at that position), with its byte offset.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn find(&self, s: &str) -> Option<(usize, &'static str)> {
        s.char_indices()
            .find_map(|(i, c)| self.by_first.may_hold(c).then(|| self.prefix(&s[i..]).map(|w| (i, w)))?)
    }

    /// The word in `s` that starts last, with its byte offset.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn rfind(&self, s: &str) -> Option<(usize, &'static str)> {
        s.char_indices()
            .rev()
            .find_map(|(i, c)| self.by_first.may_hold(c).then(|| self.prefix(&s[i..]).map(|w| (i, w)))?)
    }

    /// The word in `s` that ends last, with its byte offset.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn rfind_end(&self, s: &str) -> Option<(usize, &'static str)> {
        s.char_indices().rev().find_map(|(i, c)| {
            let end = i + c.len_utf8();
            self.by_last.may_hold(c).then(|| self.suffix(&s[..end]).map(|w| (end - w.len(), w)))?
        })
    }

    /// How many times the words occur in `s`, one after another without overlapping (each
    /// the longest at its position).
    pub fn count_in(&self, s: &str) -> usize {
        let (mut count, mut at) = (0, 0);
        while let Some((i, w)) = self.find(&s[at..]) {
            count += 1;
            at += i + w.len();
        }
        count
    }

    /// Whether any word occurs in `s`.
    // Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn occurs_in(&self, s: &str) -> bool {
        self.find(s).is_some()
    }
}

/// A word list indexed on first use. One shared initialiser for every list (rather than a
/// `LazyLock` closure each) keeps the wasm smaller.
pub struct WordList {
    words: &'static [&'static str],
    cell: OnceLock<Words>,
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> WordList {
        WordList { words, cell: OnceLock::new() }
    }
}

impl std::ops::Deref for WordList {
    type Target = Words;
    fn deref(&self) -> &Words {
        self.cell.get_or_init(|| Words::new(self.words))
    }
}

macro_rules! words {
    ($( $(#[$doc:meta])* $name:ident = [$($w:expr),* $(,)?]; )*) => {
        $( $(#[$doc])* pub static $name: WordList = WordList::new(&[$($w),*]); )*
        /// Every list with its name, for tests.
        pub fn all() -> Vec<(&'static str, &'static WordList)> {
            vec![$( (stringify!($name), &$name) ),*]
        }
    };
}

words! {
    // ---------------------------------------------------------------- section kinds
    // Words in a heading's title that give its section's kind (lexicon::section_kind), in the
    // order they are tried.

    /// A section on problems: `存在的问题和不足`, `困难和挑战`.
    SECTION_PROBLEMS = [
        "问题和不足", "问题与不足", "困难和问题", "存在的问题", "存在问题", "不足之处", "主要问题", "短板和不足",
        "挑战和不足", "存在的不足", "存在不足", "不足和问题", "困难和不足", "差距和不足", "薄弱环节", "困难和挑战",
        "困难与挑战", "问题和挑战", "问题与挑战", "风险和挑战",
    ];

    /// A review of progress: `重点工作完成情况`, `主要成绩`.
    SECTION_PROGRESS = [
        "完成情况", "进展情况", "推进情况", "落实情况", "执行情况", "开展情况", "工作成效", "主要成绩", "工作成绩",
    ];

    /// A plan period, whose 目标 makes a targets section: `今后五年的主要目标`.
    SECTION_PLAN_PERIOD = ["今后五年", "未来五年", "五年", "十四五", "十五五", "中长期"];

    /// A targets section: `主要预期目标`.
    SECTION_TARGETS = ["预期目标", "主要目标", "主要指标", "发展目标"];

    /// …unless the title also names tasks or measures: `主要目标任务`.
    SECTION_TARGETS_NOT = ["任务", "工作安排", "举措", "措施", "重点工作"];

    /// A review: `过去一年工作回顾`, `一年来的主要做法`.
    SECTION_REVIEW = ["回顾", "过去一年", "过去五年", "一年来", "五年来", "以来", "工作总结", "主要做法", "经验做法"];

    /// A plan, said plainly: `下一步工作打算`, `2024年工作思路`.
    SECTION_STRONG_PLAN = ["下一步", "打算", "工作计划", "工作安排", "工作思路", "总体要求", "工作目标和任务"];

    /// A plan, more weakly: `重点任务`, `今年的工作安排`.
    SECTION_PLAN = [
        "安排", "任务", "计划", "思路", "部署", "要点", "重点工作", "工作目标", "主要措施", "今年", "明年",
    ];

    /// The title that ends a speaker's office: `区长`, `代市长`, `局长`, `国务院总理`.
    OFFICE_TITLES = [
        "总理", "省长", "市长", "区长", "县长", "州长", "旗长", "镇长", "乡长", "局长", "厅长", "主任", "书记", "主席", "盟长",
    ];

    /// How a signing body ends, on a line after the last paragraph: `某某区人民政府`,
    /// `某某市发展和改革委员会`, `某某局`.
    SIGNING_BODY_ENDINGS = ["政府", "委员会", "办公室", "办公厅", "局"];

    /// Words of a plan in a part's opening text: what will be done (今年, 今后, 我们要, 将, 力争).
    PLAN_CUES = [
        "今年", "今后", "明年", "下一步", "我们要", "要以", "将", "力争", "确保", "总体要求", "指导思想", "新征程", "奋力",
    ];

    /// Words of a review in a part's opening text: what was done (过去, 一年来, 完成了, 取得了).
    REVIEW_CUES = ["过去", "一年来", "五年来", "完成了", "实现了", "取得了", "成绩", "回顾"];

    /// A word that titles a document: 政府工作报告, 工作总结, 实施方案, 的通知, 任务分解表,
    /// 主要指标完成情况 / 预算执行情况 (a statement of results)...
    TITLE_WORDS = [
        "政府工作报告", "工作报告", "工作总结", "工作计划", "工作要点", "工作安排", "实施方案", "方案", "总结", "计划", "要点",
        "通知", "意见", "规划", "纲要", "分解表", "任务表", "清单", "台账", "完成情况", "执行情况",
    ];

    /// A title's last word, trailing spaces aside (checked on the original text: no
    /// full-width folding): `…工作报告`, `…目标任务分解表`, `…责任清单`.
    TITLE_ENDINGS = [
        "报告", "总结", "计划", "要点", "安排", "思路", "打算", "方案", "通知", "意见", "规划", "纲要", "决定", "公报", "讲话", "表",
        "清单", "台账",
    ];

    // ---------------------------------------------------------------- page chrome
    // Matched against a line with its spaces removed (索 引 号 → 索引号), lower-cased ASCII.

    /// Forum post headers, user cards and reply boxes.
    CHROME_FORUM = [
        "发表于", "只看该作者", "显示全部楼层", "阅读模式", "复制链接", "倒序浏览", "电梯直达", "楼主", "本版积分规则",
        "快速回复", "后才可以回帖", "立即注册", "ta的每日心情", "签到天数",
    ];

    /// Whole lines that are forum counters' labels.
    CHROME_FORUM_LINES = ["积分", "帖子", "主题", "精华", "版主", "管理员", "注册会员", "金币", "威望", "贡献"];

    /// Page-information labels, when a colon follows (`来源:`, `发布时间:`, `索引号:`).
    CHROME_PAGE_INFO_LABELS = [
        "来源", "信息来源", "文章来源", "发布时间", "发布日期", "发文日期", "成文日期", "生成日期", "公开日期", "更新时间",
        "浏览次数", "浏览量", "阅读次数", "阅读量", "阅读数", "浏览数", "点击数", "点击量", "点击次数", "点击率", "访问量",
        "访问次数", "字号", "索引号", "发布机构", "发文机关", "发文字号", "文件编号", "主题分类", "主题词", "所属机构",
        "公开方式", "公开范围", "公开时限", "有效性", "内容概述", "责任编辑", "编辑", "作者", "时间", "审核", "校对", "监制",
        "投稿",
    ];

    /// Font-size switches (`【大中小】`, `字体:大中小`).
    CHROME_PAGE_INFO = ["【大中小】", "[大中小]", "字体:大中小", "字体大中小", "【大】【中】【小】", "[大][中][小]"];

    /// Buttons: print, close, previous/next, share, scan, follow.
    CHROME_ACTIONS = [
        "打印本页", "打印此页", "打印该页", "打印文章", "打印正文", "关闭窗口", "关闭本页", "关闭此页", "【打印】", "【关闭】",
        "【收藏】", "【纠错】", "【返回】", "【顶部】", "[打印]", "[关闭]", "上一篇", "下一篇", "上一条", "下一条", "返回顶部",
        "返回列表", "返回首页", "回到顶部", "分享到", "扫一扫", "确认删除", "点击蓝字", "关注我们", "阅读原文", "我要纠错",
        "相关文章", "相关链接", "相关阅读", "相关新闻", "热点推荐", "推荐阅读",
    ];

    /// Whole lines that are buttons.
    CHROME_ACTION_LINES = ["打印", "关闭", "返回", "收藏", "分享", "点赞", "在看", "留言", "写留言", "赞赏", "转发", "打印关闭"];

    /// Site navigation: breadcrumbs, login, accessibility and site-wide links.
    CHROME_NAVIGATION = [
        "您当前所在位置", "您当前位置", "您所在的位置", "您的位置", "当前位置", "首页>", "首页»", "设为首页", "收藏本站",
        "加入收藏", "用户登录", "无障碍", "适老版", "欢迎您", "网站地图", "快捷访问", "电脑桌面", "搜索资料", "我的下载",
        "会员中心",
    ];

    /// Whole lines that are navigation.
    CHROME_NAVIGATION_LINES = ["img", "image", "首页", "登录", "注册", "搜索"];

    /// Footers: copyright, ICP and police record numbers, contacts, download-site notices.
    CHROME_FOOTER = [
        "版权所有", "copyright", "©", "icp备", "icp证", "公网安备", "公安备案", "公安部备案", "网站标识码", "主办单位", "承办单位",
        "技术支持", "联系我们", "poweredby", "付费", "下载文档", "vip", "联系客服", "客服微信", "客服qq", "客服中心",
        "客服电话", "违规举报", "本站", "网友上传", "在线咨询", "在线时间", "在线客服", "联系电话:", "邮编:", "邮政编码",
        "传真:", "使用帮助", "网站声明", "隐私政策", "隐私声明",
    ];

    // ---------------------------------------------------------------- outline

    /// Endings of lines that are not headings: signatures and document titles.
    NOT_HEADING_ENDINGS = [
        "人民政府", "政府", "委员会", "办公室", "办公厅", "人大常委会", "报告", "方案", "通知", "意见", "纲要", "决定", "公报",
        "讲话", "通报",
    ];

    /// Openings of lines that are not headings: salutations, notes, attachments.
    NOT_HEADING_OPENINGS = ["各位", "同志们", "注:", "注：", "附件", "附 件", "—", "-"];

    // ---------------------------------------------------------------- numbers

    /// Verbs of an activity: `连续3年开展…行动` gives its duration, not a result.
    ACTIVITY_VERBS = ["开展", "举办", "实施", "组织", "推进", "推行", "开设", "召开", "进行", "投入", "安排", "部署"];

    /// Nouns after a measure that make it a project's capacity (`50万吨一般工业固废项目`).
    PROJECT_NOUNS = ["项目", "工程", "生产线", "装置"];

    /// Parts of chrome that only count together with another (打印…关闭, 添加…桌面) or in a
    /// pattern (`rank:7`, `查看:66|回复`): a line without any of them needs no closer look.
    CHROME_PARTS = ["打印", "添加", "建议使用", "分辨率", "地址", "rank", "[lv", "查看"];

    // ---------------------------------------------------------------- meta

    /// Words that end as a place does (乡, 市, 区) inside a department's name: the 城乡 of
    /// 住房和城乡建设局 and the 城市 of 城市管理局 are not where the issuer is.
    NOT_PLACES = ["城乡", "城市", "小区", "校区", "厂区", "市区"];

    // ---------------------------------------------------------------- peeling a name

    /// What ends a clause before a figure but is not part of the name: qualifiers, change
    /// words, fillers (`一般公共预算收入同口径增长` → 一般公共预算收入).
    NAME_TRAILING = [
        "由", "从", "下降至", "下降到", "降低至", "降低到", "减少到", "减少至", "提升到", "提升至", "增长到", "增长至",
        "同比", "同口径", "比上年", "较上年", "比去年", "较去年", "年均", "分别为", "分别", "均为", "均", "各", "共计",
        "共", "合计", "总计", "累计", "达到", "达", "为", "是", "了", "约", "近", "超过", "超", "逾", "突破", "不低于",
        "不少于", "将近", "接近", "大约", "力争", "控制在", "保持在", "保持", "维持在", "稳定在", "提高到", "提高至", "增至", "增加到",
        "降至", "压缩至", "压缩到", "缩短至", "缩短到", "实现", "完成", "新增", "净增", "新改建", "新改扩建", "改扩建", "首次", "再次", "连续", "继续", "始终", "稳居", "仅", "有",
        "高达", "开展", "举办", "组织", "发放", "惠及", "确保", "全部", "人均", "月人均", "年人均", "每月", "每年",
        "每人每月", "每人每年", "拟按", "按", "拟安排", "安排",
    ];

    /// Change words ending the clause before a change (`同比增长`), not part of its name; an
    /// amount keeps them (`整治提升1.4万亩`).
    CHANGE_TRAILING = [
        "增长率", "净增", "增长", "增加", "增幅", "增速", "提高", "提升", "上升", "下降", "减少", "降低", "降幅", "压降", "削减",
        "回落", "下滑", "涨幅", "上涨", "下跌", "增", "涨", "降",
    ];

    /// What opens a clause but not a name: separators, scope and time words, adverbs.
    NAME_LEADING = [
        "、", ",", "和", "及", "与", "而", "被", "其中", "其次", "同时", "此外", "另外", "全年", "今年", "年内", "当年",
        "年末", "年底", "年初", "截至年底", "截至目前", "年底前", "目前", "按可比价格计算", "按可比价计算", "按可比口径计算",
        "按可比口径", "扣除价格因素", "以人民币计价", "以美元计价",
        "同年", "上半年", "下半年", "全省", "全区", "全市", "全县", "全州", "全镇", "全乡", "我省", "我区", "我市", "我县", "我镇", "本区",
        "本市", "预计", "初步统计", "据统计", "共", "累计", "合计", "总计", "全部", "首次", "再次", "又", "还", "已", "均",
        "持续", "进一步", "不断", "大力", "积极", "全力", "努力", "着力", "有序", "稳步", "扎实", "深入", "加快",
        "全面", "切实", "成功", "顺利", "率先",
    ];

    /// Words that only open a clause before a verb: 并完成, 计划改造, 拟新建.
    BEFORE_VERBS = ["并", "计划", "拟", "将"];

    /// Verbs that open a clause before the name of what was done (完成, 新增, 建成...).
    NAME_VERBS = [
        "完成", "实现", "新增", "新建", "新认定", "认定", "建成", "开展", "发放", "购买", "引进", "招引", "引育", "引留",
        "举办", "承办", "拥有", "接待", "组织", "申报", "推进", "落实", "争取", "用好", "培育", "打造", "创建", "确保",
        "力争", "达到", "实施", "推动", "启动", "提供", "办理", "设立", "设置", "帮助", "带动", "吸引", "扶持", "帮扶",
        "化解", "清退", "关停", "腾退", "盘活", "节约", "减免", "核减", "审核", "排查", "查处", "惠及", "吸纳", "开通",
        "开设", "筹集", "兑现", "拨付", "争创", "获批", "获得", "获评", "入选", "新签约", "签约", "集聚", "孵化", "制定",
        "出台", "发布", "受理", "办结", "上线", "登记", "购置", "投放", "种植", "整合", "推出", "达成", "落地", "安置",
        "发展", "开发", "建设", "规范提升", "淘汰", "升级改造", "累计发放", "累计完成", "谋划", "策划", "储备",
        "建立", "发送", "新入选", "新招引", "整治", "疏浚", "整理", "清理", "拆除", "配备", "新改建", "新改扩建", "改扩建", "改造", "供应", "列入", "安排",
    ];

    /// Words that are a name when they stand alone after a verb (`整治提升1.4万亩`): stripping
    /// the verb before them would leave a verb, not a name.
    VERB_NAMES = ["提升", "腾退", "改造", "提质", "提档", "整治", "盘活", "修复", "更新"];

    /// Verbs that only follow another verb with 、 (新建、改扩建中小学).
    COORDINATED_VERBS = ["改扩建", "新改扩建", "改建", "扩建", "新改建"];

    /// Prepositions that open a phrase before its verb: `向困难群众发放`.
    PREPOSITIONS = ["向", "对", "为", "给"];

    /// Verbs that close a preposition phrase (`向公众开放学校体育场所`).
    PREPOSITION_VERBS = ["发放", "开放", "提供", "支付", "下达", "拨付", "兑现", "交付", "投放", "转移", "减免", "返还"];

    /// A verb between a subject and its object (`工业提质增效完成整治提升` → 整治提升).
    MID_VERBS = ["完成", "实现", "达到", "新增", "新建", "拥有"];

    /// What follows a verb inside a compound noun (完成率, 实现值, 改造面积): not an object,
    /// and not a name alone.
    COMPOUND_TAILS = ["率", "度", "量", "额", "值", "数", "情况", "比例", "比重", "面积", "里程", "长度"];

    /// Objects too generic to name what a subject achieved: `新一代信息技术实现产业规模***亿元`
    /// is named by its subject.
    GENERIC_OBJECTS = ["产业规模", "规模", "营收", "营业收入", "销售收入", "销售额", "交易额", "产值", "规上产值", "总产值", "收入", "营业额"];

    /// Names too generic to stand alone: the figure is another view of the one before it
    /// (`新增民营企业超1万家、总数达9.76万家` → 民营企业).
    GENERIC_NAMES = ["总数", "总量", "总计", "合计", "累计", "数量", "规模", "总额", "全年", "其中", "共计", "总共", "比重", "占比"];

    /// Totals that say a figure continues the one before it (`、累计达61家`).
    TOTALS = ["累计", "总数", "总量", "共计", "共", "合计", "总计", "其中", "总共"];

    /// Qualifying verbs that may close such a phrase (`累计达`, `总数超过`).
    REACH = ["达到", "达", "为", "超过", "超", "近", "突破"];

    /// Changes that lead to a level (`增加到2022年的`).
    CHANGE_TO = ["增加", "提高", "提升", "增长", "上升", "下降", "减少", "降低", "扩大", "缩小"];

    /// Comparisons with a wider average (`高于全省平均2.1个百分点`).
    COMPARISONS = ["高于", "低于", "快于", "慢于", "高出", "超出"];

    /// Comparison bases (`比上年增加312家`).
    BASES = [
        "上年", "去年", "上年末", "去年底", "上年同期", "去年同期", "同期", "上年预算", "年初预算", "上年年初预算",
    ];

    // ---------------------------------------------------------------- the noun after a count

    /// Verbs and time words that end the noun after a count (`185个产业项目签约` → 产业项目).
    FORWARD_STOPS = [
        "完成", "实现", "建成", "开工", "投运", "投产", "投用", "入选", "获评", "获批", "落户", "签约", "通过", "启用",
        "列入", "纳入", "成功", "全部", "全面", "均", "年度", "累计", "总投资", "达到", "达", "增长", "实施", "开展", "被",
        "成为", "已", "正在", "正式", "顺利", "加快", "有序", "同比", "共", "合计", "开业", "开园", "竣工", "揭牌", "运营",
        "上榜", "连续", "建设", "创建", "认定", "上半年", "下半年", "全年", "年内", "年底", "当年", "进度", "用于", "带动",
        "惠及", "覆盖", "参与", "获得", "荣获", "进入", "保持", "位列", "位居", "提供", "承担", "分别", "各", "占", "比",
        "较", "为", "是", "将", "要", "进一步", "持续", "稳步", "有效", "先后", "陆续", "首次", "率先", "超额", "实际",
        "正常", "验收",
    ];

    /// What cannot open the noun after a count: function words and changes (`3家的`, `5家以上`).
    NOT_FORWARD = [
        "以上", "以下", "以内", "左右", "的", "和", "及", "与", "等", "次", "余", "多", "之", "以", "来", "内", "后", "前",
        "间", "中", "上", "下", "亿", "万", "或", "至", "到", "增加", "提高", "提升", "下降", "减少", "降低", "上升", "增至",
        "降至", "扩大", "缩小", "大关",
    ];

    /// Nouns that end a name; what follows the last one is dropped (`5个在建项目进度` → 在建项目).
    HEAD_NOUNS = [
        "项目", "企业", "公司", "工厂", "车间", "中心", "基地", "园区", "集中区", "示范区", "片区", "小区", "社区", "学校",
        "幼儿园", "医院", "村庄", "自然村", "站", "场所", "机构", "平台", "载体", "工程", "河道", "道路", "公园", "农场",
        "品牌", "乡村", "街道", "设施", "场馆", "市场", "泊位", "桥梁", "学位", "床位", "岗位", "基金", "楼宇", "示范点",
        "试点", "案例", "专利", "产品", "场景", "名录", "榜单", "合作社", "候车亭", "公厕", "住房", "安置房", "区",
    ];

    // ---------------------------------------------------------------- ranks and runs

    /// Scope words right before a rank (`全国第7`, `全省各区县首位`).
    RANK_SCOPES = ["全国", "全省", "全市", "全区", "全县", "全州", "全球", "世界", "国内", "省内", "市内", "各区县", "各县市区", "各区", "同类", "县域"];

    /// What makes a rank the rank of the figure before it (`增速全市第一`, `总量全市第三`).
    RANK_OF_PREVIOUS = ["增速", "增幅", "总量", "数量", "规模", "总额", "排名"];

    /// Verbs that may follow those words (`数量保持全省首位`).
    RANK_KEEP = ["保持", "继续", "稳居", "位居", "居", "列", "位列", "仍", "均"];

    /// Verbs before what a rank ranks (`入选“最佳基金小镇”第二名`).
    RANK_VERBS = [
        "入选", "位列", "位居", "名列", "列入", "列", "居", "获评", "获得", "荣获", "蝉联", "进入", "跻身", "保持", "跃升至",
        "跃升为", "跃居", "上升至", "上升为", "上升到", "排名", "排", "评为",
    ];

    /// The verb after a run of years (`连续16年实现“两个确保”`).
    RUN_VERBS = [
        "实现", "入选", "获评", "获得", "荣获", "蝉联", "保持", "位居", "位列", "获", "被评为", "评为", "达到", "成为", "上榜", "列入",
        "稳居", "居", "列", "跻身", "进入",
    ];

    // ---------------------------------------------------------------- reading a figure

    /// Words that make a percentage a share (`空气优良天数比率`, `占GDP比重`).
    /// 强度: 研发投入强度 is R&D spending over GDP.
    SHARE_WORDS = ["率", "比重", "占比", "比例", "占", "份额", "覆盖", "达标", "合格", "满意度", "普及", "优良", "贡献度", "强度"];

    /// Words that make a figure a rise rather than a level.
    GROWTH_WORDS = ["增长率", "增长", "增加", "增幅", "增速", "提高", "提升", "上升", "上涨", "涨幅", "增", "涨"];

    /// Words that make a figure a fall.
    DECLINE_WORDS = ["下降率", "下降", "减少", "降低", "降幅", "下滑", "压降", "削减", "回落", "下跌"];

    /// A rise of an amount (`比上年增加1348元`); 提升1.4万亩 is work done, not a rise.
    AMOUNT_GROWTH_WORDS = ["增加", "增长", "提高", "增"];

    /// Adverbs between a change word and its figure (`增长均突破`, `分别增长`).
    CHANGE_FILLERS = ["分别为", "分别", "均为", "均", "都", "为", "了", "达到", "达", "平均", "年均", "约", "近", "超"];

    /// What 超 exceeds when it is a verb (`超年度计划28%`): the figure is not a share.
    PLAN_WORDS = ["计划", "目标", "任务", "预算", "序时进度"];

    /// Goal words in a review's clause: the figure is a goal, not a result.
    TARGET_CUES = ["力争", "确保", "预期目标", "目标任务", "计划新增"];

    /// 从X提高到Y: the change after X.
    FROM_TO = ["提高", "提升", "增加", "增长", "下降", "降低", "扩大", "缩小", "减少"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let w = Words::new(&["增长", "增长率", "增"]);
        assert_eq!(w.prefix("增长率达"), Some("增长率"));
        assert_eq!(w.suffix("同比增长"), Some("增长"));
        assert_eq!(w.find("同比增长"), Some((6, "增长")));
        assert_eq!(w.rfind("增长增"), Some((6, "增")));
        assert_eq!(w.rfind_end("增长率和"), Some((0, "增长率")));
        assert!(w.is("增长") && !w.is("增长了"));
    }

    #[test]
    fn every_list_is_nonempty() {
        for (name, list) in all() {
            assert!(!list.by_first.entries.is_empty(), "{name}");
        }
    }
}
