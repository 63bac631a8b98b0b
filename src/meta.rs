//! Stage 6, meta: title, document type, issuer, region, years, date, speaker and meeting.
//!
//! The title comes first (the outline needs the document type to tell review from plan);
//! the rest reads the head of the document — including the chrome lines a site wraps around
//! it (发布机构, 发布日期), which say who published the report and when.

use crate::clean::Doc;
use crate::lexicon;
use crate::numbers::{self, year_value};
use crate::outline::Heading;
use crate::patterns as pat;
use crate::report::{DocType, Meta, SectionKind};
use crate::words;

/// The title and what it says about the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Title {
    /// The title as written (two-line titles joined).
    pub text: Option<String>,
    /// The document type the title names.
    pub doc_type: DocType,
    /// Index of the title's (first) line.
    pub line: Option<usize>,
    /// Indices of the lines the title spans (one, or two for a title printed over two lines).
    pub lines: Vec<usize>,
}

/// How many lines from the top the title is looked for in.
const TITLE_SEARCH_LINES: usize = 80;

/// Finds the document's title and type.
pub fn find_title(doc: &Doc) -> Title {
    let mut fallback: Option<(Vec<usize>, String)> = None;
    let mut chosen: Option<(Vec<usize>, String)> = None;
    let mut seen = 0;
    for i in 0..doc.lines.len() {
        if doc.lines[i].is_blank() {
            continue;
        }
        seen += 1;
        if seen > TITLE_SEARCH_LINES {
            break;
        }
        let text = doc.line(i);
        if crate::clean::is_paragraph_text(text) {
            if chosen.is_some() || fallback.is_some() {
                break;
            }
            continue;
        }
        // A heading (二、2024年工作安排) is not the document's title.
        if pat::HEADING_LABEL.is_match(text) {
            continue;
        }
        let Some((title, lines)) = title_at(doc, i) else {
            continue;
        };
        if doc.lines[i].chrome.is_none() {
            chosen = Some((lines, title));
            break;
        }
        if fallback.is_none() {
            fallback = Some((lines, title));
        }
    }
    let Some((lines, text)) = chosen.or(fallback) else {
        return Title { text: None, doc_type: type_from_body(doc), line: None, lines: Vec::new() };
    };
    let doc_type = match type_from_title(&text) {
        DocType::Other => type_from_body(doc),
        t => t,
    };
    Title { text: Some(text), doc_type, line: lines.first().copied(), lines }
}

/// The title starting at line `i`, cleaned, with the lines it spans, if the line reads as a
/// title.
fn title_at(doc: &Doc, i: usize) -> Option<(String, Vec<usize>)> {
    let text = doc.line(i);
    // A title spaced out for display: 政　府　工　作　报　告.
    if pat::SPACED_OUT.is_match(text) {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if words::TITLE_WORDS.occurs_in(&compact) {
            let l = &doc.lines[i];
            let title = doc.original_slice(l.start, l.end).chars().filter(|c| !c.is_whitespace()).collect();
            return Some((title, vec![i]));
        }
    }
    if text.len() > 60 * 4
        || text.chars().count() > 60
        || !words::TITLE_WORDS.occurs_in(text) && !pat::TITLE_START.is_match(text)
    {
        return None;
    }
    let line = &doc.lines[i];
    let mut title = strip_title_chrome(doc.original_slice(line.start, line.end));
    let mut lines = vec![i];
    // A title printed over two lines: 区政府关于印发2022年重点工作 / 目标任务分解落实方案的通知.
    if !title_ends(&title) {
        let next = (i + 1..doc.lines.len()).find(|&j| !doc.lines[j].is_blank())?;
        let next_text = doc.line(next);
        // A labelled heading below (第一部分 2023年工作总结) opens the body, not a subtitle.
        if next_text.chars().count() <= 40
            && title_ends(next_text)
            && !pat::HEADING_LABEL.is_match(next_text)
            && !crate::clean::is_paragraph_text(next_text)
        {
            let l = &doc.lines[next];
            title.push_str(&strip_title_chrome(doc.original_slice(l.start, l.end)));
            lines.push(next);
        } else if !words::TITLE_WORDS.occurs_in(&title) {
            return None;
        }
    }
    (lexicon::han_count(&title) >= 4).then_some((title, lines))
}

/// Whether `text` ends as a title does (`…工作报告`, `…责任清单`), trailing spaces aside.
fn title_ends(text: &str) -> bool {
    words::TITLE_ENDINGS.suffix(text.trim_end()).is_some()
}

/// Removes what sites add around a title: `[江苏] `, `(20230105)`, `VIP免费`, `- XX网`.
fn strip_title_chrome(title: &str) -> String {
    let mut t = pat::TITLE_DECORATION.replace_all(title.trim(), "").to_string();
    t = t.trim().to_string();
    t
}

fn type_from_title(title: &str) -> DocType {
    if pat::TYPE_BREAKDOWN.is_match(title) {
        DocType::TaskBreakdown
    } else if title.contains("工作报告") {
        DocType::WorkReport
    } else if title.contains("总结") {
        DocType::WorkSummary
    } else if title.trim_end().ends_with("报告") {
        // 关于…计划执行情况与…计划草案的报告, 关于…工作情况的报告: reports to a congress, whatever
        // plan words they name.
        DocType::WorkReport
    } else if pat::TYPE_PLAN.is_match(title) {
        DocType::WorkPlan
    } else {
        DocType::Other
    }
}

/// The type the body shows when the title does not: a report to a congress, a task table.
fn type_from_body(doc: &Doc) -> DocType {
    let head = &doc.norm[..floor(doc, 20_000)];
    if head.contains("向大会报告") || head.contains("各位代表") {
        DocType::WorkReport
    } else if head.contains("责任单位") && head.contains("牵头") {
        DocType::TaskBreakdown
    } else {
        DocType::Other
    }
}

fn floor(doc: &Doc, pos: usize) -> usize {
    lexicon::floor_boundary(&doc.norm, pos)
}

/// Everything else, given the title and the outline.
pub fn extract(doc: &Doc, headings: &[Heading], title: Title) -> Meta {
    let head_end = floor(doc, 40_000);
    let head = &doc.norm[..head_end];
    let title_text = title.text.clone().unwrap_or_default();
    let title_region = pat::TITLE_REGION
        .captures(&title_text)
        .and_then(|c| c.name("region"))
        .map(|m| m.as_str().trim_end_matches("人民政府").trim_end_matches("政府").to_string())
        .filter(|r| !r.is_empty());

    let meeting_line = (0..doc.lines.len().min(200)).find(|&i| {
        let line = doc.line(i);
        line.len() <= 100 * 3 && pat::MEETING_LINE.is_match(line)
    });
    let meeting = meeting_line
        .and_then(|i| pat::MEETING_LINE.captures(doc.line(i)))
        .and_then(|c| c.name("meeting").map(|m| m.as_str().trim().to_string()));
    let speaker = speaker(doc);

    let date = meeting_line
        .and_then(|i| date_in(doc.line(i)))
        .or_else(|| signature_date(doc))
        .or_else(|| (0..doc.lines.len().min(TITLE_SEARCH_LINES)).find_map(|i| compact_date(doc.line(i))))
        .or_else(|| page_info_date(doc))
        .or_else(|| head_date(doc));

    let issuer = signature_issuer(doc)
        .or_else(|| {
            pat::SPEAKING_FOR
                .captures(head)
                .and_then(|c| c.name("body"))
                .map(|m| expand_issuer(m.as_str(), title_region.as_deref()))
        })
        .or_else(|| page_info(doc, &pat::PAGE_INFO_ISSUER))
        .or_else(|| issuer_from_title(&title_text));
    // 市人民政府 said in a report: the place comes from the title, the meeting or the speaker.
    let issuer = issuer.map(|i| {
        let places = [
            title_region.clone(),
            meeting.clone(),
            speaker_place(doc),
            page_info(doc, &pat::PAGE_INFO_SOURCE),
        ];
        localize(&i, places.iter().flatten().map(String::as_str))
    });
    let region =
        issuer.as_deref().and_then(region_of).or_else(|| title_region.as_deref().and_then(region_of));

    let title_years: Vec<i32> =
        numbers::year_mentions(&title_text).filter_map(|(y, _)| year_value(y)).collect();
    let report_year =
        date.as_deref().and_then(|d| d.get(..4)?.parse().ok()).or_else(|| title_years.first().copied());

    let heading_year = |kind: SectionKind| {
        headings
            .iter()
            .filter(|h| h.kind == kind && h.kind_from_title)
            .find_map(|h| numbers::year_mentions(&h.title).next().and_then(|(y, _)| year_value(y)))
    };
    let title_year_before = |words: &[&str]| {
        numbers::year_mentions(&title_text).find_map(|(year, end)| {
            let after = &title_text[end..];
            let next_year = after.find('年').unwrap_or(after.len());
            words
                .iter()
                .any(|w| after[..next_year.min(after.len())].contains(w) || after.starts_with(w))
                .then(|| year_value(year))
                .flatten()
        })
    };
    let has_kind = |kind: SectionKind| headings.iter().any(|h| h.kind == kind);
    // The latest year a review mentions (增加到2022年的…) when its heading names none.
    let latest_year_in = |kind: SectionKind| {
        headings
            .iter()
            .filter(|h| h.kind == kind)
            .flat_map(|h| {
                let end = floor(doc, h.start.saturating_add(4000).min(h.end));
                numbers::year_mentions(&doc.norm[h.start..end.max(h.start)])
                    .filter_map(|(y, _)| year_value(y))
            })
            .max()
    };
    let (review_year, plan_year) = match title.doc_type {
        DocType::WorkReport => {
            let review = heading_year(SectionKind::Review)
                .or(report_year.map(|y| y - 1))
                .or_else(|| latest_year_in(SectionKind::Review));
            let plan = heading_year(SectionKind::Plan).or(report_year);
            (review, plan)
        }
        DocType::WorkSummary => {
            let review = title_year_before(&["总结"])
                .or(heading_year(SectionKind::Review))
                .or(title_years.first().copied());
            // 上半年工作总结及下半年工作计划: the plan is for the rest of the same year.
            // A half-year summary plans the rest of its year (上半年工作总结 / 下半年工作打算).
            let half_year = title_text.contains("下半年")
                || title_text.contains("上半年")
                || headings.iter().any(|h| h.kind == SectionKind::Plan && h.title.contains("下半年"));
            let plan = title_year_before(&["计划", "要点", "安排", "打算", "思路"])
                .or_else(|| half_year.then_some(review).flatten())
                .or_else(|| heading_year(SectionKind::Plan))
                .or_else(|| {
                    (has_kind(SectionKind::Plan) || has_kind(SectionKind::Targets))
                        .then(|| review.map(|y| y + 1))
                        .flatten()
                });
            (review, plan)
        }
        DocType::WorkPlan | DocType::TaskBreakdown => (None, title_years.first().copied().or(report_year)),
        DocType::Other => {
            let review = heading_year(SectionKind::Review).or_else(|| latest_year_in(SectionKind::Review));
            let plan = heading_year(SectionKind::Plan)
                .or_else(|| has_kind(SectionKind::Plan).then(|| review.map(|y| y + 1)).flatten());
            (review, plan)
        }
    };
    let report_year = report_year.or(plan_year).or(review_year);

    Meta {
        title: title.text,
        doc_type: title.doc_type,
        issuer,
        region,
        report_year,
        review_year,
        plan_year,
        date,
        speaker,
        meeting,
    }
}

/// `2024年1月9日`, `二〇二四年一月九日`, `2024-01-09` → `2024-01-09`.
fn date_in(text: &str) -> Option<String> {
    let c = pat::DATE.captures(text)?;
    let y = year_value(c.name("y")?.as_str())?;
    let m = small_number(c.name("m")?.as_str())?;
    let d = small_number(c.name("d")?.as_str())?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn small_number(s: &str) -> Option<u32> {
    s.parse().ok().or_else(|| numbers::chinese_value(s).map(|v| v as u32))
}

/// The first full date among the lines before the first paragraph (a publication line such
/// as `原创 某某发布 2024-01-08 18:30`): the last resort for the document's date.
fn head_date(doc: &Doc) -> Option<String> {
    let first_body = (0..doc.lines.len().min(60)).find(|&i| crate::clean::is_paragraph_text(doc.line(i)))?;
    (0..first_body).find_map(|i| date_in(doc.line(i)).filter(|_| doc.line(i).len() <= 80 * 3))
}

/// `(20230105)` in a title line.
fn compact_date(text: &str) -> Option<String> {
    let c = pat::COMPACT_DATE.captures(text)?;
    let (y, m, d) = (c["y"].parse::<i32>().ok()?, c["m"].parse::<u32>().ok()?, c["d"].parse::<u32>().ok()?);
    ((1949..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The signing body of a notice: an organisation's name alone on a line, a date below it.
fn signature_issuer(doc: &Doc) -> Option<String> {
    signature(doc).map(|(issuer, _)| issuer)
}

fn signature_date(doc: &Doc) -> Option<String> {
    signature(doc).and_then(|(_, date)| date)
}

fn signature(doc: &Doc) -> Option<(String, Option<String>)> {
    for i in 0..doc.lines.len() {
        let text = doc.line(i);
        let ends_as_body = text.ends_with(['府', '会', '室', '厅', '局', '委', '署', '心', '处']);
        if !ends_as_body || text.len() > 30 * 3 || !pat::SIGNATURE_BODY.is_match(text) {
            continue;
        }
        let next = (i + 1..doc.lines.len()).find(|&j| !doc.lines[j].is_blank())?;
        let date = date_in(doc.line(next)).filter(|_| doc.line(next).chars().count() <= 16);
        if date.is_some() {
            let l = &doc.lines[i];
            return Some((doc.original_slice(l.start, l.end).trim().to_string(), date));
        }
    }
    None
}

/// A page-info line's value, e.g. `发布机构: 吴中区临湖镇`.
fn page_info(doc: &Doc, re: &regex::Regex) -> Option<String> {
    (0..doc.lines.len().min(120)).find_map(|i| {
        let line = doc.line(i);
        if line.len() > 80 * 3 || !line.contains(':') {
            return None;
        }
        let c = re.captures(line)?;
        let v = c.name("value")?.as_str().trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

fn page_info_date(doc: &Doc) -> Option<String> {
    page_info(doc, &pat::PAGE_INFO_DATE).and_then(|v| date_in(&v))
}

/// `吴江区人民政府` spoken for in a report, made as specific as the title's region
/// (苏州市吴江区政府工作报告 → 苏州市吴江区人民政府).
fn expand_issuer(body: &str, title_region: Option<&str>) -> String {
    let body = body.trim();
    // 我代表国务院: the national government has its own name.
    if !body.ends_with("政府") {
        return body.to_string();
    }
    let place = body.trim_end_matches("人民政府").trim_end_matches("政府");
    let place = match title_region {
        Some(region) if region.ends_with(place) && region.len() > place.len() && !place.is_empty() => region,
        _ => place,
    };
    format!("{place}人民政府")
}

/// `市人民政府` made specific with the first place (of the same level) another line names:
/// a meeting of 临江市第十七届人民代表大会 → 临江市人民政府.
fn localize<'a>(issuer: &str, mut places: impl Iterator<Item = &'a str>) -> String {
    let Some(level) = pat::BARE_ISSUER.captures(issuer).and_then(|c| c.name("level")) else {
        return issuer.to_string();
    };
    let level = level.as_str();
    places
        .find_map(|p| {
            let before_ordinal = p.find('第').map_or(p, |i| &p[..i]);
            let place = pat::REGION_UNIT
                .find_iter(before_ordinal)
                .filter(|u| u.as_str().ends_with(level) && u.as_str().chars().count() > 1)
                .last()?;
            Some(format!("{}{}", &before_ordinal[..place.end()], &issuer[level.len()..]))
        })
        .unwrap_or_else(|| issuer.to_string())
}

/// The place of the speaker's office: `临江市市长 张明远` → 临江市.
fn speaker_place(doc: &Doc) -> Option<String> {
    (0..doc.lines.len().min(120)).find_map(|i| {
        let (text, name) = speaker_line(doc, i)?;
        let office = &text[..name];
        pat::REGION_UNIT.find(office).map(|m| m.as_str().to_string())
    })
}

/// Line `i` and where the name starts in it, if it is a speaker line: a short line of its
/// own, `区长  王国荣`, `代市长 张三`, `县发展和改革局局长 王某`, `国务院总理 李强`.
fn speaker_line<'d>(doc: &'d Doc, i: usize) -> Option<(&'d str, usize)> {
    let text = doc.line(i);
    // A char takes at most four bytes: a long paragraph is turned away without counting.
    if text.len() > 24 * 4 || text.chars().count() > 24 {
        return None;
    }
    speaker_name(text).map(|name| (text, name))
}

/// Where the name starts in a speaker line: dashes and spaces, an office of at most 12 Han
/// characters ending in a title (`OFFICE_TITLES`), then a name of 2 to 4 Han characters,
/// spaces allowed between them, to the end of the line.
// By hand rather than a regex: in wasm a capturing regex on each of the first lines cost more
// than the rest of the meta stage (the old pattern is in the tests).
fn speaker_name(text: &str) -> Option<usize> {
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let office =
        text.len() - text.trim_start_matches(|c: char| c == '—' || c == '-' || c.is_whitespace()).len();
    let mut at = office;
    // The shortest office whose title is followed by a name (a lazy `{0,12}?`).
    for _ in 0..=12 {
        if let Some(title) = words::OFFICE_TITLES.prefix(&text[at..]) {
            let rest = &text[at + title.len()..];
            let name = rest.trim_start_matches(char::is_whitespace);
            let chars = name.chars().filter(|&c| han(c)).count();
            let only_han_and_spaces = name.chars().all(|c| han(c) || c.is_whitespace());
            if name.starts_with(han) && name.ends_with(han) && only_han_and_spaces && (2..=4).contains(&chars)
            {
                return Some(text.len() - name.len());
            }
        }
        let c = text[at..].chars().next().filter(|&c| han(c))?;
        at += c.len_utf8();
    }
    None
}

/// The issuer a title names: `区人民政府2022年政府工作总结` → 区人民政府,
/// `太仓市2023年政府工作报告` → 太仓市人民政府.
fn issuer_from_title(title: &str) -> Option<String> {
    let c = pat::TITLE_REGION.captures(title)?;
    let region = c.name("region")?.as_str();
    if region.ends_with("政府") {
        // 政府工作报告 alone names no one: 政府 is no issuer without its place or level.
        let place = region.trim_end_matches("政府").trim_end_matches("人民");
        return (!place.is_empty()).then(|| region.to_string());
    }
    if title.contains("政府") && pat::ADMIN_SUFFIX.is_match(region) {
        return Some(format!("{region}人民政府"));
    }
    if pat::ISSUER_SUFFIX.is_match(region) && pat::REGION_UNIT.is_match(region) {
        return Some(region.to_string());
    }
    Some(region.to_string()).filter(|r| pat::ADMIN_SUFFIX.is_match(r))
}

/// The most specific administrative unit named in `s`: 苏州市吴江区人民政府 → 吴江区; a
/// department's words that end as a unit does are not one (清河县住房和城乡建设局 → 清河县).
fn region_of(s: &str) -> Option<String> {
    let place = |m: &regex::Match| crate::words::NOT_PLACES.suffix(m.as_str()).is_none();
    pat::REGION_UNIT.find_iter(s).filter(place).last().map(|m| m.as_str().to_string())
}

/// The speaker of a report: `区长  王国荣` on its own line near the top.
fn speaker(doc: &Doc) -> Option<String> {
    (0..doc.lines.len().min(120)).find_map(|i| {
        let (text, name) = speaker_line(doc, i)?;
        let name: String = text[name..].chars().filter(|c| !c.is_whitespace()).collect();
        (lexicon::han_count(&name) >= 2).then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(text: &str) -> Meta {
        let doc = Doc::new(text);
        let title = find_title(&doc);
        let headings = crate::outline::outline(&doc, &title);
        extract(&doc, &headings, title)
    }

    const PARA: &str =
        "现在，我代表吴江区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。";

    #[test]
    fn work_report_head() {
        let text = format!(
            "[江苏] 2024年苏州市吴江区政府工作报告\n2024年苏州市吴江区政府工作报告\n\
             2024年1月9日在苏州市吴江区第十七届人民代表大会第三次会议上\n区长  王国荣\n各位代表:\n{PARA}\n一、2023年工作回顾\n{PARA}\n二、2024年工作安排\n{PARA}"
        );
        let m = meta_of(&text);
        assert_eq!(m.title.as_deref(), Some("2024年苏州市吴江区政府工作报告"));
        assert_eq!(m.doc_type, DocType::WorkReport);
        assert_eq!(m.issuer.as_deref(), Some("苏州市吴江区人民政府"));
        assert_eq!(m.region.as_deref(), Some("吴江区"));
        assert_eq!((m.report_year, m.review_year, m.plan_year), (Some(2024), Some(2023), Some(2024)));
        assert_eq!(m.date.as_deref(), Some("2024-01-09"));
        assert_eq!(m.speaker.as_deref(), Some("王国荣"));
        assert_eq!(m.meeting.as_deref(), Some("苏州市吴江区第十七届人民代表大会第三次会议"));
    }

    #[test]
    fn national_report_head() {
        let para = "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。";
        let text = format!(
            "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:\n{para}\n\
             一、2023年工作回顾\n{para}"
        );
        let m = meta_of(&text);
        assert_eq!(m.issuer.as_deref(), Some("国务院"));
        assert_eq!(m.speaker.as_deref(), Some("李强"));
        assert_eq!(m.date.as_deref(), Some("2024-03-05"));
        // Without 我代表…, the title alone (政府工作报告) names no issuer.
        let m = meta_of(&format!("政府工作报告\n各位代表:\n{PARA}").replace("我代表吴江区人民政府", ""));
        assert_eq!(m.issuer, None);
    }

    /// The title word lists answer as the patterns they replaced (in wasm an unanchored
    /// pattern walks every byte) on every line of the fixtures and on made-up titles.
    #[test]
    fn title_words_answer_as_the_patterns_they_replaced() {
        let word = pat::compile(
            "政府工作报告|工作报告|工作总结|工作计划|工作要点|工作安排|实施方案|方案|总结|计划|要点|通知|意见|规划|纲要|分解表|任务表|清单|台账|完成情况|执行情况",
        );
        let end = pat::compile(
            r"(报告|总结|计划|要点|安排|思路|打算|方案|通知|意见|规划|纲要|决定|公报|讲话|表|清单|台账)\s*$",
        );
        let lines = crate::test_lines(&[
            "某区工作报告  ",
            "任务分解表\u{3000}",
            "报告表",
            "清单 x",
            "执行情况说明",
            "总",
            "",
        ]);
        for line in &lines {
            assert_eq!(words::TITLE_WORDS.occurs_in(line), word.is_match(line), "{line}");
            assert_eq!(title_ends(line), end.is_match(line), "{line}");
        }
    }

    /// `speaker_name` finds the name where the pattern it replaced did, on every line of the
    /// fixtures and on made-up lines.
    #[test]
    fn speaker_lines_answer_as_the_pattern_they_replaced() {
        let speaker = pat::compile(
            r"^[—\-\s]*[\x{4E00}-\x{9FFF}]{0,12}?(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|局长|厅长|主任|书记|主席|盟长)\s*(?P<name>[\x{4E00}-\x{9FFF}](?:\s*[\x{4E00}-\x{9FFF}]){1,3})$",
        );
        let lines = crate::test_lines(&[
            "区长  王国荣",
            "—— 代市长 张 三",
            "县发展和改革局局长 王某",
            "国务院总理 李强",
            "市长市长张三",
            "一二三四五六七八九十一二区长张三",
            "一二三四五六七八九十一二三区长张三",
            "区长 张三丰王五",
            "区长 张",
            "区长 张三 ",
            "区长张三。",
            "书记",
            "镇长王😀三",
            "-\u{3000}主任 李 四",
            "局长局长",
            "市长 A三",
        ]);
        assert_eq!(speaker_name("区长  王国荣"), Some("区长  ".len()));
        for line in &lines {
            let expected = speaker.captures(line).map(|c| c.name("name").expect("a name").start());
            assert_eq!(speaker_name(line), expected, "{line}");
        }
    }

    #[test]
    fn chinese_dates() {
        assert_eq!(date_in("二〇二四年一月九日").as_deref(), Some("2024-01-09"));
        assert_eq!(date_in("2023-01-17").as_deref(), Some("2023-01-17"));
        assert_eq!(compact_date("太仓市2023年政府工作报告(20230105)VIP免费").as_deref(), Some("2023-01-05"));
    }

    #[test]
    fn regions() {
        assert_eq!(region_of("吴中区临湖镇").as_deref(), Some("临湖镇"));
        assert_eq!(region_of("区人民政府"), None);
        assert_eq!(region_of("太仓市人民政府").as_deref(), Some("太仓市"));
        assert_eq!(region_of("清河县住房和城乡建设局").as_deref(), Some("清河县"));
    }
}
