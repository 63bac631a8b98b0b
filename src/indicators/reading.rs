//! Reading a figure: its qualifier, role, status and year.

use super::window;
use crate::clean::Doc;
use crate::lexicon::UnitClass;
use crate::numbers::Quantity;
use crate::outline::Heading;
use crate::patterns as pat;
use crate::report::{DocType, Indicator, Meta, Qualifier, Role, SectionKind, Status};
use crate::words;

/// Qualifiers written after the number, in the order they are tried.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::About),
    ("以上", Qualifier::OrMore),
    ("以内", Qualifier::Within),
    ("以下", Qualifier::Within),
    ("多", Qualifier::Odd),
];

/// Qualifiers written before the number, longest first.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不低于", Qualifier::NoLessThan),
    ("不少于", Qualifier::NoLessThan),
    ("突破", Qualifier::Breakthrough),
    ("超过", Qualifier::Over),
    ("超", Qualifier::Over),
    ("逾", Qualifier::Over),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
    ("大约", Qualifier::Approx),
    ("约", Qualifier::Approx),
    ("达到", Qualifier::Reach),
    ("高达", Qualifier::Reach),
    ("力争", Qualifier::Reach),
    ("达", Qualifier::Reach),
];

/// Length of a suffix qualifier right after a quantity (左右, 以上...).
pub(super) fn suffix_len(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    SUFFIX_QUALIFIERS.iter().find(|(w, _)| rest.starts_with(w)).map_or(0, |(w, _)| w.len())
}

/// The approximation word closest to the number: one written after it (左右, 以上, 以内,
/// 余 inside the quantity) wins over one before it (超, 近, 突破, 约, 达, 不低于).
pub(super) fn qualifier(text: &str, q: &Quantity) -> Option<Qualifier> {
    if q.odd {
        return Some(Qualifier::Odd);
    }
    let after = &text[q.end..];
    SUFFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|&(_, q)| q)
        .or_else(|| prefix_qualifier(&text[..q.start]).map(|(q, _)| q))
}

/// A qualifier word ending `before`, with its length in bytes.
fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    PREFIX_QUALIFIERS.iter().find(|(w, _)| before.ends_with(w)).map(|&(w, q)| (q, w.len()))
}

/// Whether the clause before `pos` ends with a growth (true) or decline (false) word, and
/// which: the word decides what an amount's change is.
fn change_before(text: &str, clause: usize, pos: usize) -> Option<(bool, &'static str)> {
    let mut before = &text[clause..pos];
    if let Some((_, len)) = prefix_qualifier(before) {
        before = &before[..before.len() - len];
    }
    while let Some(f) = words::CHANGE_FILLERS.suffix(before) {
        before = &before[..before.len() - f.len()];
    }
    // 提高至 / 增至 / 下降到 give the level reached, not the change.
    if before.ends_with('至') || before.ends_with('到') {
        return None;
    }
    if let Some(w) = words::DECLINE_WORDS.suffix(before) {
        return Some((false, w));
    }
    // 新增 counts new things; it is not a rise of a level.
    if before.ends_with("新增") {
        return None;
    }
    words::GROWTH_WORDS.suffix(before).map(|w| (true, w))
}

/// The role from the unit and the words around the number.
pub(super) fn role(text: &str, q: &Quantity, clause: usize, prev: Option<(&Quantity, Role)>) -> Role {
    let change = change_before(text, clause, q.start);
    // A list after a change word: 下降8.2%、12.5% / 分别增长22.8%17.7%; and the upper bound
    // of a range after one: 增长5.5%—6%.
    let listed = prev
        .filter(|(p, r)| {
            matches!(r, Role::Growth | Role::Decline)
                && p.class == q.class
                && (super::only_separators(text, p.end, q.start) || p.range_start && q.range_end)
        })
        .map(|(_, r)| r);
    let rise_or_fall = |change: Option<(bool, &str)>| match (change, listed) {
        (Some((true, _)), _) | (None, Some(Role::Growth)) => Some(Role::Growth),
        (Some((false, _)), _) | (None, Some(Role::Decline)) => Some(Role::Decline),
        _ => None,
    };
    match q.class {
        UnitClass::Rank => Role::Rank,
        UnitClass::Fraction | UnitClass::Share => Role::Share,
        UnitClass::Percent | UnitClass::Points => rise_or_fall(change).unwrap_or_else(|| {
            let clause_text = &text[clause..q.start];
            if q.class == UnitClass::Points {
                Role::Growth
            } else if exceeds_plan(clause_text) {
                Role::Other
            } else if words::SHARE_WORDS.occurs_in(clause_text)
                || pat::PLAN_COMPLETION.is_match(clause_text)
                || pat::RATIO_OF.is_match(clause_text)
            {
                // 完成年度计划的112%: a share of the plan.
                Role::Share
            } else {
                Role::Percent
            }
        }),
        UnitClass::Multiple => rise_or_fall(change).unwrap_or(Role::Other),
        // An amount rises by 增加/增长/提高 (比上年增加1348元); 提升1.4万亩 is work done.
        UnitClass::Money | UnitClass::Measure | UnitClass::Count | UnitClass::Duration | UnitClass::Bare => {
            match change {
                Some((true, w)) if words::AMOUNT_GROWTH_WORDS.is(w) => Role::Growth,
                Some((false, "减少" | "下降" | "降低")) => Role::Decline,
                // 分别比上年增加0.85亿元和3.2亿元: the list goes on after the change word.
                None if listed.is_some() => listed.unwrap_or(Role::Growth),
                _ if q.class == UnitClass::Money || q.class == UnitClass::Measure || q.unit == "亿" => {
                    Role::Amount
                }
                _ => Role::Count,
            }
        }
        UnitClass::None => Role::Other,
    }
}

/// `分别增长7%和8%左右`: a qualifier after the last figure of a list applies to all of them.
pub(super) fn share_list_qualifiers(text: &str, quantities: &[Quantity], out: &mut [Indicator]) {
    let mut k = 0;
    while k < out.len() {
        let mut j = k + 1;
        while j < out.len()
            && out[j].unit == out[k].unit
            && suffix_len(text, quantities[j - 1].end) == 0
            && super::only_separators(text, quantities[j - 1].end, quantities[j].start)
        {
            j += 1;
        }
        let last = j - 1;
        let shared = out[last]
            .qualifier
            .filter(|q| matches!(q, Qualifier::About | Qualifier::OrMore | Qualifier::Within));
        if last > k && shared.is_some() && suffix_len(text, quantities[last].end) > 0 {
            for i in k..last {
                let in_range = quantities[i].range_start || quantities[i].range_end;
                if out[i].qualifier.is_none() && !in_range {
                    out[i].qualifier = shared;
                }
            }
        }
        k = j;
    }
}

/// `超年度计划28%`: 超 as a verb, by how much a plan was beaten.
fn exceeds_plan(clause: &str) -> bool {
    clause.rfind('超').is_some_and(|i| words::PLAN_WORDS.occurs_in(&clause[i..]))
}

/// Byte ranges where figures are estimates: from a 预计 to the end of its sentence, and
/// from the sentence holding "（预计，下同）" to the end of its paragraph.
pub(super) fn expected_scopes(doc: &Doc) -> Vec<(usize, usize)> {
    let text = doc.norm.as_str();
    let mut scopes = Vec::new();
    for i in crate::lexicon::find_all(text, "预计") {
        let para_end = doc.lines[doc.line_at(i)].end.max(i);
        if pat::EXPECTED_FROM_HERE.is_match(window(text, i, 24)) {
            scopes.push((super::sentence_start(text, i).min(i), para_end));
        } else {
            let end = text[i..para_end].find(['。', ';', '!', '?']).map_or(para_end, |j| i + j);
            scopes.push((i, end));
        }
    }
    scopes
}

/// The innermost (non-toc) section holding each quantity, in one sweep: sections nest, so
/// a stack of the open ones is enough.
pub(super) fn innermost_sections(headings: &[Heading], quantities: &[Quantity]) -> Vec<Option<usize>> {
    // `outline` gives the headings in the order they start.
    let order: Vec<usize> = (0..headings.len()).filter(|&h| headings[h].kind != SectionKind::Toc).collect();
    debug_assert!(order.windows(2).all(|w| headings[w[0]].start < headings[w[1]].start));
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    quantities
        .iter()
        .map(|q| {
            while next < order.len() && headings[order[next]].start <= q.start {
                let h = order[next];
                while open.last().is_some_and(|&o| headings[o].end <= headings[h].start) {
                    open.pop();
                }
                open.push(h);
                next += 1;
            }
            while open.last().is_some_and(|&o| headings[o].end <= q.start) {
                open.pop();
            }
            open.last().copied()
        })
        .collect()
}

/// The kind of the section `section`, or the document's default before the first heading.
pub(super) fn kind_at(headings: &[Heading], section: Option<usize>, meta: &Meta) -> SectionKind {
    section.map(|s| headings[s].kind).unwrap_or(match meta.doc_type {
        DocType::WorkPlan | DocType::TaskBreakdown => SectionKind::Plan,
        _ if meta.review_year.is_none() && meta.plan_year.is_some() => SectionKind::Plan,
        _ => SectionKind::Review,
    })
}

/// Whether the figure is the X of `从X提高到Y` / `由X增加到Y` (where things stood before).
fn from_before_goal(text: &str, q: &Quantity) -> bool {
    if !text[..q.start].ends_with(['从', '由']) {
        return false;
    }
    let rest = window(text, q.end, 30);
    let clause = rest.find([',', '。', ';']).map_or(rest, |i| &rest[..i]);
    words::FROM_TO.find(clause).is_some_and(|(at, w)| {
        let after = &clause[at + w.len()..];
        after.starts_with('到') || after.starts_with('至')
    })
}

/// Actual, expected or target, from the section's kind and the words around the figure.
pub(super) fn status(
    text: &str,
    q: &Quantity,
    kind: SectionKind,
    qualifier: Option<Qualifier>,
    expected: &[(usize, usize)],
    clause: usize,
) -> Status {
    match kind {
        SectionKind::Targets | SectionKind::Plan if from_before_goal(text, q) => Status::Actual,
        SectionKind::Targets | SectionKind::Plan => Status::Target,
        _ => {
            let in_scope = expected.partition_point(|&(s, _)| s <= q.start);
            let estimated = expected[..in_scope].iter().rev().take(4).any(|&(_, e)| q.start < e);
            if estimated || qualifier == Some(Qualifier::About) {
                Status::Expected
            } else if words::TARGET_CUES.occurs_in(&text[clause..q.start])
                && !pat::PLAN_COMPLETION.is_match(&text[clause..q.start])
            {
                Status::Target
            } else {
                Status::Actual
            }
        }
    }
}

/// `到2025年,全市森林覆盖率达到45%` outside a plan section: a goal set for a year after the
/// one reviewed (or in a document that names no year of its own) is a target, not a result.
pub(super) fn goal_ahead(text: &str, q: &Quantity, sentence: usize, kind: SectionKind, meta: &Meta) -> bool {
    if matches!(kind, SectionKind::Targets | SectionKind::Plan) || from_before_goal(text, q) {
        return false;
    }
    let Some(goal) = goal_year(&text[sentence..q.start]) else { return false };
    meta.review_year.or(meta.report_year).is_none_or(|reviewed| goal > reviewed)
}

/// A year stated right before the figure: `由2017年的1862.5亿元`, `增加到2022年底的` (but not
/// `是2010年的2.6倍`, which compares with that year).
fn stated_year(before: &str) -> Option<i32> {
    let t = before.strip_suffix('的')?;
    let t = t.strip_suffix("年底").or_else(|| t.strip_suffix("年末")).or_else(|| t.strip_suffix('年'))?;
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let (head, year) = t.split_at(t.len() - 4);
    if head.ends_with('是') || head.ends_with('为') {
        return None;
    }
    year.parse().ok()
}

/// The year `s` opens with: `2025年…` → 2025.
fn year_opening(s: &str) -> Option<i32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4 && s[4..].starts_with('年')).then(|| s[..4].parse().ok()).flatten()
}

/// The year a sentence opens with: `2025年,` → 2025.
fn leading_year(sentence: &str) -> Option<i32> {
    let s = sentence.trim_start();
    year_opening(s).filter(|_| s["2025年".len()..].starts_with(','))
}

/// The end year of a five-year plan period a goal is set over: `“十四五”时期` / `十四五期间` → 2025.
fn period_year(sentence: &str) -> Option<i32> {
    [("十三五", 2020), ("十四五", 2025), ("十五五", 2030)].into_iter().find_map(|(period, end)| {
        let (at, _) = sentence.match_indices(period).next()?;
        let after = sentence[at + period.len()..].trim_start_matches(&['”', '"'][..]);
        (after.starts_with("时期") || after.starts_with("期间")).then_some(end)
    })
}

/// The last `到2027年` / `至2025年` / `“十四五”期末` in `s`: the year a goal is set for.
fn goal_year(s: &str) -> Option<i32> {
    let stated = s
        .match_indices(['到', '至'])
        .rev()
        .find_map(|(i, w)| year_opening(&s[i + w.len()..]).map(|y| (i, y)));
    // 十三五 ends in 2020, 十四五 in 2025, 十五五 in 2030. The pattern runs only on a short
    // window before each 末, from the last one back: once per figure over a whole paragraph it
    // made the indicators stage 1.7× slower.
    let period = s.match_indices('末').rev().find_map(|(i, w)| {
        let end = i + w.len();
        let window = super::window_back(s, end, 48);
        let c = pat::PLAN_PERIOD_END.captures_iter(window).last()?;
        let year = match &c["n"] {
            "三" => 2020,
            "四" => 2025,
            _ => 2030,
        };
        Some((end - window.len() + c.get(0)?.start(), year))
    });
    [stated, period].into_iter().flatten().max_by_key(|&(at, _)| at).map(|(_, y)| y)
}

/// The year of a review's `由X增加到Y` base X when the text states none: the base year stated
/// by a parallel change before it in the paragraph (`由2017年的186.5亿元增加到…;一般公共预算
/// 收入由12.3亿元增加到…` → 2017), else the start of the period reviewed: five years back in
/// a five-year review, the year before otherwise.
fn base_year(text: &str, paragraph: usize, pos: usize, review: i32) -> i32 {
    let before = super::window_back(text, pos, 600);
    let before = &before[before.len().saturating_sub(pos - paragraph.min(pos))..];
    let stated =
        before.match_indices(['由', '从']).rev().find_map(|(i, w)| year_opening(&before[i + w.len()..]));
    stated.unwrap_or(if before.contains("五年") { review - 5 } else { review - 1 })
}

/// The year the figure refers to.
pub(super) fn year(
    doc: &Doc,
    q: &Quantity,
    sentence: usize,
    status: Status,
    kind: SectionKind,
    meta: &Meta,
) -> Option<i32> {
    let text = doc.norm.as_str();
    if let Some(y) = stated_year(&text[sentence..q.start]) {
        return Some(y);
    }
    let review = !matches!(kind, SectionKind::Targets | SectionKind::Plan);
    if review && status != Status::Target && from_before_goal(text, q) {
        if let Some(y) = meta.review_year.or(meta.report_year) {
            let paragraph = doc.lines[doc.line_at(q.start)].start;
            return Some(base_year(text, paragraph, q.start, y));
        }
    }
    match status {
        Status::Target => {
            // 到2027年, … ; … : the goal's year holds for the rest of the paragraph.
            let paragraph = doc.lines[doc.line_at(q.start)].start.max(super::floor_back(text, q.start, 3000));
            // … unless the figure's own sentence opens with its year (力争到2027年,…。2025年,
            // 地区生产总值增长6%左右): that year is the figure's.
            let before = &text[sentence..q.start];
            let own = goal_year(before).or_else(|| leading_year(before)).or_else(|| period_year(before));
            own.or_else(|| goal_year(&text[paragraph..q.start])).or(meta.plan_year).or(meta.report_year)
        }
        Status::Actual if text[..q.start].ends_with(['从', '由']) => {
            meta.plan_year.map(|y| y - 1).or(meta.review_year)
        }
        Status::Actual | Status::Expected => meta.review_year.or(meta.report_year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_years() {
        assert_eq!(stated_year("地区生产总值由2017年的"), Some(2017));
        assert_eq!(stated_year("增加到2022年底的"), Some(2022));
        assert_eq!(stated_year("是2010年的"), None);
        assert_eq!(stated_year("增长"), None);
    }
}
