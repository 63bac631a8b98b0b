//! The output types: one [`Report`] per document.
//!
//! These types are the contract shared by the CLI's JSON, the wasm binding and the web page.
//! Field names and enum spellings follow `../shared/eval/README.md`; everything beyond that
//! contract (tasks, zones, stats, warnings) is extra and ignored by the scorer.
//!
//! Spans (`start`/`end`) are UTF-8 byte offsets into the decoded text, end exclusive, unless
//! [`crate::Options::offsets`] asks for UTF-16 code units or code points.

use serde::{Deserialize, Serialize};

/// Everything reportlens extracts from one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Title, type, issuer, years, date, speaker and meeting.
    pub meta: Meta,
    /// The heading tree in document order; `parent` indexes into this list.
    pub sections: Vec<Section>,
    /// Every quantity found, in document order.
    pub indicators: Vec<Indicator>,
    /// Rows of a flattened task table (序号/项目/任务/牵头领导/责任单位), if the document has one.
    pub tasks: Vec<Task>,
    /// Page chrome (menus, footers, forum headers...) excluded from analysis.
    pub zones: Vec<Zone>,
    /// How much text was read and how it was decoded.
    pub stats: Stats,
    /// Things the user should know: empty input, a lossy decoding, truncated fields...
    pub warnings: Vec<String>,
}

/// Document-level facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The title as the document names itself.
    pub title: Option<String>,
    /// What kind of document this is.
    pub doc_type: DocType,
    /// The government body that issued it, e.g. 苏州市吴江区人民政府.
    pub issuer: Option<String>,
    /// The most specific region the document is about, e.g. 吴江区.
    pub region: Option<String>,
    /// The year the document was delivered or published.
    pub report_year: Option<i32>,
    /// The year whose work is reviewed.
    pub review_year: Option<i32>,
    /// The year whose work is planned.
    pub plan_year: Option<i32>,
    /// The date of the document, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Who delivered the report.
    pub speaker: Option<String>,
    /// The meeting at which it was delivered.
    pub meeting: Option<String>,
}

/// The kind of document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    /// 政府工作报告.
    WorkReport,
    /// 工作总结.
    WorkSummary,
    /// 工作计划 / 工作要点.
    WorkPlan,
    /// 任务分解方案.
    TaskBreakdown,
    /// Anything else.
    #[default]
    Other,
}

/// One heading of the outline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Depth in this document's heading tree, 1 for the top-most headings.
    pub level: u8,
    /// The label as written (一、, (一), 1., ①, 第一部分...), empty for unlabelled headings.
    pub label: String,
    /// The heading text without its label (for run-in headings: the first sentence).
    pub title: String,
    /// What the section is about.
    pub kind: SectionKind,
    /// Start of the heading.
    pub start: usize,
    /// End of the section's body: the next heading of the same or a higher level.
    pub end: usize,
    /// Index of the enclosing section in [`Report::sections`].
    pub parent: Option<usize>,
}

/// What a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Last year's work.
    Review,
    /// Main goals (主要预期目标).
    Targets,
    /// This year's tasks.
    Plan,
    /// Problems and shortcomings.
    Problems,
    /// A table of contents before the body.
    Toc,
    /// Anything else.
    Other,
}

/// One quantity mentioned in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// The number and its unit as written, e.g. `239.9亿元`, `第7`, `*.*%`.
    pub text: String,
    /// Start of `text`.
    pub start: usize,
    /// End of `text`.
    pub end: usize,
    /// The number as written before the unit; `None` when masked.
    pub value: Option<f64>,
    /// The unit as written (亿元, %, 家...), `rank` for ranks, `fraction` for fractions.
    pub unit: String,
    /// The shortest phrase naming what is measured.
    pub name: Option<String>,
    /// What kind of quantity this is.
    pub role: Role,
    /// Achieved, expected or targeted.
    pub status: Status,
    /// The approximation word closest to the number.
    pub qualifier: Option<Qualifier>,
    /// The year the figure refers to.
    pub year: Option<i32>,
    /// Whether digits are masked (`***`).
    pub masked: bool,
    /// Index of the innermost section holding the figure.
    pub section: Option<usize>,
}

/// What kind of quantity an indicator is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Money, area, weight, energy... (亿元, 亩, 吨).
    Amount,
    /// Things counted (家, 个, 人次).
    Count,
    /// A percentage that is neither growth nor share.
    Percent,
    /// An increase (增长 x%, 提高 x 个百分点, 增加 x 元).
    Growth,
    /// A decrease (下降 x%).
    Decline,
    /// A ratio: 占比, 比重, 覆盖率, 达标率, 三成, 1/4.
    Share,
    /// A position in a ranking (全国第7, 前20).
    Rank,
    /// Anything else (multiples, 超计划 x%).
    Other,
}

/// Whether a figure was achieved, is an estimate, or is a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Achieved.
    Actual,
    /// Estimated for a year not yet closed (预计).
    Expected,
    /// A goal.
    Target,
}

/// The approximation word attached to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// 左右: about.
    #[serde(rename = "左右")]
    About,
    /// 以上: or more.
    #[serde(rename = "以上")]
    OrMore,
    /// 以内: at most.
    #[serde(rename = "以内")]
    Within,
    /// 超: over.
    #[serde(rename = "超")]
    Over,
    /// 近: nearly.
    #[serde(rename = "近")]
    Nearly,
    /// 突破: broke through.
    #[serde(rename = "突破")]
    Breakthrough,
    /// 约: approximately.
    #[serde(rename = "约")]
    Approx,
    /// 余: and some.
    #[serde(rename = "余")]
    Odd,
    /// 达: reached.
    #[serde(rename = "达")]
    Reach,
    /// 不低于: no less than.
    #[serde(rename = "不低于")]
    NoLessThan,
}

impl Qualifier {
    /// The Chinese word as it appears in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "左右",
            Qualifier::OrMore => "以上",
            Qualifier::Within => "以内",
            Qualifier::Over => "超",
            Qualifier::Nearly => "近",
            Qualifier::Breakthrough => "突破",
            Qualifier::Approx => "约",
            Qualifier::Odd => "余",
            Qualifier::Reach => "达",
            Qualifier::NoLessThan => "不低于",
        }
    }
}

/// One row of a flattened task table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// The row's 序号 within its category, when given.
    pub number: Option<u32>,
    /// The category heading above the row (一、...).
    pub category: Option<String>,
    /// The 项目 cell (merged cells repeated on every row).
    pub project: Option<String>,
    /// The task text.
    pub text: String,
    /// The 牵头领导 names.
    pub leaders: Vec<String>,
    /// The 责任单位, the lead unit (★) flagged.
    pub units: Vec<Unit>,
    /// Start of the task text.
    pub start: usize,
    /// End of the task text.
    pub end: usize,
    /// Indices into [`Report::indicators`] of the figures in the task text.
    pub indicators: Vec<usize>,
}

/// A responsible unit of a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// The unit's name as written, without the ★.
    pub name: String,
    /// Whether it leads the task (marked ★).
    pub lead: bool,
}

/// A span of page chrome that is not part of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Zone {
    /// Start of the zone.
    pub start: usize,
    /// End of the zone.
    pub end: usize,
    /// What the chrome is.
    pub kind: ZoneKind,
}

/// What a chrome zone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZoneKind {
    /// Site navigation, breadcrumbs, login links.
    Navigation,
    /// 来源 / 发布时间 / 浏览次数 / 字号 lines.
    PageInfo,
    /// 打印本页 / 关闭窗口 / 上一篇 / 分享 buttons.
    Actions,
    /// Forum post headers, user cards and reply boxes.
    Forum,
    /// Copyright, ICP, contact and download-site footers.
    Footer,
}

/// How much was read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// The encoding the input was decoded from (`UTF-8`, `GBK`, `UTF-16LE`...).
    pub encoding: String,
    /// Length of the decoded text in the span unit of the report.
    pub length: usize,
    /// Number of characters (code points) of the decoded text.
    pub chars: usize,
    /// Number of lines.
    pub lines: usize,
}
