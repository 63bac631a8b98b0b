//! Every regular expression of reportlens, in one place, each compiled once.
//!
//! Patterns run against the normalised view ([`crate::clean::Doc::norm`]): full-width ASCII is
//! already half-width, so `(` stands for `（` too, `,` for `，` and `:` for `：`.
//! The crate uses `regex` without its Unicode tables (they would be 10 KB gzip of the wasm):
//! `\s` (Unicode White_Space) and `\d` (ASCII and full-width digits) are written out as classes
//! by [`expand`] before a pattern compiles, `\w`, `\b` and `\p{…}` are not available (use
//! `(?-u:\b)`), and Chinese ranges are written out. The wasm build has the PikeVM and the
//! bounded backtracker; natively `regex` also has its DFA and literal engines (`perf`), which
//! match the same. [`all`] lists every pattern so a test can compile each one.

use regex::Regex;
use std::sync::OnceLock;

/// A pattern compiled on first use. One shared initialiser for every pattern (rather than a
/// `LazyLock` closure each) keeps the wasm smaller.
///
/// A pattern may have a gate: a cheap test that every text the pattern matches passes (a
/// character or word it cannot match without). `is_match`, `captures`, `find` and
/// `replace_all` run the regex only when the gate passes: in wasm every regex search has a
/// fixed cost of a microsecond or so, and most lines fail the gate. A test checks each gate
/// against its pattern on every line of the fixtures.
pub struct Pattern {
    source: &'static str,
    gate: Option<fn(&str) -> bool>,
    cell: OnceLock<Regex>,
}

impl Pattern {
    const fn new(source: &'static str, gate: Option<fn(&str) -> bool>) -> Pattern {
        Pattern { source, gate, cell: OnceLock::new() }
    }

    fn compile(&self) -> Result<Regex, regex::Error> {
        Regex::new(&expand(self.source))
    }

    fn regex(&self) -> &Regex {
        // `all` lets a test compile every pattern, so this cannot fail at run time.
        self.cell.get_or_init(|| self.compile().unwrap_or_else(|_| unreachable!("pattern compiles")))
    }

    /// Whether `text` passes the gate (or the pattern has none).
    fn may_match(&self, text: &str) -> bool {
        self.gate.is_none_or(|gate| gate(text))
    }

    /// `Regex::is_match`, behind the gate.
    pub fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.regex().is_match(text)
    }

    /// `Regex::captures`, behind the gate.
    pub fn captures<'h>(&self, text: &'h str) -> Option<regex::Captures<'h>> {
        self.may_match(text).then(|| self.regex().captures(text))?
    }

    /// `Regex::find`, behind the gate.
    pub fn find<'h>(&self, text: &'h str) -> Option<regex::Match<'h>> {
        self.may_match(text).then(|| self.regex().find(text))?
    }

    /// `Regex::replace_all`, behind the gate.
    pub fn replace_all<'h>(&self, text: &'h str, with: &str) -> std::borrow::Cow<'h, str> {
        match self.may_match(text) {
            true => self.regex().replace_all(text, with),
            false => text.into(),
        }
    }
}

impl std::ops::Deref for Pattern {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.regex()
    }
}

/// Compiles a pattern source the way [`Pattern`] does, for tests that check a rewritten
/// pattern against the one it replaced.
#[cfg(test)]
pub(crate) fn compile(source: &str) -> Regex {
    Regex::new(&expand(source)).expect("the test's pattern compiles")
}

/// What `\s` means: Unicode's White_Space set, as `regex` has it with its tables.
const SPACE: &str = r"\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";
/// What `\d` means: the digits reports are written with, ASCII and full-width (other scripts'
/// digits would not parse as numbers anyway).
const DIGIT: &str = "0-9０-９";

/// A pattern's source with `\s`, `\S` and `\d` written out as classes: `\d+\s*亿元` →
/// `[0-9０-９]+[\t-\r …\x{3000}]*亿元`. Inside a class the result nests (`[^\s,]` →
/// `[^[…],]`), which `regex` reads as a union.
fn expand(source: &str) -> String {
    let mut out = String::with_capacity(source.len() * 2);
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.extend(["[", SPACE, "]"]),
            Some('S') => out.extend(["[^", SPACE, "]"]),
            Some('d') => out.extend(["[", DIGIT, "]"]),
            // Any other escape, `\\` included, is copied whole so its second character is not
            // read as the start of another escape.
            Some(n) => out.extend(['\\', n]),
            None => out.push('\\'),
        }
    }
    out
}

/// The gate of the meeting patterns ([`HEAD_KEEP_MEETING`], [`MEETING_LINE`]): a match holds
/// 在 and ends with 大会上 or 会议上.
fn names_a_meeting(t: &str) -> bool {
    t.contains('在') && (t.contains("会上") || t.contains("议上"))
}

/// A pattern's gate as `Pattern::new` takes it.
macro_rules! gate {
    () => {
        None
    };
    ($gate:expr) => {
        Some($gate)
    };
}

macro_rules! patterns {
    ($( $(#[$doc:meta])* $name:ident = $re:expr $(, gate $gate:expr)?; )*) => {
        $( $(#[$doc])* pub static $name: Pattern = Pattern::new($re, gate!($($gate)?)); )*
        /// Every pattern with its name, for the test that compiles them all.
        pub fn all() -> Vec<(&'static str, &'static Pattern)> {
            vec![$( (stringify!($name), &$name) ),*]
        }
    };
}

patterns! {
    // ---------------------------------------------------------------- clean: page chrome

    /// Forum counters and levels: `Rank: 7`, `[LV.9]`, `查看:66|回复:0` (on a line without spaces).
    CHROME_FORUM_MARK = r"(?i-u:rank):\d|\[(?i-u:lv)\.\d|查看:\d+\|回复";

    /// Head lines that are part of the document, by how they start: the table of contents
    /// marker, a date, salutations, notes in brackets, a dash opening a subtitle, labelled
    /// headings (`clean::head_keep` checks the rest: [`HEAD_KEEP_MEETING`], [`HEAD_KEEP_END`]).
    /// Every alternative is anchored at the start: in wasm the regex engines walk an
    /// unanchored pattern over every byte of the line, an anchored one stops at the first.
    HEAD_KEEP_START = r"(?x)
        ^(提\s*纲|目\s*录)\s*:?$ | ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日 | ^(各位代表|同志们|各位委员)
        | ^\(.*\)$ | ^——
        | ^(第[一二三四五六七八九十]+(部分|章|篇)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])",
        // Gate: the first characters the alternatives can start with.
        gate |t| t.starts_with(['提', '目', '各', '同', '(', '—', '第', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) || t.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));

    /// A head line naming the meeting: `2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上`.
    HEAD_KEEP_MEETING = r"在.{2,40}(会议|大会)上",
        gate names_a_meeting;

    /// Head lines that are part of the document, by how they end: a title (`…工作报告`,
    /// `…工作报告(2023年1月5日)`), a speaker (`区长  王国荣`).
    HEAD_KEEP_END = r"(?x)
        (报告|总结|计划|要点|方案|通知|意见|规划|纲要|决定|公报|讲话|安排|目标|任务|回顾|思路|打算|表|清单|台账)\s*(\(.{0,20}\))?$
        | (市长|区长|县长|镇长|乡长|省长|州长|旗长|局长|厅长|主任|书记|主席)\s*\S{1,4}\s*\S?$",
        // Gate: a title word ending the line (before spaces or a bracketed note), or an office.
        gate |t| t.ends_with(')') || t.trim_end().ends_with(['告', '结', '划', '点', '案', '知', '见', '要', '定', '报', '话', '排', '标', '务', '顾', '路', '算', '表', '单', '账']) || t.contains(['长', '任', '记', '席']);

    // ---------------------------------------------------------------- outline

    /// A heading label at the start of a line, one named group per family:
    /// `第一部分` (part), `一、` (cn), `(一)` (cnp), `1.` / `1、` (ar, not `1.5`), `(1)` (arp),
    /// `①` (circ), `附件1` (app). Searched through [`HEADING_LABEL`].
    HEADING_LABEL_RE = r"(?x)^(?:
          第(?P<part>[一二三四五六七八九十]+)(?:部分|章|篇)\s*[、.:]?
        | (?P<cn>[一二三四五六七八九十]{1,3})\s*[、.]
        | \(\s*(?P<cnp>[一二三四五六七八九十]{1,3})\s*\)\s*[、.]?
        | (?P<ar>\d{1,2})\s*(?:、|\.)
        | \(\s*(?P<arp>\d{1,2})\s*\)\s*[、.]?
        | (?P<circ>[①-⑳])\s*[、.]?
        | 附\s*件\s*(?P<app>\d{1,2})?\s*[:.]?
        )\s*";

    /// The line that opens a table of contents: `提纲:`, `目录`, `目 录`.
    TOC_MARKER = r"^(提\s*纲|目\s*录)\s*:?$";

    /// A page number closing a table-of-contents entry: `……3`, `...12`.
    TOC_PAGE_NUMBER = r"(\.{3,}|…+|-{3,}|\s{2,})\s*\d+\s*$";

    /// At least one CJK ideograph.
    HAS_HAN = r"[\x{4E00}-\x{9FFF}]";

    /// Tail lines that are part of the document: a date, attachments, notes (anchored at the
    /// start, as [`HEAD_KEEP_START`]; a signing body is `words::SIGNING_BODY_ENDINGS`).
    TAIL_KEEP_START = r"(?x)
        ^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$ | ^[二〇○零一两三四五六七八九]{4}年 | ^附件 | ^(注|说明|备注)\s*:";

    // ---------------------------------------------------------------- meta

    /// The opening of a notice's title: 关于印发...
    TITLE_START = r"^[\x{4E00}-\x{9FFF}]{0,12}关于",
        // Gate: the word it looks for.
        gate |t| t.contains("关于");

    /// What sites wrap around a title, on the original text: `[江苏] `, `(20230105)`,
    /// `VIP免费`, ` - 某某网`.
    TITLE_DECORATION = r"(?x)
        ^\s*[\[【［][^\]】］]{1,8}[\]】］]\s* | \s*[(（]\d{8}[)）] | \s*(?:VIP|ＶＩＰ)?\s*免费(?:下载)?\s*$ | \s*(?:VIP|ＶＩＰ)\s*$
        | \s*[-_|–—]\s*[^-_|–—]{1,20}(?:网|文库|频道|官网)\s*$",
        // Gate: a character each alternative needs.
        gate |t| t.contains(['[', '【', '［', '(', '（', '免', 'V', 'Ｖ', '-', '_', '|', '–', '—']);

    /// Titles of task breakdowns: 任务分解, 责任分工, 任务清单.
    TYPE_BREAKDOWN = r"分解|分工|任务清单|责任清单|台账";

    /// Titles of plans: 工作计划, 工作要点, 工作安排.
    TYPE_PLAN = r"计划|要点|安排|打算|思路";

    /// The place a title names before (or after) its year: `太仓市2023年政府工作报告` →
    /// 太仓市, `2024年苏州市吴江区政府工作报告` → 苏州市吴江区政府, `区人民政府2022年...` → 区人民政府,
    /// `关于城西街道2023年上半年工作总结…的报告` → 城西街道 (a report's 关于 is not the place).
    TITLE_REGION = r"^(?:关于)?(?:(?:\d{4}|[二〇○零一两三四五六七八九]{4})年度?)?(?P<region>[^\d年,、:()\s]{1,20}?(?:人民政府|政府)?)(?:关于|\d{4}年|[二〇○零一两三四五六七八九]{4}年|政府工作|工作报告|工作总结)";

    /// The meeting line: `2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上`.
    MEETING_LINE = r"在(?P<meeting>[^,。;]{2,60}?(?:会议|大会))上",
        gate names_a_meeting;

    /// Who the speaker reports for: `我代表吴江区人民政府`, `我代表国务院` (the national report).
    SPEAKING_FOR_RE = r"我代表(?P<body>国务院|[\x{4E00}-\x{9FFF}]{1,20}?(?:人民政府|政府))";

    /// The publisher in a page-info line: `发布机构: 吴中区临湖镇`.
    /// Several fields may share the line: `来源: 临川区人民政府 发布时间: 2024-01-10`.
    PAGE_INFO_ISSUER = r"^(?:发布机构|发文机关|发布单位|信息来源|来\s*源)\s*:\s*(?P<value>[\x{4E00}-\x{9FFF}()]{2,30}(?:省|自治区|市|区|县|镇|乡|街道|旗|政府|办公室|委员会|管委会))(?:\s*$|\s+[\x{4E00}-\x{9FFF}]{2,6}\s*:)",
        // Gate: the labels' first characters.
        gate |t| t.starts_with(['发', '信', '来']);

    /// The date in a page-info line: `生成日期: 2023-01-17`.
    PAGE_INFO_DATE = r"^(?:成文日期|发布日期|发文日期|公开日期|生成日期|发布时间|印发日期|日\s*期)\s*:\s*(?P<value>.{6,30})$",
        // Gate: the labels' first characters.
        gate |t| t.starts_with(['成', '发', '公', '生', '印', '日']);

    /// The source in a page-info line: `来源: 临江市人民政府办公室`.
    PAGE_INFO_SOURCE = r"(?:来\s*源|信息来源|发布机构)\s*:\s*(?P<value>[\x{4E00}-\x{9FFF}]{2,30})",
        // Gate: every label holds 源 but 发布机构.
        gate |t| t.contains('源') || t.contains("发布机构");

    /// An issuer without its place: `市人民政府`, `区政府`.
    BARE_ISSUER = r"^(?P<level>省|市|区|县|镇|乡|州)(?:人民政府|政府)$";

    /// Characters spaced out for display: `政 府 工 作 报 告`.
    SPACED_OUT = r"^[\x{4E00}-\x{9FFF}](?:\s+[\x{4E00}-\x{9FFF}]){3,}$",
        // Gate: a space after the first character.
        gate |t| t.chars().nth(1).is_some_and(char::is_whitespace);

    /// A full date: `2024年1月9日`, `二〇二四年一月九日`, `2024-01-09`, `2024.1.9`.
    DATE = r"(?P<y>\d{4}|[二〇○零一两三四五六七八九]{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*日|(?-u:\b)|$)";

    /// A date written `(20230105)`, as download sites do after a title.
    COMPACT_DATE_RE = r"\((?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\)";

    /// A signing body alone on a line: `苏州市吴江区人民政府`, `城西街道办事处`.
    SIGNATURE_BODY = r"^[\x{4E00}-\x{9FFF}()]{2,30}(?:人民政府|政府|委员会|办公室|办公厅|办事处|局|厅|委|署|管委会|中心)$";

    /// A name that ends as a place does.
    ADMIN_SUFFIX = r"(?:省|自治区|市|区|县|镇|乡|街道|旗|州|盟)$";

    /// The organisational part of an issuer, dropped to get its place.
    ISSUER_SUFFIX = r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|人大常委会|[\x{4E00}-\x{9FFF}]{1,6}(?:局|厅|委|署|中心))$";

    /// One administrative unit: `苏州市`, `吴江区`, `临湖镇`.
    REGION_UNIT = r"[\x{4E00}-\x{9FFF}]{1,8}?(?:自治区|自治州|省|市|区|县|镇|乡|街道|旗)";

    // ---------------------------------------------------------------- indicators

    /// A frame around a name: `在2023年度全国综合实力百强区排名中` → the ranking.
    NAME_IN_FRAME = r"在(?P<x>[^,;。]{2,40}?)(?:中|方面|上)";

    /// Policies counted by articles (`出台暖企纾困**条`, `二十条措施`): not a count of things.
    POLICY_CONTEXT = r"出台|制定|印发|推出|发布|修订";

    /// What follows articles of a policy: `**条等措施`, `条政策`, `33条一揽子政策`,
    /// `10条硬核举措` (a short modifier before the policy word).
    POLICY_AFTER = r"^(?:、[^,。;]{0,16}?)?等?[\x{4E00}-\x{9FFF}]{0,4}?(?:措施|政策|举措|意见|规定|细则|办法|条款)";

    /// A category label as a name: `**亿元以上项目`, `50-100亿元项目`, `2000万元以上产业项目`.
    CATEGORY_NAME = r"^[\d*.\-—~]+(?:十万|百万|千万|万|亿|千)?(?:元|美元|吨|亩|平方米)(?:及?以上|及?以下)?[\x{4E00}-\x{9FFF}]";

    /// A completion rate of a plan right before a figure: `完成年度计划的112%`,
    /// `完成全年任务的53.2%`, `完成目标任务的116%`, `为年度预算的101.2%`: a share of the
    /// plan, achieved, not a goal.
    PLAN_COMPLETION_RE = r"(?:完成|为|占)[^,;。]{0,8}?(?:计划|目标|任务|预算)(?:数)?的?$";

    /// The end of a five-year plan period, which a goal is set for: `“十四五”期末` → 2025,
    /// `十五五末`, `“十四五”时期末`.
    PLAN_PERIOD_END = r#"十(?P<n>三|四|五)五["”]?(?:规划)?(?:时期|期)?末"#;

    /// A percentage of something else right before a figure: `仅为全省平均水平的68%`,
    /// `相当于全国的`, `是上年的`: a ratio (share) of the subject before the frame.
    RATIO_OF_RE = r"(?:仅|只)?(?:为|是|相当于)[^,;。为是]{1,12}?的$";

    /// 预计 opening a scope to the end of the paragraph: `(预计,下同)`, `(预计数,下同)`.
    EXPECTED_FROM_HERE = r"^预计数?\s*,?\s*下同";

}

/// A pattern anchored at the end of its haystack (`…$`), with the words every match ends with.
///
/// Without its DFA engines, which the wasm build leaves out for size, `regex` finds a `…$`
/// match by running its PikeVM over the whole haystack; natively it searches backwards from
/// the end. These patterns run once per figure, so the wasm build checks the ending first
/// (a few byte compares) and runs the regex only when it can match.
///
/// The regex also runs only on the haystack's last [`Ending::WINDOW`] bytes, so the cost per
/// figure does not grow with the length of its clause.
pub struct Ending {
    regex: &'static Pattern,
    /// A match ends with one of these words…
    words: &'static [&'static str],
    /// …followed by any of these characters (the pattern's optional tail, e.g. `数?的?`).
    trailing: &'static [char],
}

impl Ending {
    /// Longer than any match of these patterns can be (at most 20 characters), so searching
    /// only there finds what a search of the whole haystack would.
    const WINDOW: usize = 72;

    /// Whether the pattern matches (at the end of `haystack`).
    pub fn is_match(&self, haystack: &str) -> bool {
        self.may_match(haystack) && self.regex.is_match_at(haystack, Self::window_start(haystack))
    }

    /// The pattern's match (at the end of `haystack`).
    pub fn find<'h>(&self, haystack: &'h str) -> Option<regex::Match<'h>> {
        self.may_match(haystack).then(|| self.regex.find_at(haystack, Self::window_start(haystack))).flatten()
    }

    /// Where the last `WINDOW` bytes of `haystack` start, on a char boundary.
    fn window_start(haystack: &str) -> usize {
        crate::lexicon::ceil_boundary(haystack, haystack.len().saturating_sub(Self::WINDOW))
    }

    /// A necessary condition for a match: `haystack` ends with one of the words, then trailing
    /// characters only.
    fn may_match(&self, haystack: &str) -> bool {
        let rest = haystack.trim_end_matches(self.trailing);
        self.words.iter().any(|w| rest.ends_with(w))
    }
}

/// A pattern whose every match starts with a literal and is at most `max_len` bytes long.
///
/// Searched for across a whole document, such a pattern would run the wasm build's PikeVM over
/// every byte (natively a literal search finds the candidates); instead the literal is found
/// with [`crate::lexicon::find_all`] and the regex runs on a short window after each occurrence.
pub struct Opening {
    regex: &'static Pattern,
    literal: &'static str,
    max_len: usize,
}

impl Opening {
    /// The leftmost match in `haystack`, as `Regex::captures` would find it.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<regex::Captures<'h>> {
        crate::lexicon::find_all(haystack, self.literal).find_map(|at| {
            let end = crate::lexicon::floor_boundary(haystack, at + self.max_len);
            // captures_at keeps the offsets relative to `haystack`, and sees the text before.
            self.regex.captures_at(&haystack[..end], at).filter(|c| c.get(0).is_some_and(|m| m.start() == at))
        })
    }
}

/// A pattern anchored at the start of its haystack, whose matches hold only characters that
/// `allowed` accepts, and with no assertion about what follows a match (no `$`, no `\b`).
///
/// On a long line such a pattern is searched in the line's first `window` bytes: the regex
/// engines of the wasm build (natively a lazy DFA runs) prepare for the whole haystack, in
/// proportion to its length, before the few bytes an anchored search reads. A match ends at
/// the latest before the first character `allowed` rejects, so when the window holds one, the
/// window's match is the whole line's; when it holds none, the whole line is searched.
pub struct Leading {
    regex: &'static Pattern,
    window: usize,
    allowed: fn(char) -> bool,
}

impl Leading {
    /// `Regex::captures` of the pattern on `text`.
    pub fn captures<'h>(&self, text: &'h str) -> Option<regex::Captures<'h>> {
        self.regex.captures(self.haystack(text))
    }

    /// `Regex::is_match` of the pattern on `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(self.haystack(text))
    }

    fn haystack<'h>(&self, text: &'h str) -> &'h str {
        if text.len() <= self.window {
            return text;
        }
        let head = &text[..crate::lexicon::floor_boundary(text, self.window)];
        if head.chars().all(self.allowed) {
            text
        } else {
            head
        }
    }
}

/// `HEADING_LABEL_RE` on the first 48 bytes of a line: labels are made of ordinals, brackets,
/// 第/部分/章/篇, 附件, spaces and a stop.
pub static HEADING_LABEL: Leading = Leading {
    regex: &HEADING_LABEL_RE,
    window: 48,
    allowed: |c| {
        c.is_whitespace()
            || matches!(
                c,
                '0'..='9' | '０'..='９' | '①'..='⑳' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
                    | '十' | '第' | '部' | '分' | '章' | '篇' | '附' | '件' | '(' | ')' | '、' | '.' | ':'
            )
    },
};

/// `SPEAKING_FOR_RE` after each `我代表`: at most 我代表 + 20 characters + 人民政府.
pub static SPEAKING_FOR: Opening =
    Opening { regex: &SPEAKING_FOR_RE, literal: "我代表", max_len: (3 + 20 + 4) * 3 };

/// `COMPACT_DATE_RE` after each `(`: `(20230105)`.
pub static COMPACT_DATE: Opening = Opening { regex: &COMPACT_DATE_RE, literal: "(", max_len: 10 };

/// `PLAN_COMPLETION_RE`, checked by its ending first: `…计划的`, `…任务`, `…预算数的`.
pub static PLAN_COMPLETION: Ending =
    Ending {
        regex: &PLAN_COMPLETION_RE, words: &["计划", "目标", "任务", "预算"], trailing: &['数', '的']
    };

/// `RATIO_OF_RE`, checked by its ending first: `…的`.
pub static RATIO_OF: Ending = Ending { regex: &RATIO_OF_RE, words: &["的"], trailing: &[] };

#[cfg(test)]
mod tests {
    use super::*;

    /// A gate never turns away a text its pattern matches: on every line of the fixtures (as
    /// written and normalised) and on made-up lines, each gated pattern matching some.
    #[test]
    fn gates_pass_every_match() {
        let mut lines = crate::test_lines(&[
            "区长  王国荣",
            "代市长 张 三",
            "——2024年1月9日在吴江区第十七届人民代表大会第三次会议上",
            "在区委全会上",
            "发布机构: 吴中区临湖镇",
            "信息来源:临川区人民政府 发布时间: 2024-01-10",
            "生成日期: 2023-01-17",
            "日 期: 2023-01-17",
            "来 源: 临江市人民政府办公室",
            "政 府 工 作 报 告",
            "政\u{3000}府\u{3000}工\u{3000}作",
            "[江苏] 太仓市2023年政府工作报告(20230105)VIP免费",
            "【安徽】某县工作总结 - 某某文库",
            "某市工作计划ＶＩＰ",
            "区政府关于印发的通知",
            "一、总体要求",
            "(一)稳增长",
            "第一部分 工作回顾",
            "１.主要指标",
            "提 纲:",
            "目录",
            "同志们:",
            "(2023年1月5日)",
            "太仓市2023年政府工作报告(2023年1月5日在市第十七届人民代表大会第二次会议上)",
            "工作报告 ",
            "书记 李四 ",
            "主任王五六",
            "",
        ]);
        for text in crate::seed_texts() {
            let doc = crate::clean::Doc::new(&text);
            lines.extend((0..doc.lines.len()).map(|i| doc.line(i).to_string()));
        }
        for (name, pattern) in all() {
            let Some(gate) = pattern.gate else { continue };
            let mut matched = 0;
            for line in &lines {
                if pattern.regex().is_match(line) {
                    matched += 1;
                    assert!(gate(line), "{name}'s gate turns away {line:?}");
                }
            }
            assert!(matched > 0, "{name} matched no line of the test");
        }
    }

    #[test]
    fn endings_never_reject_a_match() {
        let texts = [
            "完成年度计划的",
            "完成全年任务的",
            "完成目标任务的",
            "为年度预算的",
            "占计划数的",
            "完成计划",
            "仅为全省平均水平的",
            "相当于全国的",
            "是上年的",
            "完成年度计划的一半",
            "为全省的,",
            "地区生产总值",
            "比上年增长",
            "计划的的",
            "任务数",
            "",
        ];
        for (ending, re) in [(&PLAN_COMPLETION, &PLAN_COMPLETION_RE), (&RATIO_OF, &RATIO_OF_RE)] {
            for t in texts {
                assert_eq!(ending.is_match(t), re.is_match(t), "{t}");
                assert_eq!(ending.find(t).map(|m| m.range()), re.find(t).map(|m| m.range()), "{t}");
            }
        }
        assert!(PLAN_COMPLETION.is_match("完成年度计划的"));
        // A long clause: only its end is searched, and the match is found there all the same.
        let long = format!("{}完成全年预算的", "全区上下齐心协力,".repeat(20));
        assert_eq!(
            PLAN_COMPLETION.find(&long).map(|m| m.range()),
            PLAN_COMPLETION_RE.find(&long).map(|m| m.range())
        );
        assert!(PLAN_COMPLETION.is_match(&long));
        let head = "我代表大家。各位代表:现在,我代表临江市人民政府向大会报告工作,请予审议。我代表政府";
        let expected = SPEAKING_FOR_RE.captures(head).map(|c| c["body"].to_string());
        assert_eq!(SPEAKING_FOR.captures(head).map(|c| c["body"].to_string()), expected);
        assert_eq!(expected.as_deref(), Some("临江市人民政府"));
        assert!(SPEAKING_FOR.captures("我代表大家").is_none());
        let title = "(2023)关于印发2023年工作要点的通知(20230105)";
        assert_eq!(
            COMPACT_DATE.captures(title).map(|c| c.get(0).unwrap().range()),
            COMPACT_DATE_RE.find(title).map(|m| m.range())
        );
        assert!(COMPACT_DATE.captures(title).is_some());
        assert!(RATIO_OF.is_match("仅为全省平均水平的"));
    }

    /// `HEADING_LABEL` answers as its pattern does on the whole line: on every fixture line,
    /// on long lines opening with a label, and on lines whose first 48 bytes could all still
    /// be part of a label (searched whole).
    #[test]
    fn leading_window_answers_as_the_whole_line() {
        let long = "全区上下齐心协力,".repeat(40);
        let mut lines: Vec<String> = [
            "一、",
            "(一)",
            "(1)",
            "1.",
            "12、",
            "第三部分",
            "附件2:",
            "①",
            "2023年",
            "一是",
            "1.5%",
            "(",
            "",
        ]
        .iter()
        .map(|label| format!("{label}{long}"))
        .collect();
        lines.push(format!("({})一、{long}", " ".repeat(60)));
        lines.push(format!("第{}部分 {long}", "十".repeat(30)));
        lines.push(format!("一{}、标题", " ".repeat(80)));
        lines.push(format!("一、{}标题", " ".repeat(80)));
        for text in crate::seed_texts() {
            lines.extend(text.lines().map(|l| l.trim().to_string()));
        }
        let span = |c: Option<regex::Captures>| {
            c.map(|c| (c.get(0).unwrap().range(), c.iter().flatten().map(|m| m.range()).collect::<Vec<_>>()))
        };
        for line in &lines {
            assert_eq!(span(HEADING_LABEL.captures(line)), span(HEADING_LABEL_RE.captures(line)), "{line}");
            assert_eq!(HEADING_LABEL.is_match(line), HEADING_LABEL_RE.is_match(line), "{line}");
        }
    }

    #[test]
    fn every_pattern_compiles_with_the_crate_features() {
        for (name, re) in all() {
            assert!(!re.source.is_empty(), "{name}");
            if let Err(e) = re.compile() {
                panic!("pattern {name} does not compile: {e}");
            }
        }
    }

    #[test]
    fn expand_writes_out_space_and_digit_classes() {
        let re = Regex::new(&expand(r"^\d+\s*亿元$")).unwrap();
        for yes in ["12亿元", "１２\u{3000}亿元", "3\u{A0}亿元", "4\t亿元"] {
            assert!(re.is_match(yes), "{yes}");
        }
        assert!(!re.is_match("十二亿元"));
        let not_space = Regex::new(&expand(r"^[^\s,]+$")).unwrap();
        assert!(not_space.is_match("增长5%") && !not_space.is_match("增长 5%") && !not_space.is_match("a,b"));
        assert!(Regex::new(&expand(r"^\S+$")).unwrap().is_match("二〇二四"));
        // An escaped backslash is not the start of `\s`.
        assert_eq!(expand(r"\\s\."), r"\\s\.");
        // Every character `char::is_whitespace` calls a space is one here, and no other.
        let space = Regex::new(&expand(r"^\s$")).unwrap();
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            assert_eq!(space.is_match(c.encode_utf8(&mut [0; 4])), c.is_whitespace(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn chrome_examples() {
        assert!(HEAD_KEEP_START.is_match("2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上"));
        assert!(HEAD_KEEP_MEETING.is_match("2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上"));
        assert!(HEAD_KEEP_END.is_match("区长  王国荣"));
        assert!(!HEAD_KEEP_START.is_match("积分") && !HEAD_KEEP_END.is_match("积分"));
    }
}
