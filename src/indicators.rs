//! Stage 5, indicators: what each quantity measures, and how to read it.
//!
//! For every [`Quantity`] this stage decides:
//! - **qualifier**: the approximation word closest to the number (超, 近, 达, 左右, 以上...);
//! - **role**: amount, count, percent, growth (增长/提高), decline (下降/减少), share (率, 比重,
//!   占比), rank or other (倍);
//! - **name**: the shortest phrase naming what is measured — the noun phrase before the number
//!   with its verbs, scope words and qualifiers peeled off (完成一般公共预算收入 → 一般公共预算收入),
//!   or the noun after a count (185个产业项目), or, for a growth or rank with no name of its own,
//!   the name of the amount it follows;
//! - **status**: actual, expected (预计, "预计，下同" scopes, 左右 in a review) or target (plans);
//! - **year**: the review year for results, the plan year for goals, unless the text says.

use crate::clean::Doc;
use crate::lexicon::{self, is_clause_punct, UnitClass};
use crate::numbers::Quantity;
use crate::outline::Heading;
use crate::patterns as pat;
use crate::report::{DocType, Indicator, Meta, Qualifier, Role, SectionKind, Status};

/// Builds the indicators (spans in the normalised view; the report maps them back).
pub fn build(doc: &Doc, headings: &[Heading], quantities: &[Quantity], meta: &Meta) -> Vec<Indicator> {
    let text = doc.norm.as_str();
    let expected = expected_scopes(doc);
    let mut out: Vec<Indicator> = Vec::with_capacity(quantities.len());
    let mut anchors: Vec<usize> = Vec::with_capacity(quantities.len());
    let mut named_by_list: Vec<bool> = Vec::with_capacity(quantities.len());
    for (k, q) in quantities.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| (&quantities[p], &out[p], anchors[p]));
        let clause = clause_start(text, q.start);
        let sentence = sentence_start(text, q.start);
        let prev_in_sentence = prev.filter(|(p, _, _)| p.end > sentence && p.end <= q.start);
        let prev_in_clause = prev_in_sentence.filter(|(p, _, _)| p.end >= clause);
        let qualifier = qualifier(text, q);
        let role = role(text, q, clause, prev_in_clause.map(|(p, i, _)| (p, i.role)));
        let forward = forward_name(text, q, quantities.get(k + 1));
        let lo = prev_in_clause.map_or(clause, |(_, _, anchor)| anchor.max(clause)).min(q.start);
        // A figure with no name of its own takes the one before it: always after 总数/累计
        // (新增X超1万家、总数达9.76万家) and for changes and ranks, but an amount or count
        // only in a bare list (上市公司2家、3家).
        let generic_lead = pat::GENERIC_LEAD.is_match(&text[lo..q.start]);
        let line_start = doc.lines[doc.line_at(q.start)].start;
        let inherited = || {
            let in_sentence = prev_in_sentence
                .filter(|(p, _, _)| {
                    generic_lead
                        || !matches!(role, Role::Amount | Role::Count)
                        || only_separators(text, p.end, q.start)
                })
                .and_then(|(_, i, _)| i.name.clone());
            // 实现社会消费品零售总额236.5亿元…;预计全年完成258亿元: the same measure, estimated.
            in_sentence.or_else(|| {
                (0..k)
                    .rev()
                    .take_while(|&j| quantities[j].start >= line_start)
                    .find(|&j| quantities[j].class == q.class && out[j].name.is_some())
                    .and_then(|j| out[j].name.clone())
                    .filter(|_| lexicon::han_count(&text[lo..q.start]) <= 6)
            })
        };
        let run = text[..q.start].ends_with("连续");
        let name = match (role, &forward) {
            _ if run => run_name(doc, q).or_else(|| backward_name(doc, lo, q.start)),
            (Role::Rank, _) => rank_name(text, lo, q.start, sentence, prev_in_sentence.map(|(_, i, _)| i)),
            (_, Some((s, e))) => Some(doc.original_slice(*s, *e).to_string()),
            _ => match backward_name(doc, lo, q.start) {
                Some(n) if pat::GENERIC_NAME.is_match(&n) => inherited().or(Some(n)),
                // A verb alone (新建219座、改建131座农村公厕) names nothing: see below.
                Some(n) if pat::VERB_ONLY.is_match(&n) => None,
                Some(n) => Some(n),
                None => inherited(),
            },
        };
        let kind = section_kind_at(headings, q.start, meta);
        let status = status(text, q, kind, qualifier, &expected);
        let year = year(text, q, sentence, status, meta);
        let anchor = forward.map_or(q.end, |(_, e)| e).max(q.end + suffix_len(text, q.end));
        anchors.push(anchor);
        named_by_list.push(false);
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
            section: None,
        });
    }
    distribute_lists(text, quantities, &mut out);
    share_following_names(text, quantities, &mut out);
    out
}

/// `新建219座、改建131座农村公厕`: a figure with no name takes the name of the next figure of
/// the same unit in its clause.
fn share_following_names(text: &str, quantities: &[Quantity], out: &mut [Indicator]) {
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].name.is_some() || out[k + 1].unit != out[k].unit {
            continue;
        }
        let between = &text[quantities[k].end..quantities[k + 1].start];
        if between.chars().count() <= 6 && !between.contains([',', '。', ';']) {
            out[k].name = out[k + 1].name.clone();
        }
    }
}

// ------------------------------------------------------------------ clause geometry

/// Start of the clause holding `pos`: just after the last , ; : 。 ! ? or line break.
/// Punctuation inside brackets — `（预计，下同）` — does not end the clause around it.
fn clause_start(text: &str, pos: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[..pos].char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => depth = depth.saturating_sub(1),
            ',' | ';' | ':' if depth == 0 => return i + 1,
            '。' | '!' | '?' | '\n' | '\t' => return i + c.len_utf8(),
            _ => {}
        }
    }
    0
}

/// `text[from..]` cut to at most `max` bytes, on a char boundary.
fn window(text: &str, from: usize, max: usize) -> &str {
    let mut end = (from + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}

/// Start of the sentence holding `pos`: just after the last 。 ! ? ; or line break.
fn sentence_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .rfind(|c: char| matches!(c, '。' | '!' | '?' | ';' | '\n' | '\t'))
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8))
}

/// Whether only list separators lie between two positions (、 和 及 与 , or nothing).
fn only_separators(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|s| s.chars().all(|c| matches!(c, '、' | '和' | '及' | '与' | ',' | ' ')))
}

/// Length of a suffix qualifier right after a quantity (左右, 以上...).
fn suffix_len(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    ["左右", "以上", "以内", "以下", "多"].iter().find(|s| rest.starts_with(*s)).map_or(0, |s| s.len())
}

// ------------------------------------------------------------------ qualifier

/// The approximation word closest to the number: one written after it (左右, 以上, 以内,
/// 余 inside the quantity) wins over one before it (超, 近, 突破, 约, 达, 不低于).
fn qualifier(text: &str, q: &Quantity) -> Option<Qualifier> {
    if q.odd {
        return Some(Qualifier::Odd);
    }
    let after = &text[q.end..];
    for (word, qual) in [
        ("左右", Qualifier::About),
        ("以上", Qualifier::OrMore),
        ("以内", Qualifier::Within),
        ("以下", Qualifier::Within),
        ("多", Qualifier::Odd),
    ] {
        if after.starts_with(word) {
            return Some(qual);
        }
    }
    prefix_qualifier(&text[..q.start]).map(|(q, _)| q)
}

/// A qualifier word ending `before`, with its length in bytes.
fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    const PREFIXES: &[(&str, Qualifier)] = &[
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
        ("力争", Qualifier::Reach),
        ("达", Qualifier::Reach),
    ];
    PREFIXES.iter().find(|(w, _)| before.ends_with(w)).map(|&(w, q)| (q, w.len()))
}

// ------------------------------------------------------------------ role

/// Words that make a figure a change rather than a level.
const GROWTH_WORDS: &[&str] =
    &["增长率", "增长", "增加", "增幅", "增速", "提高", "提升", "上升", "上涨", "涨幅", "增", "多"];
const DECLINE_WORDS: &[&str] =
    &["下降率", "下降", "减少", "降低", "降幅", "下滑", "压降", "削减", "回落", "减", "降"];
/// Adverbs allowed between a change word and its figure (增长均突破, 同比下降, 分别增长).
const CHANGE_FILLERS: &[&str] =
    &["分别为", "分别", "均为", "均", "都", "为", "了", "达到", "达", "平均", "年均"];

/// Whether the clause before `pos` ends with a growth (true) or decline (false) word.
fn change_before(text: &str, clause: usize, pos: usize) -> Option<bool> {
    let mut before = &text[clause..pos];
    if let Some((_, len)) = prefix_qualifier(before) {
        before = &before[..before.len() - len];
    }
    loop {
        let trimmed =
            CHANGE_FILLERS.iter().find(|f| before.ends_with(*f)).map(|f| &before[..before.len() - f.len()]);
        match trimmed {
            Some(t) => before = t,
            None => break,
        }
    }
    // 提高至 / 增至 / 下降到 give the level reached, not the change.
    if before.ends_with('至') || before.ends_with('到') {
        return None;
    }
    if DECLINE_WORDS.iter().any(|w| before.ends_with(w)) {
        return Some(false);
    }
    if GROWTH_WORDS.iter().any(|w| before.ends_with(w)) {
        // 新增 counts new things; it is not a change of a level.
        if before.ends_with("新增") || before.ends_with("净增") && false {
            return None;
        }
        return Some(true);
    }
    None
}

/// The role from the unit and the words around the number.
fn role(text: &str, q: &Quantity, clause: usize, prev: Option<(&Quantity, Role)>) -> Role {
    let change = change_before(text, clause, q.start).or_else(|| {
        // A list after a change word: 下降8.2%、12.5% / 分别增长22.8%17.7%.
        prev.filter(|(p, r)| {
            matches!(r, Role::Growth | Role::Decline)
                && p.class == q.class
                && only_separators(text, p.end, q.start)
        })
        .map(|(_, r)| r == Role::Growth)
    });
    match q.class {
        UnitClass::Rank => Role::Rank,
        UnitClass::Fraction | UnitClass::Share => Role::Share,
        UnitClass::Percent | UnitClass::Points => match change {
            Some(true) => Role::Growth,
            Some(false) => Role::Decline,
            None if q.class == UnitClass::Points => Role::Growth,
            None => {
                let clause_text = &text[clause..q.start];
                if pat::SHARE_WORD.is_match(clause_text) {
                    Role::Share
                } else {
                    Role::Percent
                }
            }
        },
        UnitClass::Multiple => match change {
            Some(true) => Role::Growth,
            Some(false) => Role::Decline,
            None => Role::Other,
        },
        UnitClass::Money | UnitClass::Measure => match change {
            Some(true) if pat::AMOUNT_GROWTH.is_match(&text[clause..q.start]) => Role::Growth,
            Some(false) => Role::Decline,
            _ => Role::Amount,
        },
        UnitClass::Count | UnitClass::Duration | UnitClass::Bare | UnitClass::None => match change {
            Some(true) if text[..q.start].ends_with("增加") || text[..q.start].ends_with("提高") => {
                Role::Growth
            }
            Some(false) if text[..q.start].ends_with("减少") || text[..q.start].ends_with("下降") => {
                Role::Decline
            }
            _ => Role::Count,
        },
    }
}

// ------------------------------------------------------------------ names

/// The noun phrase right after a count or an amount, when one follows: 185个产业项目,
/// 设立200亿元长三角一体化基金. It ends at punctuation, the next quantity, or a verb.
fn forward_name(text: &str, q: &Quantity, next: Option<&Quantity>) -> Option<(usize, usize)> {
    if !matches!(q.class, UnitClass::Count | UnitClass::Money | UnitClass::Measure | UnitClass::Bare) {
        return None;
    }
    let start = q.end;
    let limit = next.map_or(text.len(), |n| n.start).min(text.len());
    let mut start = start;
    // 设立200亿元规模的长三角一体化基金: the amount is the size of what follows.
    if matches!(q.class, UnitClass::Money | UnitClass::Measure) {
        for lead in ["规模的", "的"] {
            if text[start..limit].starts_with(lead) {
                start += lead.len();
                break;
            }
        }
    }
    let rest = &text[start..limit];
    let first = rest.chars().next()?;
    if !(lexicon::is_han(first) || matches!(first, '“' | '"' | '《' | '*') || first.is_ascii_digit())
        || pat::NOT_FORWARD_NAME.is_match(rest)
    {
        return None;
    }
    let mut end = start;
    let mut han = 0;
    let mut depth = 0i32;
    let mut quote = false;
    let mut segment = 0;
    for (i, c) in rest.char_indices() {
        let at = start + i;
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth > 0 => depth -= 1,
            '“' => quote = true,
            '”' => quote = false,
            // 省、市、区三级重点项目: one-character items joined by 、 are one name.
            '、' if depth == 0 && !quote && segment <= 2 && han <= 4 => {
                segment = 0;
                end = at + c.len_utf8();
                continue;
            }
            _ if depth == 0 && !quote && is_clause_punct(c) => break,
            _ => {}
        }
        segment += 1;
        if han >= 2
            && depth == 0
            && !quote
            && pat::FORWARD_STOP.find(&text[at..limit]).is_some_and(|m| m.start() == 0)
        {
            break;
        }
        if lexicon::is_han(c) {
            han += 1;
        }
        end = at + c.len_utf8();
    }
    let mut phrase = &text[start..end];
    phrase = phrase.trim_end_matches(['和', '及', '与', '、', '的']);
    if let Some(m) = pat::HEAD_NOUN.find_iter(phrase).last() {
        phrase = &phrase[..m.end()];
    }
    let mut start = start;
    // A masked proper name before the noun (**岛屿保护规划) is not part of the name, a masked
    // threshold (**亿元以上项目) is.
    let masks = phrase.bytes().take_while(|&b| b == b'*').count();
    if masks > 0 && lexicon::match_unit(&phrase[masks..]).is_none() {
        phrase = &phrase[masks..];
        start += masks;
    }
    if phrase.starts_with(|c: char| c.is_ascii_digit() || c == '*') && !pat::CATEGORY_NAME.is_match(phrase) {
        return None;
    }
    let end = start + phrase.len();
    (lexicon::han_count(phrase) >= 2 || phrase.contains('“')).then_some((start, end))
}

/// The name before a quantity: the phrase between `lo` and `pos` with its verbs, scope
/// words, qualifiers and change words peeled off.
fn backward_name(doc: &Doc, lo: usize, pos: usize) -> Option<String> {
    let text = doc.norm.as_str();
    let (s, e) = peel(text, lo, pos)?;
    Some(doc.original_slice(s, e).to_string())
}

/// Peels a raw phrase `text[lo..pos]` down to its name; `None` when nothing is left.
fn peel(text: &str, lo: usize, pos: usize) -> Option<(usize, usize)> {
    let mut s = lo;
    let mut e = pos;
    let cut_start = |s: &mut usize, e: usize, re: &regex::Regex| -> bool {
        match re.find(&text[*s..e]) {
            Some(m) if m.start() == 0 && m.end() > 0 && *s + m.end() <= e => {
                *s += m.end();
                true
            }
            _ => false,
        }
    };
    let cut_end = |s: usize, e: &mut usize, re: &regex::Regex| -> bool {
        match re.find(&text[s..*e]) {
            Some(m) if m.end() == *e - s && m.start() < m.end() => {
                *e = s + m.start();
                true
            }
            _ => false,
        }
    };
    // Trailing: qualifier words, change words and fillers (分别为, 均, 同比增长, 达).
    for _ in 0..6 {
        if !cut_end(s, &mut e, &pat::NAME_TRAILING) {
            break;
        }
    }
    // 在X中 / 在X方面: the name is X.
    if let Some(c) = pat::NAME_IN_FRAME.captures(&text[s..e]) {
        let m = c.name("x")?;
        s += m.start();
        e = s + m.len();
    }
    // Leading: separators, conjunctions, scope and time words, adverbs.
    for _ in 0..8 {
        if !cut_start(&mut s, e, &pat::NAME_LEADING) {
            break;
        }
    }
    // Examples before 等: 天平中学、某某中学等*所学校 → 学校 (when the count follows).
    if let Some(i) = text[s..e].rfind('等') {
        let after = s + i + '等'.len_utf8();
        if lexicon::han_count(&text[after..e]) >= 2 {
            s = after;
        }
    }
    // A preposition phrase before the verb: 向困难群众累计发放各类救助 → 各类救助.
    if let Some(m) = pat::NAME_PREPOSITION.find(&text[s..e]) {
        if m.start() == 0 && s + m.end() < e {
            s += m.end();
        }
    }
    // Leading verbs, unless the verb is all there is (整治提升 stays).
    let before_verbs = s;
    for _ in 0..4 {
        if !cut_start(&mut s, e, &pat::NAME_VERB) {
            break;
        }
        for _ in 0..3 {
            if !cut_start(&mut s, e, &pat::NAME_LEADING) {
                break;
            }
        }
    }
    if lexicon::han_count(&text[s..e]) == 0 {
        s = before_verbs;
    }
    // Subject, verb, object: 工业提质增效完成整治提升 → 整治提升; but 新一代信息技术实现产业规模
    // is named by its subject, the object being generic.
    if let Some(m) = pat::MID_VERB.find_iter(&text[s..e]).last() {
        let (verb_start, verb_end) = (s + m.start(), s + m.end());
        if verb_start > s && verb_end < e {
            if pat::GENERIC_OBJECT.is_match(&text[verb_end..e]) {
                e = verb_start;
            } else {
                s = verb_end;
            }
        }
    }
    let trimmed = trim_phrase(text, s, e);
    let (s, e) = trimmed?;
    (lexicon::han_count(&text[s..e]) >= 1 && e - s <= 40 * 3).then_some((s, e))
}

/// Trims spaces, 的 and stray punctuation at both ends of a phrase.
fn trim_phrase(text: &str, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    let bad_start = |c: char| {
        c.is_whitespace()
            || matches!(c, '、' | ',' | '的' | ')' | '”' | '-' | '—' | '和' | '及' | '与' | '并')
    };
    let bad_end = |c: char| {
        c.is_whitespace() || matches!(c, '、' | ',' | '的' | '(' | '“' | '-' | '—' | '和' | '及' | '与')
    };
    while s < e {
        let c = text[s..e].chars().next()?;
        if !bad_start(c) {
            break;
        }
        s += c.len_utf8();
    }
    while e > s {
        let c = text[s..e].chars().next_back()?;
        if !bad_end(c) {
            break;
        }
        e -= c.len_utf8();
    }
    (e > s).then_some((s, e))
}

/// The name of a rank: what it ranks (入选“最佳基金小镇”第二名 → “最佳基金小镇”), or the
/// subject of the clause (地表水环境质量列全省前十), or — for 增速/总量/数量 全市第一 — the
/// name of the figure just before.
fn rank_name(text: &str, lo: usize, pos: usize, sentence: usize, prev: Option<&Indicator>) -> Option<String> {
    let mut e = pos;
    // Scope words right before the rank: 全国第7, 全市第一, 全省各区县首位.
    for _ in 0..4 {
        match pat::RANK_SCOPE.find(&text[lo..e]) {
            Some(m) if lo + m.end() == e && m.start() < m.end() => e = lo + m.start(),
            _ => break,
        }
    }
    let phrase = &text[lo..e];
    if pat::RANK_OF_PREVIOUS.is_match(phrase) {
        if let Some(p) = prev {
            return p.name.clone();
        }
    }
    let after_verb = pat::RANK_VERB.find_iter(phrase).last();
    let candidate = match after_verb {
        Some(m) if lexicon::han_count(&phrase[m.end()..]) >= 3 => Some((lo + m.end(), e)),
        Some(m) => Some((lo, lo + m.start())),
        None => Some((lo, e)),
    };
    if let Some((s, e)) = candidate.and_then(|(s, e)| peel(text, s, e)) {
        if !pat::RANK_OF_PREVIOUS.is_match(&text[s..e]) {
            return Some(text[s..e].to_string());
        }
    }
    if let Some(p) = prev {
        return p.name.clone();
    }
    // 在2023年度全国综合实力百强区排名中...列全国第7: the frame names the ranking.
    pat::NAME_IN_FRAME
        .captures(&text[sentence..pos])
        .and_then(|c| c.name("x"))
        .and_then(|m| peel(text, sentence + m.start(), sentence + m.end()))
        .map(|(s, e)| text[s..e].to_string())
}

/// The name of a run (连续16年实现“两个确保”): what was achieved, after the verb.
fn run_name(doc: &Doc, q: &Quantity) -> Option<String> {
    let text = doc.norm.as_str();
    let rest_end = text[q.end..]
        .find(|c: char| matches!(c, ',' | '。' | ';' | '!' | '?' | '\n'))
        .map_or(text.len(), |i| q.end + i);
    let mut s = q.end;
    if let Some(m) = pat::RUN_VERB.find(&text[s..rest_end]) {
        if m.start() == 0 {
            s += m.end();
        }
    }
    let (s, e) = trim_phrase(text, s, rest_end)?;
    (lexicon::han_count(&text[s..e]) >= 2).then(|| doc.original_slice(s, e).to_string())
}

/// One name for several figures, split among them: 存、贷款余额分别增长22.8%、17.7% →
/// 存款余额 / 贷款余额; 违法犯罪警情数、刑事发案数同比下降a%、b%.
fn distribute_lists(text: &str, quantities: &[Quantity], out: &mut [Indicator]) {
    let mut k = 0;
    while k < out.len() {
        let mut j = k + 1;
        while j < out.len()
            && out[j].name == out[k].name
            && out[j].role == out[k].role
            && only_separators(
                text,
                quantities[j - 1].end + suffix_len(text, quantities[j - 1].end),
                quantities[j].start,
            )
        {
            j += 1;
        }
        let n = j - k;
        if n >= 2 {
            if let Some(name) = out[k].name.clone() {
                if let Some(parts) = split_coordinated(&name, n) {
                    for (i, part) in parts.into_iter().enumerate() {
                        out[k + i].name = Some(part);
                    }
                }
            }
        }
        k = j;
    }
}

/// Splits `存、贷款余额` into `存款余额`, `贷款余额` when it has exactly `n` coordinated parts.
fn split_coordinated(name: &str, n: usize) -> Option<Vec<String>> {
    let parts: Vec<&str> = name.split(['、', '和', '及', '与']).filter(|p| !p.is_empty()).collect();
    if parts.len() != n {
        return None;
    }
    let last = *parts.last()?;
    let shared: String = last.chars().skip(1).collect();
    if shared.chars().count() < 2 {
        return Some(parts.iter().map(|p| p.to_string()).collect());
    }
    // 存、贷款余额: a part that does not end as a name does (数, 额, 率...) shares the last
    // part's noun: its last character is the coordinated head (存 → 存款余额).
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let tail = p.chars().next_back().unwrap_or(' ');
                if i + 1 < parts.len() && !lexicon::NAME_FINAL.contains(tail) {
                    format!("{tail}{shared}")
                } else {
                    p.to_string()
                }
            })
            .collect(),
    )
}

// ------------------------------------------------------------------ status and year

/// Byte ranges where figures are estimates: from a 预计 to the end of its sentence, and
/// from the sentence holding "（预计，下同）" to the end of its paragraph.
fn expected_scopes(doc: &Doc) -> Vec<(usize, usize)> {
    let text = doc.norm.as_str();
    let mut scopes = Vec::new();
    for (i, _) in text.match_indices("预计") {
        let after = window(text, i, 24);
        let line = doc.line_at(i);
        let para_end = doc.lines[line].end;
        if pat::EXPECTED_FROM_HERE.is_match(after) {
            scopes.push((sentence_start(text, i).min(i), para_end));
        } else {
            let end = text[i..para_end]
                .find(|c: char| matches!(c, '。' | ';' | '!' | '?'))
                .map_or(para_end, |j| i + j);
            scopes.push((i, end));
        }
    }
    scopes
}

/// The kind of the innermost section holding `pos`, or the document's default before the
/// first heading.
fn section_kind_at(headings: &[Heading], pos: usize, meta: &Meta) -> SectionKind {
    headings
        .iter()
        .filter(|h| h.kind != SectionKind::Toc && h.start <= pos && pos < h.end)
        .max_by_key(|h| h.level)
        .map(|h| h.kind)
        .unwrap_or(match meta.doc_type {
            DocType::WorkPlan | DocType::TaskBreakdown => SectionKind::Plan,
            _ if meta.review_year.is_none() && meta.plan_year.is_some() => SectionKind::Plan,
            _ => SectionKind::Review,
        })
}

fn status(
    text: &str,
    q: &Quantity,
    kind: SectionKind,
    qualifier: Option<Qualifier>,
    expected: &[(usize, usize)],
) -> Status {
    match kind {
        SectionKind::Targets | SectionKind::Plan => {
            // 从X提高到Y: X is where things stand now.
            let rest = window(text, q.end, 30);
            if pat::FROM_TO.is_match(rest) && text[..q.start].ends_with('从') {
                Status::Actual
            } else {
                Status::Target
            }
        }
        _ => {
            if expected.iter().any(|&(s, e)| s <= q.start && q.start < e)
                || qualifier == Some(Qualifier::About)
            {
                Status::Expected
            } else if pat::TARGET_CUE.is_match(&text[clause_start(text, q.start)..q.start]) {
                Status::Target
            } else {
                Status::Actual
            }
        }
    }
}

fn year(text: &str, q: &Quantity, sentence: usize, status: Status, meta: &Meta) -> Option<i32> {
    let before = &text[sentence..q.start];
    // A figure of a stated year: 由2017年的1862.5亿元, 增加到2022年的2816.3亿元.
    if let Some(c) = pat::BASE_YEAR.captures(before) {
        return c["y"].parse().ok();
    }
    match status {
        Status::Target => {
            // 到2027年, … ; … : the goal's year holds for the rest of the paragraph.
            let paragraph = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
            if let Some(c) = pat::TARGET_YEAR.captures_iter(&text[paragraph..q.start]).last() {
                return c["y"].parse().ok();
            }
            meta.plan_year.or(meta.report_year)
        }
        Status::Actual | Status::Expected => {
            if status == Status::Actual && text[..q.start].ends_with('从') {
                return meta.plan_year.map(|y| y - 1).or(meta.review_year);
            }
            meta.review_year.or(meta.report_year)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Indicator> {
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
        let cases: Vec<(&str, Vec<(String, Option<String>, Role)>)> = vec![
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
    fn split_names() {
        assert_eq!(split_coordinated("存、贷款余额", 2).unwrap(), ["存款余额", "贷款余额"]);
        assert_eq!(
            split_coordinated("违法犯罪警情数、刑事发案数", 2).unwrap(),
            ["违法犯罪警情数", "刑事发案数"]
        );
        assert!(split_coordinated("各类救助、补贴", 1).is_none());
    }
}
