//! Stage 5, indicators: what each quantity measures, and how to read it.
//!
//! For every [`Quantity`] this stage decides:
//! - **qualifier**: the approximation word closest to the number (超, 近, 达, 左右, 以上...);
//! - **role**: amount, count, percent, growth (增长/提高), decline (下降/减少), share (率, 比重,
//!   占比), rank or other (倍);
//! - **name**: the shortest phrase naming what is measured — the noun phrase before the number
//!   with its verbs, scope words and qualifiers peeled off (完成一般公共预算收入 → 一般公共预算收入),
//!   or the noun after a count (185个产业项目), or, for a growth or rank with no name of its own,
//!   the name of the figure it follows (`names.rs`);
//! - **status**: actual, expected (预计, "预计，下同" scopes, 左右 in a review) or target (plans),
//!   and **year**: the review year for results, the plan year for goals (`reading.rs`).

mod names;
mod reading;

use crate::clean::Doc;
use crate::lexicon;
use crate::numbers::Quantity;
use crate::outline::Heading;
use crate::report::{Indicator, Meta, Role, Status};
use crate::words;

/// How far back a clause or a sentence is looked for: bounds the work per figure on a
/// text without punctuation (a 5 MB line).
const MAX_CLAUSE_BYTES: usize = 600;
const MAX_SENTENCE_BYTES: usize = 1500;

/// Builds the indicators (spans in the normalised view; the report maps them back).
pub fn build(doc: &Doc, headings: &[Heading], quantities: &[Quantity], meta: &Meta) -> Vec<Indicator> {
    let text = doc.norm.as_str();
    let expected = reading::expected_scopes(doc);
    let sections = reading::innermost_sections(headings, quantities);
    let mut out: Vec<Indicator> = Vec::with_capacity(quantities.len());
    // Where each figure's own words end (its suffix qualifier, the noun after it).
    let mut anchors: Vec<usize> = Vec::with_capacity(quantities.len());
    let mut bounds = Boundaries::default();
    for (k, q) in quantities.iter().enumerate() {
        let (clause, sentence) = bounds.advance(text, q.start);
        let prev = k.checked_sub(1).filter(|&p| quantities[p].end > sentence && quantities[p].end <= q.start);
        let prev_in_clause = prev.filter(|&p| quantities[p].end >= clause);
        let qualifier = reading::qualifier(text, q);
        let role = reading::role(text, q, clause, prev_in_clause.map(|p| (&quantities[p], out[p].role)));
        let forward = names::forward(text, q, quantities.get(k + 1));
        let lo = prev_in_clause.map_or(clause, |p| anchors[p].max(clause)).min(q.start);
        let name = name(doc, quantities, &out, k, Context { lo, clause, sentence, prev, role, forward });
        // A percentage opening its cell is read by the cell before it: 城镇登记失业率 /
        // 控制在3.5%以内 is a share.
        let cell = clause > 0 && matches!(text.as_bytes()[clause - 1], b'\t' | b'\n');
        let role = match &name {
            Some(n) if cell && role == Role::Percent && words::SHARE_WORDS.occurs_in(n) => Role::Share,
            _ => role,
        };
        let section = sections[k];
        let kind = reading::kind_at(headings, section, meta);
        let mut status = reading::status(text, q, kind, qualifier, &expected, clause);
        if status == Status::Actual && reading::goal_ahead(text, q, sentence, kind, meta) {
            status = Status::Target;
        }
        let year = reading::year(doc, q, sentence, status, kind, meta);
        // An estimate is of the year reviewed: a base-year figure inside a 预计 scope
        // (由2017年的186.5亿元增加到2022年的281.6亿元(预计,下同)) was closed long ago.
        if status == Status::Expected && year.zip(meta.review_year).is_some_and(|(y, r)| y < r) {
            status = Status::Actual;
        }
        anchors.push(forward.map_or(q.end, |(_, e)| e).max(q.end + reading::suffix_len(text, q.end)));
        out.push(Indicator {
            text: text[q.start..q.end].to_string(),
            start: q.start,
            end: q.end,
            value: if q.masked { None } else { q.value },
            unit: q.unit.clone(),
            name,
            role,
            status,
            qualifier: if q.range_start || q.range_end { None } else { qualifier },
            year,
            masked: q.masked,
            section,
        });
    }
    let shared = names::distribute_lists(text, quantities, &mut out);
    names::pair_respective(text, quantities, &mut out);
    names::tidy_lists(text, quantities, &mut out, &shared);
    names::share_following(text, quantities, &mut out);
    reading::share_list_qualifiers(text, quantities, &mut out);
    out
}

/// What the naming of figure `k` needs to know about its surroundings.
struct Context {
    /// Where the figure's own phrase may start (after the clause start and the figure before).
    lo: usize,
    /// Start of its clause.
    clause: usize,
    /// Start of its sentence.
    sentence: usize,
    /// The figure before it in the same sentence.
    prev: Option<usize>,
    role: Role,
    /// The noun after it, if it names it.
    forward: Option<(usize, usize)>,
}

/// The name of figure `k`.
fn name(doc: &Doc, quantities: &[Quantity], out: &[Indicator], k: usize, cx: Context) -> Option<String> {
    let text = doc.norm.as_str();
    let q = &quantities[k];
    let phrase = &text[cx.lo..q.start];
    // A figure with no name of its own takes the one before it: always after 总数/累计
    // (新增X超1万家、总数达9.76万家) and for changes and ranks, but an amount or count only
    // in a bare list (上市公司2家、3家) or from an earlier sentence of the paragraph
    // (…零售总额236.5亿元;预计全年完成258亿元).
    let inherited = || {
        let totals = names::continues_previous(phrase);
        let in_sentence = cx
            .prev
            .filter(|&p| {
                totals
                    || !matches!(cx.role, Role::Amount | Role::Count)
                    || only_separators(text, quantities[p].end, q.start)
            })
            .and_then(|p| out[p].name.clone());
        in_sentence.or_else(|| {
            let line_start = doc.lines[doc.line_at(q.start)].start;
            // A bounded look back: figures without names in a long line stay linear.
            (0..k)
                .rev()
                .take(64)
                .take_while(|&j| quantities[j].start >= line_start)
                .find(|&j| quantities[j].class == q.class && out[j].name.is_some())
                .and_then(|j| out[j].name.clone())
                .filter(|_| lexicon::han_count(phrase) <= 6)
        })
    };
    if text[..q.start].ends_with("连续") {
        return names::run(doc, q).or_else(|| names::backward(doc, cx.lo, q.start, cx.role));
    }
    // The upper bound of a range (增长5.5%至6%) measures what its lower bound does.
    if q.range_end {
        if let Some(n) = cx.prev.filter(|&p| quantities[p].range_start).and_then(|p| out[p].name.clone()) {
            return Some(n);
        }
    }
    if cx.role == Role::Rank {
        return names::rank(doc, cx.lo, q.start, cx.sentence, cx.prev.and_then(|p| out[p].name.as_deref()));
    }
    if let Some((s, e)) = cx.forward {
        return Some(doc.original_text(s, e));
    }
    // 、高于全省平均0.6个百分点 / 、累计达61家 / ,完成年度计划的112%: the figure before names
    // this one.
    if names::continues_previous(phrase) || crate::patterns::PLAN_COMPLETION.is_match(phrase) {
        if let Some(n) = inherited() {
            return Some(n);
        }
    }
    // 居民人均可支配收入仅为全省平均水平的68%: the subject before the frame is measured.
    if q.class == lexicon::UnitClass::Percent {
        if let Some(m) = crate::patterns::RATIO_OF.find(phrase).filter(|m| m.start() > 0) {
            if let Some(n) = names::backward(doc, cx.lo, cx.lo + m.start(), cx.role) {
                return Some(n);
            }
        }
    }
    match names::backward(doc, cx.lo, q.start, cx.role) {
        Some(n) if words::GENERIC_NAMES.is(&n) => inherited().or(Some(n)),
        // 占规上工业比重达28.5%: a share of the figure before.
        Some(n) if n.starts_with('占') && cx.prev.is_some() => {
            let prev = cx.prev.and_then(|p| out[p].name.as_deref()).filter(|p| !p.contains('占'));
            Some(prev.map_or(n.clone(), |p| format!("{p}{n}")))
        }
        // A verb alone (新建219座、改建131座农村公厕) names nothing; see share_following.
        Some(n) if names::verbs_only(&n) => names::label_before(doc, cx.clause, cx.role),
        Some(n) => Some(n),
        None => names::noun_after_share(text, q, quantities.get(k + 1))
            .map(|(s, e)| doc.original_text(s, e))
            .or_else(inherited)
            .or_else(|| names::cell_before(doc, cx.clause, cx.role))
            .or_else(|| names::label_before(doc, cx.clause, cx.role)),
    }
}

// ------------------------------------------------------------------ clause geometry

/// `pos - max` on a char boundary, not below 0.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn floor_back(text: &str, pos: usize, max: usize) -> usize {
    lexicon::ceil_boundary(text, pos.saturating_sub(max))
}

/// Clause and sentence starts, found in one forward pass over the text as the figures come
/// (a backward search from every figure would be quadratic on text without punctuation).
#[derive(Debug, Default)]
struct Boundaries {
    /// How far the text has been read.
    read: usize,
    /// Just after the last , ; : 。 ! ? or line break outside brackets.
    clause: usize,
    /// Just after the last 。 ! ? ; or line break.
    sentence: usize,
    /// Open brackets: punctuation inside `（预计，下同）` does not end the clause around it.
    depth: usize,
}

impl Boundaries {
    /// Reads up to `pos` and returns the starts of the clause and the sentence holding it,
    /// each at most [`MAX_CLAUSE_BYTES`] / [`MAX_SENTENCE_BYTES`] back.
    fn advance(&mut self, text: &str, pos: usize) -> (usize, usize) {
        if pos > self.read {
            for (i, c) in text[self.read..pos].char_indices() {
                let after = self.read + i + c.len_utf8();
                match c {
                    '(' => self.depth += 1,
                    ')' => self.depth = self.depth.saturating_sub(1),
                    ',' | ':' if self.depth == 0 => self.clause = after,
                    ';' => {
                        self.clause = after;
                        self.sentence = after;
                    }
                    '。' | '!' | '?' | '\n' | '\t' => {
                        self.clause = after;
                        self.sentence = after;
                        self.depth = 0;
                    }
                    _ => {}
                }
            }
            self.read = pos;
        }
        let clause = self.clause.max(floor_back(text, pos, MAX_CLAUSE_BYTES)).min(pos);
        let sentence = self.sentence.max(floor_back(text, pos, MAX_SENTENCE_BYTES)).min(pos);
        (clause, sentence)
    }
}

/// Start of the sentence holding `pos`: just after the last 。 ! ? ; or line break.
fn sentence_start(text: &str, pos: usize) -> usize {
    let lo = floor_back(text, pos, MAX_SENTENCE_BYTES);
    lexicon::after_last(&text[lo..pos], &['。', '!', '?', ';', '\n', '\t']).map_or(lo, |i| lo + i)
}

/// `text[from..]` cut to at most `max` bytes, on a char boundary.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn window(text: &str, from: usize, max: usize) -> &str {
    &text[from..lexicon::floor_boundary(text, from + max)]
}

/// `text[..to]` cut to its last `max` bytes at most, on a char boundary.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn window_back(text: &str, to: usize, max: usize) -> &str {
    &text[floor_back(text, to, max)..to]
}

/// Whether only list separators lie between two positions (、 和 及 与 , or nothing).
fn only_separators(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|s| s.chars().all(|c| matches!(c, '、' | '和' | '及' | '与' | ',' | ' ')))
}

#[cfg(test)]
mod tests {
    use crate::report::{Qualifier, Role, Status};

    fn run(text: &str) -> Vec<crate::Indicator> {
        crate::analyze(text, &Default::default()).indicators
    }

    fn brief(text: &str) -> Vec<(String, Option<String>, Role)> {
        run(text).into_iter().map(|i| (i.text, i.name, i.role)).collect()
    }

    fn b(t: &str, n: &str, r: Role) -> (String, Option<String>, Role) {
        (t.to_string(), Some(n.to_string()), r)
    }

    #[test]
    fn names_and_roles() {
        type Case<'a> = (&'a str, Vec<(String, Option<String>, Role)>);
        let cases: Vec<Case> = vec![
            (
                "完成一般公共预算收入239.9亿元,增长6.1%,总量全市第三。",
                vec![
                    b("239.9亿元", "一般公共预算收入", Role::Amount),
                    b("6.1%", "一般公共预算收入", Role::Growth),
                    b("第三", "一般公共预算收入", Role::Rank),
                ],
            ),
            (
                "新增上市公司2家、过会2家,243个区级以上重点项目完成投资671.8亿元。",
                vec![
                    b("2家", "上市公司", Role::Count),
                    b("2家", "过会", Role::Count),
                    b("243个", "区级以上重点项目", Role::Count),
                    b("671.8亿元", "投资", Role::Amount),
                ],
            ),
            (
                "金融机构本外币存、贷款余额分别增长22.8%17.7%,城镇调查失业率控制在3%以内。",
                vec![
                    b("22.8%", "存款余额", Role::Growth),
                    b("17.7%", "贷款余额", Role::Growth),
                    b("3%", "城镇调查失业率", Role::Share),
                ],
            ),
            (
                "地表水环境质量列全省前十。苏州湾创投壹号入选“最佳基金小镇”第二名。",
                vec![b("前十", "地表水环境质量", Role::Rank), b("第二名", "“最佳基金小镇”", Role::Rank)],
            ),
            (
                "工业战略性新兴产业产值占比达48%、提高4.2个百分点。",
                vec![
                    b("48%", "工业战略性新兴产业产值占比", Role::Share),
                    b("4.2个百分点", "工业战略性新兴产业产值占比", Role::Growth),
                ],
            ),
            (
                "地区生产总值由2017年的1862.5亿元增加到2022年的2816.3亿元，年均增长6.8%。",
                vec![
                    b("1862.5亿元", "地区生产总值", Role::Amount),
                    b("2816.3亿元", "地区生产总值", Role::Amount),
                    b("6.8%", "地区生产总值", Role::Growth),
                ],
            ),
            (
                "规模以上工业企业达到1286家，比2017年增加312家。新建219座、改建131座农村公厕。",
                vec![
                    b("1286家", "规模以上工业企业", Role::Count),
                    b("312家", "规模以上工业企业", Role::Growth),
                    b("219座", "农村公厕", Role::Count),
                    b("131座", "农村公厕", Role::Count),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(brief(text), want, "{text}");
        }
    }

    #[test]
    fn qualifiers_and_status() {
        let text = "一、2023年工作回顾\n预计全年地区生产总值增长4.5%左右;完成一般公共预算收入239.9亿元,新增民营企业超1万家、总数达9.76万家。\n\
                    二、2024年工作安排\n地区生产总值增长5%以上,新增高新技术企业突破1600家,城镇调查失业率控制在3.5%。";
        let got: Vec<(String, Option<Qualifier>, Status)> =
            run(text).into_iter().map(|i| (i.text, i.qualifier, i.status)).collect();
        let want = vec![
            ("4.5%".to_string(), Some(Qualifier::About), Status::Expected),
            ("239.9亿元".to_string(), None, Status::Actual),
            ("1万家".to_string(), Some(Qualifier::Over), Status::Actual),
            ("9.76万家".to_string(), Some(Qualifier::Reach), Status::Actual),
            ("5%".to_string(), Some(Qualifier::OrMore), Status::Target),
            ("1600家".to_string(), Some(Qualifier::Breakthrough), Status::Target),
            ("3.5%".to_string(), None, Status::Target),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn years_of_goals_and_bases() {
        let text = "二、今后五年的目标任务\n主要目标是：到2027年，地区生产总值突破3800亿元；一般公共预算收入年均增长6%。\n\
                    三、2023年工作安排\n地区生产总值增长6.5%左右。";
        let years: Vec<Option<i32>> = run(text).into_iter().map(|i| i.year).collect();
        assert_eq!(years, [Some(2027), Some(2027), Some(2023)]);
    }
}
