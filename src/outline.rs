//! Stage 3, outline: the heading tree.
//!
//! A heading is a line that opens with a label — 第一部分, 一、, (一), 1. / 1、, (1), ① — or a
//! short unlabelled line standing alone between paragraphs (二〇二三年工作目标和任务). A labelled
//! line that runs on into its paragraph is a run-in heading: its title is the first sentence.
//! Levels follow the order in which label families appear (a stack, as in any nested list);
//! unlabelled headings are top-level parts. A table of contents (提纲/目录) before the body is
//! recognised and its entries get kind `toc`.

use crate::clean::Doc;
use crate::lexicon;
use crate::meta::Title;
use crate::numbers;
use crate::patterns as pat;
use crate::report::{DocType, SectionKind};
use crate::tables;
use crate::words;

/// The family of a heading label; families nest in the order they first appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// 第一部分 / 第一章 / 第一篇.
    Part,
    /// 一、
    Chinese,
    /// (一)
    ChineseParen,
    /// 1. / 1、
    Arabic,
    /// (1)
    ArabicParen,
    /// ①
    Circled,
    /// 附件1
    Appendix,
    /// No label.
    None,
}

/// One heading, in the normalised view's coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// Depth, 1 for the top-most headings.
    pub level: u8,
    /// The label family.
    pub family: Family,
    /// The label's ordinal (一 → 1), 0 for unlabelled headings.
    pub ordinal: u32,
    /// The label as written in the original text.
    pub label: String,
    /// The title as written in the original text (lines of a two-line heading joined by a space).
    pub title: String,
    /// What the section is about.
    pub kind: SectionKind,
    /// Start of the heading (its label).
    pub start: usize,
    /// End of the heading's title.
    pub title_end: usize,
    /// End of the section: the next heading of the same or a higher level.
    pub end: usize,
    /// Index of the enclosing heading.
    pub parent: Option<usize>,
    /// Whether the heading's own title names its kind (回顾, 目标, 问题...).
    pub kind_from_title: bool,
}

/// Titles longer than this are cut at the first comma: a labelled paragraph with no full
/// stop for a long stretch is a list item, and its first clause is the readable title.
const MAX_TITLE_CHARS: usize = 60;

/// A run-in heading's lead before a colon is its title when at most this long.
const MAX_LEAD_CHARS: usize = 16;

/// Unlabelled headings are short; longer standalone lines are paragraphs.
const MAX_UNLABELLED_CHARS: usize = 30;

/// Finds the headings of `doc`. `doc_type` decides the kind of sections whose titles do not
/// say (a summary's untitled parts are review, a plan's are plan).
pub fn outline(doc: &Doc, title: &Title) -> Vec<Heading> {
    let doc_type = title.doc_type;
    let table_lines = tables::table_lines(doc);
    let first_body = (0..doc.lines.len()).find(|&i| is_paragraph(doc, i));
    let mut headings: Vec<Heading> = Vec::new();
    let mut in_toc = false;
    // (index, introduced by a 提纲/目录 marker)
    let mut toc_entries: Vec<(usize, bool)> = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let line = &doc.lines[i];
        let text = doc.line(i);
        if line.is_blank() {
            i += 1;
            continue;
        }
        let in_head = first_body.is_none_or(|f| i < f);
        if in_head && pat::TOC_MARKER.is_match(text) {
            in_toc = true;
            i += 1;
            continue;
        }
        if line.chrome.is_some() {
            in_toc = false;
            i += 1;
            continue;
        }
        if let Some(h) = labelled(doc, i) {
            // The body starts where a contents entry comes round again (一、总体要求 twice).
            let seen_in_toc = toc_entries
                .iter()
                .any(|&(t, marked)| marked && headings[t].family == h.family && headings[t].title == h.title);
            if seen_in_toc {
                in_toc = false;
            }
            let page_number = has_page_number(text);
            if in_toc || in_head || page_number {
                toc_entries.push((headings.len(), in_toc || page_number));
            }
            headings.push(h);
            i += 1;
            continue;
        }
        in_toc = false;
        // In the head only the line right above the first paragraph can head a part
        // (2023年工作回顾 opening the text), and never the document's own title.
        let head_heading = in_head
            && !title.lines.contains(&i)
            && next_nonblank(doc, i + 1).is_some_and(|n| Some(n) == first_body);
        if (!in_head || head_heading) && !table_lines.iter().any(|r| r.contains(&i)) {
            if let Some((h, next)) = unlabelled(doc, i) {
                headings.push(h);
                i = next;
                continue;
            }
        }
        i += 1;
    }
    mark_toc(&mut headings, &toc_entries, first_body.map(|f| doc.lines[f].start));
    assign_levels(&mut headings);
    assign_ends(doc, &mut headings);
    assign_kinds(doc, &mut headings, doc_type);
    headings
}

/// A paragraph line: long, with clause punctuation, not chrome.
pub fn is_paragraph(doc: &Doc, i: usize) -> bool {
    let text = doc.line(i);
    doc.lines[i].chrome.is_none() && crate::clean::is_paragraph_text(text)
}

/// A heading opening line `i` with a label, if any.
fn labelled(doc: &Doc, i: usize) -> Option<Heading> {
    let line = &doc.lines[i];
    let text = doc.line(i);
    if !text.starts_with(|c: char| could_open_label(c)) {
        return None;
    }
    let caps = pat::HEADING_LABEL.captures(text)?;
    let whole = caps.get(0)?;
    let (family, ordinal) = if let Some(m) = caps.name("part") {
        (Family::Part, numbers::chinese_ordinal(m.as_str())?)
    } else if let Some(m) = caps.name("cn") {
        (Family::Chinese, numbers::chinese_ordinal(m.as_str())?)
    } else if let Some(m) = caps.name("cnp") {
        (Family::ChineseParen, numbers::chinese_ordinal(m.as_str())?)
    } else if let Some(m) = caps.name("ar") {
        (Family::Arabic, m.as_str().parse().ok()?)
    } else if let Some(m) = caps.name("arp") {
        (Family::ArabicParen, m.as_str().parse().ok()?)
    } else if let Some(m) = caps.name("circ") {
        (Family::Circled, m.as_str().chars().next().map(|c| c as u32 - '①' as u32 + 1)?)
    } else if let Some(m) = caps.name("app") {
        (Family::Appendix, m.as_str().parse().unwrap_or(1))
    } else {
        return None;
    };
    // 1.5亿元 opens with a decimal, not a label.
    if family == Family::Arabic && text[whole.end()..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let label_end = line.start + whole.end();
    let rest = &text[whole.end()..];
    let title_len = run_in_title_len(rest);
    let title_raw = rest[..title_len].trim();
    if title_raw.is_empty() && family != Family::Appendix {
        return None;
    }
    let title_start = label_end + (rest.len() - rest.trim_start().len());
    let title_end = (label_end + title_len).max(title_start);
    let label = doc.original_slice(line.start, label_end).trim().to_string();
    let title = clean_title(&doc.original_text(title_start, title_end));
    if family != Family::Appendix && lexicon::han_count(&title) == 0 {
        return None;
    }
    Some(Heading {
        level: 0,
        family,
        ordinal,
        label,
        title,
        kind: SectionKind::Other,
        start: line.start,
        title_end,
        end: line.end,
        parent: None,
        kind_from_title: false,
    })
}

/// Length of the title at the start of `rest`: the first sentence of a run-in heading, the
/// whole line otherwise; a table-of-contents page number (……3) is left out.
fn run_in_title_len(rest: &str) -> usize {
    let mut end = rest.len();
    if let Some(stop) = rest.find(['。', '!', '?']) {
        end = stop;
    }
    // A short lead before a colon (一、指导思想:坚持…) is the title of what runs on after it.
    if let Some(colon) = rest[..end].find(':').filter(|&c| rest[..c].chars().count() <= MAX_LEAD_CHARS) {
        if !rest[..colon].contains([',', ';']) && colon + 1 < end {
            end = colon;
        }
    }
    if has_page_number(&rest[..end]) {
        let tail_start = tail_start(&rest[..end]);
        if let Some(m) = pat::TOC_PAGE_NUMBER.find(&rest[tail_start..end]) {
            end = tail_start + m.start();
        }
    }
    if rest[..end].chars().count() > MAX_TITLE_CHARS {
        if let Some(comma) = rest[..end].find([',', ';', ':']) {
            end = comma;
        }
    }
    end
}

/// Whether `c` can open a heading label (第, 一, (, 1, ①, 附): a cheap test before the
/// pattern, which most lines fail.
fn could_open_label(c: char) -> bool {
    matches!(c, '第' | '(' | '附' | '0'..='9' | '①'..='⑳')
        || crate::lexicon::chinese_digit_value(c).is_some_and(|d| d <= 10)
}

/// Start of the last 24 bytes of `s` (on a char boundary): where a page number can be.
fn tail_start(s: &str) -> usize {
    lexicon::ceil_boundary(s, s.len().saturating_sub(24))
}

/// Whether a line ends with a table-of-contents page number (……3).
fn has_page_number(text: &str) -> bool {
    text.ends_with(|c: char| c.is_ascii_digit()) && pat::TOC_PAGE_NUMBER.is_match(&text[tail_start(text)..])
}

/// Title text with trailing punctuation and spaces removed.
fn clean_title(title: &str) -> String {
    // `&[char]` patterns share one trim instantiation (a smaller wasm).
    title.trim().trim_end_matches(&['。', '.', '．', ':', '：', ';', '；'][..]).trim().to_string()
}

/// An unlabelled heading at line `i`: a short line standing alone, followed by a paragraph or
/// a labelled heading; a second such line right below joins it (title + subtitle).
fn unlabelled(doc: &Doc, i: usize) -> Option<(Heading, usize)> {
    if !standalone_title(doc, i) {
        return None;
    }
    let next = next_nonblank(doc, i + 1)?;
    let (end_line, after) = if standalone_title(doc, next)
        && labelled(doc, next).is_none()
        && next_nonblank(doc, next + 1).is_some_and(|n| opens_body(doc, n))
    {
        (next, next + 1)
    } else if opens_body(doc, next) {
        (i, i + 1)
    } else {
        return None;
    };
    let start = doc.lines[i].start;
    let mut title = clean_title(doc.original_slice(start, doc.lines[i].end));
    if end_line != i {
        title.push(' ');
        title.push_str(&clean_title(doc.original_slice(doc.lines[end_line].start, doc.lines[end_line].end)));
    }
    let heading = Heading {
        level: 1,
        family: Family::None,
        ordinal: 0,
        label: String::new(),
        title,
        kind: SectionKind::Other,
        start,
        title_end: doc.lines[end_line].end,
        end: doc.lines[end_line].end,
        parent: None,
        kind_from_title: false,
    };
    Some((heading, after))
}

/// Whether line `i` could title a part of the document on its own.
fn standalone_title(doc: &Doc, i: usize) -> bool {
    let line = &doc.lines[i];
    let text = doc.line(i);
    let chars = text.chars().count();
    line.chrome.is_none()
        && !line.tab
        && (4..=MAX_UNLABELLED_CHARS).contains(&chars)
        && lexicon::han_count(text) * 2 >= chars
        && !not_a_heading(text)
}

/// Standalone short lines that are not headings: sentences, bullets (——), dates, notes in
/// brackets, signatures, document titles, salutations and bare numbers.
fn not_a_heading(text: &str) -> bool {
    text.ends_with([',', '。', ';', '!', '?', '、'])
        || text.ends_with(':') && !kind_lead(text)
        || text.contains('。')
        || text.contains("关于")
        || (text.starts_with('(') && text.ends_with(')'))
        || (text.starts_with('[') && text.ends_with(']'))
        || words::NOT_HEADING_OPENINGS.prefix(text).is_some()
        || words::NOT_HEADING_ENDINGS.suffix(text).is_some()
        || text.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '%' | '*'))
        || is_date_line(text)
}

/// A line ending with a colon that titles a part by its kind (`主要问题和不足:`,
/// `2024年工作打算:`), not a sentence leading into a list (`主要任务是:`, `汇报如下:`).
fn kind_lead(text: &str) -> bool {
    // `&[char]` patterns share one trim instantiation (a smaller wasm).
    let title = text.trim_end_matches(&[':'][..]).trim_end();
    !title.ends_with(['是', '为', '下', '如'])
        && !title.contains([',', ';'])
        && lexicon::section_kind(title).is_some_and(|(_, strong)| strong)
}

/// `2022年1月13日`, `二〇二二年一月十三日`.
fn is_date_line(text: &str) -> bool {
    let Some(year_end) = text.find('年') else { return false };
    let year = &text[..year_end];
    let is_year = year.chars().count() == 4
        && year
            .chars()
            .all(|c| c.is_ascii_digit() || lexicon::chinese_digit_value(c).is_some_and(|d| d < 10));
    is_year && text[year_end..].contains('月')
}

/// Whether line `i` starts body text: a paragraph or a labelled heading.
fn opens_body(doc: &Doc, i: usize) -> bool {
    is_paragraph(doc, i) || (doc.lines[i].chrome.is_none() && labelled(doc, i).is_some())
}

fn next_nonblank(doc: &Doc, from: usize) -> Option<usize> {
    (from..doc.lines.len()).find(|&j| !doc.lines[j].is_blank())
}

/// Head headings are a table of contents when a 提纲/目录 marker introduced them or when
/// the body repeats them; their kind is `toc`.
fn mark_toc(headings: &mut [Heading], candidates: &[(usize, bool)], body_start: Option<usize>) {
    let body_start = body_start.unwrap_or(usize::MAX);
    for &(c, after_marker) in candidates {
        let repeated = headings.iter().any(|h| {
            h.start >= body_start && h.family == headings[c].family && h.title.starts_with(&headings[c].title)
        });
        if repeated || after_marker {
            headings[c].kind = SectionKind::Toc;
        }
    }
}

/// Levels from a stack of label families: a family already open closes everything opened
/// after it; a new family opens one level deeper. Unlabelled headings and appendices are
/// top-level and reset the stack below them.
fn assign_levels(headings: &mut [Heading]) {
    let mut stack: Vec<(Family, usize)> = Vec::new();
    let mut toc_stack: Vec<Family> = Vec::new();
    let mut parents = vec![None; headings.len()];
    for (i, heading) in headings.iter_mut().enumerate() {
        // An appendix opens a new tree: its numbered items sit one level below it.
        let family = heading.family;
        if heading.kind == SectionKind::Toc {
            let depth = match toc_stack.iter().position(|&f| f == family) {
                Some(d) => d,
                None => {
                    toc_stack.push(family);
                    toc_stack.len() - 1
                }
            };
            toc_stack.truncate(depth + 1);
            heading.level = depth as u8 + 1;
            continue;
        }
        match family {
            // Inside a part (第二部分 2024年工作打算), an unlabelled heading is a section of that
            // part, a sibling of the labelled headings below it.
            Family::None if stack.first().is_some_and(|&(f, _)| f == Family::Part) => {
                stack.truncate(1);
                heading.level = 2;
                parents[i] = Some(stack[0].1);
            }
            Family::None | Family::Appendix => {
                heading.level = 1;
                stack.clear();
                if family == Family::Appendix {
                    stack.push((family, i));
                }
            }
            _ => {
                let depth = match stack.iter().position(|&(f, _)| f == family) {
                    Some(d) => d,
                    None => {
                        stack.push((family, i));
                        stack.len() - 1
                    }
                };
                stack.truncate(depth + 1);
                stack[depth].1 = i;
                heading.level = (depth + 1).min(9) as u8;
                parents[i] = depth.checked_sub(1).map(|d| stack[d].1);
            }
        }
    }
    for (heading, parent) in headings.iter_mut().zip(parents) {
        heading.parent = parent;
    }
}

/// A section ends where the next heading of the same or a higher level starts, or where the
/// report's text ends (before trailing chrome).
fn assign_ends(doc: &Doc, headings: &mut [Heading]) {
    let text_end = doc
        .lines
        .iter()
        .rev()
        .find(|l| !l.is_blank() && l.chrome.is_none())
        .map_or(doc.norm.len(), |l| l.end);
    for i in 0..headings.len() {
        let level = headings[i].level;
        let toc = headings[i].kind == SectionKind::Toc;
        let next = headings[i + 1..]
            .iter()
            .find(|h| toc || h.kind == SectionKind::Toc || h.level <= level)
            .map(|h| h.start);
        let end = next.unwrap_or(text_end).max(headings[i].title_end);
        headings[i].end = end;
    }
}

/// Kinds: from the title's own words when it has them, else from the enclosing section, else
/// from the top-level part before it (targets and problems are single sections: what follows
/// them is the plan), else from the type of document.
fn assign_kinds(doc: &Doc, headings: &mut [Heading], doc_type: DocType) {
    let default = match doc_type {
        DocType::WorkPlan | DocType::TaskBreakdown => SectionKind::Plan,
        DocType::WorkReport | DocType::WorkSummary | DocType::Other => SectionKind::Review,
    };
    let mut part_kind = default;
    // Top-level titles naming different years (2023年主要工作 / 2024年主要任务): the earlier
    // year's part is the review, the later one's the plan.
    let years: Vec<Option<i32>> = headings.iter().map(|h| title_year(&h.title)).collect();
    let top_years = || (0..headings.len()).filter(|&i| headings[i].parent.is_none()).filter_map(|i| years[i]);
    let (first_year, last_year) = (top_years().min(), top_years().max());
    let by_year = |y: Option<i32>| match (y, first_year, last_year) {
        (Some(y), Some(a), Some(b)) if a < b && y == a => Some(SectionKind::Review),
        (Some(y), Some(a), Some(b)) if a < b && y == b => Some(SectionKind::Plan),
        _ => None,
    };
    for i in 0..headings.len() {
        if headings[i].kind == SectionKind::Toc {
            continue;
        }
        // Appendices are other matter, and so is what they number.
        if headings[i].family == Family::Appendix {
            headings[i].kind = SectionKind::Other;
            part_kind = default;
            continue;
        }
        let own = lexicon::section_kind(&headings[i].title);
        headings[i].kind_from_title = own.is_some();
        let kind = match (own, headings[i].parent) {
            (Some((kind, false)), None) => by_year(years[i]).unwrap_or(kind),
            (Some((kind, _)), None) => kind,
            (None, None) if by_year(years[i]).is_some() => by_year(years[i]).unwrap_or(default),
            // Inside a part, only a strong word changes the kind (重点工作推进情况 under a review).
            (Some((kind, strong)), Some(p)) => {
                if strong || matches!(headings[p].kind, SectionKind::Other) {
                    kind
                } else {
                    headings[p].kind
                }
            }
            (None, Some(p)) => headings[p].kind,
            (None, None) => {
                let after_part = match part_kind {
                    SectionKind::Targets | SectionKind::Problems => SectionKind::Plan,
                    other => other,
                };
                if headings[i].family == Family::None && after_part == SectionKind::Review {
                    body_kind(doc, &headings[i]).unwrap_or(after_part)
                } else {
                    after_part
                }
            }
        };
        headings[i].kind = kind;
        if headings[i].parent.is_none() {
            part_kind = kind;
        }
    }
}

/// The year a title names (2023年, 二〇二三年).
fn title_year(title: &str) -> Option<i32> {
    numbers::year_mentions(title).next().and_then(|(y, _)| numbers::year_value(y))
}

/// The kind an untitled part's opening text suggests: a part that talks about 今年/今后 and
/// what 要/将 be done is the plan.
fn body_kind(doc: &Doc, heading: &Heading) -> Option<SectionKind> {
    let end = lexicon::floor_boundary(&doc.norm, (heading.title_end + 600).min(heading.end));
    let body = &doc.norm[heading.title_end.min(end)..end];
    let plan = words::PLAN_CUES.count_in(body);
    let review = words::REVIEW_CUES.count_in(body);
    (plan > review).then_some(SectionKind::Plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue word lists count as the patterns they replaced did (`find_iter().count()`, in
    /// wasm a walk over every byte), over windows of every fixture report.
    #[test]
    fn cue_counts_match_the_patterns_they_replaced() {
        let plan =
            pat::compile("今年|今后|明年|下一步|我们要|要以|将|力争|确保|总体要求|指导思想|新征程|奋力");
        let review = pat::compile("过去|一年来|五年来|完成了|实现了|取得了|成绩|回顾");
        let mut windows = 0;
        for text in crate::seed_texts() {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(53).collect();
            for &start in &starts {
                let body = &text[start..lexicon::ceil_boundary(&text, start + 600)];
                assert_eq!(words::PLAN_CUES.count_in(body), plan.find_iter(body).count(), "{body}");
                assert_eq!(words::REVIEW_CUES.count_in(body), review.find_iter(body).count(), "{body}");
                windows += 1;
            }
        }
        assert!(windows > 500);
    }

    fn titles(text: &str) -> Vec<(u8, String, String, SectionKind)> {
        let doc = Doc::new(text);
        let title = Title { doc_type: DocType::WorkReport, ..Title::default() };
        outline(&doc, &title).into_iter().map(|h| (h.level, h.label, h.title, h.kind)).collect()
    }

    const PARA: &str = "过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新进步，各项事业全面推进。";

    #[test]
    fn run_in_and_nested() {
        let text = format!(
            "一、2023年工作回顾\n{PARA}\n(一)坚持量质并举,经济发展稳中有进。着力加强分析调度和服务保障,全力抓项目。\n\
             1.打造更多标杆性项目\n{PARA}\n(二)坚持创新驱动。{PARA}\n二、2024年工作安排\n{PARA}\n（一）强化科技创新引领\n{PARA}"
        );
        let got = titles(&text);
        let levels: Vec<(u8, &str, &str)> =
            got.iter().map(|(l, a, t, _)| (*l, a.as_str(), t.as_str())).collect();
        assert_eq!(
            levels,
            [
                (1, "一、", "2023年工作回顾"),
                (2, "(一)", "坚持量质并举,经济发展稳中有进"),
                (3, "1.", "打造更多标杆性项目"),
                (2, "(二)", "坚持创新驱动"),
                (1, "二、", "2024年工作安排"),
                (2, "（一）", "强化科技创新引领"),
            ]
        );
        assert_eq!(got[2].3, SectionKind::Review);
        assert_eq!(got[5].3, SectionKind::Plan);
    }

    #[test]
    fn enumerations_and_decimals_are_not_headings() {
        let text = format!("一是加强统筹。{PARA}\n1.5亿元用于民生。{PARA}\n——要以奋斗拼出速度。{PARA}");
        assert!(titles(&text).is_empty());
    }

    #[test]
    fn unlabelled_headings_and_two_line_titles() {
        let text = format!(
            "某市2023年政府工作报告\n\n各位代表:\n\n{PARA}\n\n2022年政府工作回顾\n\n{PARA}\n\n\
             以党的二十大精神为指引\n\n全面推进中国式现代化新实践\n\n{PARA}"
        );
        let got = titles(&text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, "2022年政府工作回顾");
        assert_eq!(got[0].3, SectionKind::Review);
        assert_eq!(got[1].2, "以党的二十大精神为指引 全面推进中国式现代化新实践");
    }

    #[test]
    fn unlabelled_heading_right_after_the_salutation() {
        let text = format!(
            "2024年某县人民政府工作报告\n\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n\n\
             2023年工作回顾\n\n{PARA}\n一．坚持项目为王，发展后劲持续增强。{PARA}\n\n2024年工作安排\n\n{PARA}\n"
        );
        let got = titles(&text);
        let heads: Vec<(&str, SectionKind)> = got.iter().map(|g| (g.2.as_str(), g.3)).collect();
        assert_eq!(
            heads,
            [
                ("2023年工作回顾", SectionKind::Review),
                ("坚持项目为王，发展后劲持续增强", SectionKind::Review),
                ("2024年工作安排", SectionKind::Plan),
            ]
        );
    }

    #[test]
    fn table_of_contents() {
        let text = format!(
            "报告\n提纲:\n\n一、稳增长\n\n二、促改革\n\n报告\n\n{PARA}\n\n一、稳增长,经济回升。{PARA}\n"
        );
        let got = titles(&text);
        let kinds: Vec<SectionKind> = got.iter().map(|g| g.3).collect();
        assert_eq!(kinds, [SectionKind::Toc, SectionKind::Toc, SectionKind::Review]);
        assert_eq!(got[2].0, 1);
    }
}
