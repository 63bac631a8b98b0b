//! Naming a figure: the shortest phrase that says what is measured.

use super::only_separators;
use crate::clean::Doc;
use crate::lexicon::{self, is_clause_punct, UnitClass};
use crate::numbers::Quantity;
use crate::patterns as pat;
use crate::report::{Indicator, Role};
use crate::words::{self, Words};

/// Names longer than this are sentences, not names.
const MAX_NAME_BYTES: usize = 40 * 3;

/// The noun phrase right after a count or an amount, when one follows: 185个产业项目,
/// 设立200亿元长三角一体化基金. It ends at punctuation, the next quantity, or a verb.
pub(super) fn forward(text: &str, q: &Quantity, next: Option<&Quantity>) -> Option<(usize, usize)> {
    if !matches!(q.class, UnitClass::Count | UnitClass::Money | UnitClass::Measure | UnitClass::Bare) {
        return None;
    }
    let limit = next.map_or(text.len(), |n| n.start).min(text.len()).max(q.end);
    let mut start = q.end;
    // 设立200亿元规模的长三角一体化基金: the amount is the size of what follows.
    if matches!(q.class, UnitClass::Money | UnitClass::Measure) {
        if let Some(lead) = ["规模的", "的"].into_iter().find(|l| text[start..limit].starts_with(l)) {
            start += lead.len();
        }
    }
    let rest = &text[start..limit];
    let first = rest.chars().next()?;
    if !(lexicon::is_han(first) || matches!(first, '“' | '"' | '《' | '*') || first.is_ascii_digit())
        || words::NOT_FORWARD.prefix(rest).is_some()
        || words::FORWARD_STOPS.prefix(rest).is_some()
    {
        return None;
    }
    let mut end = start;
    let (mut han, mut depth, mut segment) = (0, 0i32, 0);
    let mut quote = false;
    for (i, c) in rest.char_indices() {
        let at = start + i;
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
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
        // Inside the phrase only a word of two characters or more stops it: 要 is a verb at
        // the start, but part of 主要 further on.
        let stop = words::FORWARD_STOPS.prefix(&text[at..limit]).filter(|w| w.chars().count() >= 2);
        if han >= 2 && depth == 0 && !quote && stop.is_some() {
            break;
        }
        // 车间和工厂 is one name; 国省考断面和主要入江支流… is two things.
        if matches!(c, '和' | '及' | '与')
            && han >= 2
            && depth == 0
            && !quote
            && long_conjunct(&text[at + 3..limit])
        {
            break;
        }
        if lexicon::is_han(c) {
            han += 1;
        }
        end = at + c.len_utf8();
        if end - start > MAX_NAME_BYTES {
            break;
        }
    }
    // `&[char]` patterns share one trim instantiation (a smaller wasm).
    let mut phrase = text[start..end].trim_end_matches(&['和', '及', '与', '、', '的'][..]);
    if let Some((at, noun)) = words::HEAD_NOUNS.rfind_end(phrase) {
        // Never cut inside quotes or brackets: “中国企业500强” stays whole.
        if !phrase[at + noun.len()..].contains(['”', ')', '》']) {
            phrase = &phrase[..at + noun.len()];
        }
    }
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
    (lexicon::han_count(phrase) >= 2 || phrase.contains('“')).then_some((start, start + phrase.len()))
}

/// The noun a share is of, when it comes after: `全市1/3的街道建成…` → 街道, `80%以上的村`
/// → 村. Only a share or percentage followed by 的 and a noun.
pub(super) fn noun_after_share(text: &str, q: &Quantity, next: Option<&Quantity>) -> Option<(usize, usize)> {
    if !matches!(q.class, UnitClass::Fraction | UnitClass::Percent | UnitClass::Share) {
        return None;
    }
    let end = q.end + super::reading::suffix_len(text, q.end);
    if !text[end..].starts_with('的') {
        return None;
    }
    // Read as the noun after an amount (which skips its 的).
    let amount = Quantity { end, class: UnitClass::Measure, ..q.clone() };
    forward(text, &amount, next)
}

/// Whether what follows a conjunction runs on for more than a short noun before a stop.
fn long_conjunct(rest: &str) -> bool {
    let mut n = 0;
    for (i, c) in rest.char_indices() {
        if is_clause_punct(c)
            || c.is_ascii_digit()
            || words::FORWARD_STOPS.prefix(&rest[i..]).is_some_and(|w| w.chars().count() >= 2)
        {
            break;
        }
        n += 1;
    }
    n > 3
}

/// The name before a quantity: the phrase between `lo` and `pos` with its verbs, scope
/// words, qualifiers and change words peeled off, as written in the original text.
pub(super) fn backward(doc: &Doc, lo: usize, pos: usize, role: Role) -> Option<String> {
    let (s, e) = peel(&doc.norm, lo, pos, !matches!(role, Role::Amount | Role::Count))?;
    Some(doc.original_text(s, e))
}

/// The name in the table cell before a figure's cell when the figure's own cell names
/// nothing: `地区生产总值<TAB>增长6%左右`, or cell per line `地区生产总值` / `增长6%左右`. Only a
/// short cell without clause punctuation; a sentence on the line before is not a name.
pub(super) fn cell_before(doc: &Doc, clause: usize, role: Role) -> Option<String> {
    let text = doc.norm.as_str();
    let end = clause.checked_sub(1).filter(|&e| matches!(text.as_bytes()[e], b'\t' | b'\n'))?;
    let cell = super::window_back(text, end, 20 * 3);
    let cell = cell.rsplit(['\t', '\n']).next().unwrap_or(cell);
    if cell.len() == end - super::floor_back(text, end, 20 * 3)
        || cell.contains([',', '。', ';', ':', '!', '?'])
    {
        return None;
    }
    backward(doc, end - cell.len(), end, role)
}

/// `地区生产总值:完成285.6亿元` (a list of indicators, one a line): the label that opens the
/// line before a colon names a figure whose own clause names nothing.
pub(super) fn label_before(doc: &Doc, clause: usize, role: Role) -> Option<String> {
    let text = doc.norm.as_str();
    let end = clause.checked_sub(1).filter(|&e| text.as_bytes()[e] == b':')?;
    let label = super::window_back(text, end, 20 * 3);
    let label = label.rsplit('\n').next().unwrap_or(label);
    // The whole label, back to the line start, and one phrase (no clause inside it).
    if label.len() == end - super::floor_back(text, end, 20 * 3)
        || label.contains([',', '。', ';', ':', '!', '?', '\t'])
    {
        return None;
    }
    backward(doc, end - label.len(), end, role)
}

/// Removes the longest word of `list` that `text[*s..e]` starts with; whether it did.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cut_prefix(text: &str, s: &mut usize, e: usize, list: &Words) -> bool {
    match list.prefix(&text[*s..e]) {
        Some(w) => {
            *s += w.len();
            true
        }
        None => false,
    }
}

/// Removes the longest word of `list` that `text[s..*e]` ends with; whether it did.
// Not inlined in wasm: one copy for its many callers keeps it smaller (natively, speed wins).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cut_suffix(text: &str, s: usize, e: &mut usize, list: &Words) -> bool {
    match list.suffix(&text[s..*e]) {
        Some(w) => {
            *e -= w.len();
            true
        }
        None => false,
    }
}

/// Removes a year at the end of a phrase: `由2017年的`, `是2010年`, `2022年底的`.
fn cut_year_suffix(text: &str, s: usize, e: &mut usize) -> bool {
    let phrase = &text[s..*e];
    let mut t = phrase.strip_suffix('的').unwrap_or(phrase);
    t = t
        .strip_suffix("年底")
        .or_else(|| t.strip_suffix("年末"))
        .or_else(|| t.strip_suffix('年'))
        .unwrap_or("");
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return false;
    }
    t = &t[..t.len() - 4];
    // 由/从/比 mark a base year, 到/至 a goal's (到2025年达到2400亿元): neither is a name.
    for base in ["由", "从", "比", "较", "是", "为", "到", "至"] {
        if let Some(rest) = t.strip_suffix(base) {
            t = rest;
            break;
        }
    }
    *e = s + t.len();
    true
}

/// Removes what opens a clause but no name: list markers (①, (1), 一是), a year, a note in
/// brackets, and the words of [`words::NAME_LEADING`].
fn cut_leading(text: &str, s: &mut usize, e: usize) -> bool {
    let phrase = &text[*s..e];
    // 并/计划/拟 before a verb (并完成…, 计划改造老旧小区), not the 并 of 并网 or the 计划 of 计划投资.
    let before_verb =
        words::BEFORE_VERBS.prefix(phrase).filter(|w| words::NAME_VERBS.prefix(&phrase[w.len()..]).is_some());
    if let Some(w) = before_verb {
        *s += w.len();
        return true;
    }
    let mut chars = phrase.chars();
    let first = chars.next();
    let skip = match first {
        Some(c) if c.is_whitespace() || ('①'..='⑳').contains(&c) => c.len_utf8(),
        // (1) / (预计,下同)
        Some('(') => phrase.find(')').filter(|&close| close <= 20 * 3).map_or(0, |close| close + 1),
        Some(c) if lexicon::is_chinese_digit(c) && chars.next() == Some('是') => {
            c.len_utf8() + '是'.len_utf8()
        }
        // A list label opening a run-in item (一、地区生产总值增长…): the label, not the name.
        Some(c) if lexicon::chinese_digit_value(c).is_some_and(|d| d <= 10) => {
            let label: usize =
                phrase.chars().take_while(|&d| lexicon::is_chinese_digit(d)).map(char::len_utf8).sum();
            if label <= 2 * 3 && phrase[label..].starts_with('、') {
                label + '、'.len_utf8()
            } else {
                0
            }
        }
        // 年度 as a time word before a verb (年度完成投资), not the 年度 of 年度投资完成率.
        Some('年')
            if phrase.starts_with("年度") && words::NAME_VERBS.prefix(&phrase["年度".len()..]).is_some() =>
        {
            "年度".len()
        }
        Some('0'..='9') => {
            let digits = phrase.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &phrase[digits..];
            match ["年度", "年底", "年末", "年"].into_iter().find(|y| rest.starts_with(y)) {
                Some(y) if digits == 4 => digits + y.len(),
                // A deadline: 3月底前集中开工项目, 6月底.
                _ if (1..=2).contains(&digits) && rest.starts_with('月') => {
                    let after = &rest['月'.len_utf8()..];
                    let after =
                        after.strip_prefix('底').or_else(|| after.strip_prefix('末')).unwrap_or(after);
                    let after = after.strip_prefix('前').unwrap_or(after);
                    phrase.len() - after.len()
                }
                // A list label opening a run-in item (1.地区生产总值增长…, 2、固定资产投资…);
                // never a decimal (1.5亿元 is a figure, not a phrase before one).
                _ if (1..=2).contains(&digits)
                    && (rest.starts_with('、')
                        || rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit())) =>
                {
                    digits + rest.chars().next().map_or(0, char::len_utf8)
                }
                _ => 0,
            }
        }
        _ => 0,
    };
    if skip > 0 && *s + skip <= e {
        *s += skip;
        return true;
    }
    cut_prefix(text, s, e, &words::NAME_LEADING)
}

/// Peels a raw phrase `text[lo..pos]` down to its name; `None` when nothing is left.
/// `change`: whether the figure is a change, whose change words (增长, 提高) are not its name.
pub(super) fn peel(text: &str, lo: usize, pos: usize, change: bool) -> Option<(usize, usize)> {
    let (mut s, mut e) = (lo, pos);
    // Trailing: qualifier words, change words, fillers and years (分别为, 同比增长, 由2017年的).
    for _ in 0..8 {
        if !(cut_year_suffix(text, s, &mut e)
            || cut_suffix(text, s, &mut e, &words::NAME_TRAILING)
            || change && cut_suffix(text, s, &mut e, &words::CHANGE_TRAILING))
        {
            break;
        }
    }
    // 在X中 / 在X方面: the name is X.
    let framed = text[s..e].contains('在');
    if let Some(m) =
        framed.then(|| pat::NAME_IN_FRAME.captures(&text[s..e])).flatten().and_then(|c| c.name("x"))
    {
        (s, e) = (s + m.start(), s + m.end());
    }
    for _ in 0..8 {
        if !cut_leading(text, &mut s, e) {
            break;
        }
    }
    // Examples before 等: 天平中学、某某中学等*所学校 → 学校.
    if let Some(i) = text[s..e].rfind('等') {
        let after = s + i + '等'.len_utf8();
        if lexicon::han_count(&text[after..e]) >= 2 {
            s = after;
        }
    }
    // Examples summed up by a number: 高端装备、先进材料、航空航天、生物医药四大产业规上产值.
    if let Some(i) = text[s..e].rfind('、') {
        let tail = &text[s + i..e];
        if let Some((at, _)) = tail.char_indices().find(|&(j, c)| {
            lexicon::chinese_digit_value(c).is_some_and(|d| (2..=10).contains(&d))
                && tail[j + c.len_utf8()..].starts_with('大')
        }) {
            s += i + at;
        }
    }
    // A finished clause before 、: 学校项目竣工、新增学位 → 新增学位 (its verb goes below).
    if let Some(i) = text[s..e].rfind('、') {
        let after = s + i + '、'.len_utf8();
        let finished = words::FORWARD_STOPS.suffix(&text[s..s + i]).is_some_and(|w| w.chars().count() >= 2);
        if finished && words::NAME_VERBS.prefix(&text[after..e]).is_some() {
            s = after;
        }
    }
    // A preposition phrase before its verb: 向困难群众累计发放各类救助 → 各类救助.
    if words::PREPOSITIONS.prefix(&text[s..e]).is_some() {
        let window = super::window(text, s, 14 * 3).len().min(e - s);
        if let Some((at, verb)) = words::PREPOSITION_VERBS.find(&text[s..s + window]) {
            if s + at + verb.len() < e {
                s += at + verb.len();
            }
        }
    }
    // Leading verbs, coordinated ones too (新建、改建候车亭), unless the verb is all there is.
    let before_verbs = s;
    for _ in 0..4 {
        if !cut_verbs(text, &mut s, e) {
            break;
        }
        for _ in 0..3 {
            if !cut_leading(text, &mut s, e) {
                break;
            }
        }
    }
    // What is left is all there is, itself a verb that names the work (整治提升), or the tail
    // of a compound the verb opens (办结率: 率 alone names nothing), which keeps only that
    // verb (完成改造面积 → 改造面积).
    if lexicon::han_count(&text[s..e]) == 0 || words::VERB_NAMES.is(&text[s..e]) {
        s = before_verbs;
    } else if words::COMPOUND_TAILS.is(&text[s..e]) {
        s = words::NAME_VERBS.suffix(&text[before_verbs..s]).map_or(before_verbs, |v| s - v.len());
    }
    // Subject, verb, object: 工业提质增效完成整治提升 → 整治提升; but 新一代信息技术实现产业规模
    // is named by its subject, the object being generic, and 完成率 is one word.
    if let Some((at, verb)) = words::MID_VERBS.rfind(&text[s..e]) {
        let (verb_start, verb_end) = (s + at, s + at + verb.len());
        let object = &text[verb_end..e];
        // 城镇新增就业: a two-character object after a scope is still one name.
        let compound = words::COMPOUND_TAILS.prefix(object).is_some() || object.chars().count() < 3;
        if verb_start > s && verb_end < e && !compound {
            if words::GENERIC_OBJECTS.is(&text[verb_end..e]) {
                e = verb_start;
            } else {
                s = verb_end;
            }
        }
    }
    let (s, e) = trim_phrase(text, s, e)?;
    (lexicon::han_count(&text[s..e]) >= 1 && e - s <= MAX_NAME_BYTES).then_some((s, e))
}

/// Removes leading verbs, with verbs coordinated by 、 after them.
fn cut_verbs(text: &str, s: &mut usize, e: usize) -> bool {
    if !cut_prefix(text, s, e, &words::NAME_VERBS) {
        return false;
    }
    while cut_prefix(text, s, e, &words::NAME_VERBS) || cut_prefix(text, s, e, &words::COORDINATED_VERBS) {}
    while text[*s..e].starts_with('、') {
        let mut t = *s + '、'.len_utf8();
        if cut_prefix(text, &mut t, e, &words::NAME_VERBS)
            || cut_prefix(text, &mut t, e, &words::COORDINATED_VERBS)
        {
            *s = t;
        } else {
            break;
        }
    }
    true
}

/// Whether a name is nothing but verbs (`新建`, `完成`): it names nothing.
pub(super) fn verbs_only(name: &str) -> bool {
    // 整治腾退 names the work done.
    if words::VERB_NAMES.occurs_in(name) {
        return false;
    }
    let mut s = 0;
    while cut_prefix(name, &mut s, name.len(), &words::NAME_VERBS)
        || cut_prefix(name, &mut s, name.len(), &words::COORDINATED_VERBS)
    {}
    s == name.len() && !name.is_empty()
}

/// Whether the phrase before a figure only says it continues the figure before it:
/// `、累计达`, `,总数达`, `增加到2022年的`, `比上年增加`, `高于全省平均`, `达到`.
pub(super) fn continues_previous(phrase: &str) -> bool {
    // `&[char]` patterns share one trim instantiation (a smaller wasm).
    let p = phrase.trim_start_matches(&['、', ','][..]);
    // A year before the verb (、2022年达到520亿元, 是2017年的1.4倍): the same measure, then.
    let mut e = p.len();
    if cut_year_suffix(p, 0, &mut e) && e == 0 {
        return !p.is_empty();
    }
    let p = strip_year(p);
    if let Some(total) = words::TOTALS.prefix(p) {
        let rest = &p[total.len()..];
        // 、累计建成11.2万个: a verb after the total says what was done, not what.
        return rest.is_empty() || words::REACH.is(rest) || verbs_only(rest);
    }
    if words::REACH.is(p) {
        return true;
    }
    if let Some(change) = words::CHANGE_TO.prefix(p) {
        let rest = &p[change.len()..];
        if let Some(r) = rest.strip_prefix('到').or_else(|| rest.strip_prefix('至')) {
            let mut e = r.len();
            return r.is_empty() || cut_year_suffix(r, 0, &mut e) && e == 0;
        }
    }
    if let Some(r) = p.strip_prefix('比').or_else(|| p.strip_prefix('较')) {
        let r = words::BASES.prefix(r).map(|b| &r[b.len()..]).or_else(|| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            // `&[char]` patterns share one trim instantiation (a smaller wasm).
            (digits == 4)
                .then(|| r[4..].trim_start_matches(&['年'][..]).trim_start_matches(&['末', '底'][..]))
        });
        return r.is_some_and(|t| words::CHANGE_TO.is(t) || t == "多" || t == "净增");
    }
    // 增速高于全省平均: the growth just given, compared.
    let rate = ["增速", "增幅", "降幅", "涨幅"].into_iter().find(|w| p.starts_with(w));
    let p = rate.map_or(p, |w| &p[w.len()..]);
    // 、降幅收窄2.4个百分点, 增速回落: the change of the rate just given.
    if rate.is_some() && (words::CHANGE_TO.is(p) || words::DECLINE_WORDS.is(p) || p == "收窄" || p == "加快")
    {
        return true;
    }
    if let Some(cmp) = words::COMPARISONS.prefix(p) {
        let rest = &p[cmp.len()..];
        let rest = words::RANK_SCOPES.prefix(rest).map_or(rest, |w| &rest[w.len()..]);
        return matches!(rest, "" | "平均" | "平均水平" | "平均增速");
    }
    false
}

/// `p` without a year opening it (`2022年达到`, `到2025年达到` → `达到`).
fn strip_year(p: &str) -> &str {
    // 到2025年达到2400亿元: the goal's year, then the level the measure before reaches.
    let to = p.strip_prefix('到').or_else(|| p.strip_prefix('至')).unwrap_or(p);
    let digits = to.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return p;
    }
    let rest = &to[4..];
    ["年底", "年末", "年"]
        .into_iter()
        .find_map(|y| rest.strip_prefix(y))
        .filter(|r| !r.is_empty())
        .unwrap_or(p)
}

/// Trims spaces, 的 and stray punctuation at both ends of a phrase.
fn trim_phrase(text: &str, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    let bad_start = |c: char| {
        c.is_whitespace() || matches!(c, '、' | ',' | '的' | ')' | '”' | '-' | '—' | '和' | '及' | '与')
    };
    let bad_end = |c: char| {
        c.is_whitespace() || matches!(c, '、' | ',' | '的' | '(' | '“' | '-' | '—' | '和' | '及' | '与')
    };
    while let Some(c) = text[s..e].chars().next().filter(|&c| bad_start(c)) {
        s += c.len_utf8();
    }
    while let Some(c) = text[s..e].chars().next_back().filter(|&c| bad_end(c)) {
        e -= c.len_utf8();
    }
    (e > s).then_some((s, e))
}

/// The name of a rank: what it ranks (入选“最佳基金小镇”第二名 → “最佳基金小镇”), or the
/// subject of the clause (地表水环境质量列全省前十), or — for 增速/总量/数量 全市第一 — the
/// name of the figure just before.
pub(super) fn rank(doc: &Doc, lo: usize, pos: usize, sentence: usize, prev: Option<&str>) -> Option<String> {
    let text = doc.norm.as_str();
    let mut e = pos;
    // Scope words right before the rank: 全国第7, 全市第一, 全省各区县首位.
    while cut_suffix(text, lo, &mut e, &words::RANK_SCOPES) {}
    let phrase = &text[lo..e];
    let of_previous = |p: &str| {
        // `&[char]` patterns share one trim instantiation (a smaller wasm).
        let p = p.trim_start_matches(&['、', ','][..]);
        words::RANK_OF_PREVIOUS.prefix(p).is_some_and(|w| {
            let rest = &p[w.len()..];
            rest.is_empty() || words::RANK_KEEP.is(rest)
        })
    };
    if of_previous(phrase) {
        if let Some(p) = prev {
            return Some(p.to_string());
        }
    }
    // What follows the ranking verb, when it is a name (入选X第二名); else what precedes it.
    // The verb that ends last, longest first: 位居 in 数量位居, not its 居.
    let candidate = match words::RANK_VERBS.rfind_end(phrase) {
        Some((at, verb)) if lexicon::han_count(&phrase[at + verb.len()..]) >= 3 => (lo + at + verb.len(), e),
        Some((at, _)) => (lo, lo + at),
        None => (lo, e),
    };
    if let Some((s, e)) = peel(text, candidate.0, candidate.1, false) {
        if !of_previous(&text[s..e]) {
            return Some(doc.original_text(s, e));
        }
    }
    if let Some(p) = prev {
        return Some(p.to_string());
    }
    // 在2023年度全国综合实力百强区排名中...列全国第7: the frame names the ranking.
    let frame = pat::NAME_IN_FRAME.captures(&text[sentence..pos]).and_then(|c| c.name("x"))?;
    let (s, e) = peel(text, sentence + frame.start(), sentence + frame.end(), false)?;
    Some(doc.original_text(s, e))
}

/// The name of a run (连续16年实现“两个确保”): what was achieved, after the verb.
pub(super) fn run(doc: &Doc, q: &Quantity) -> Option<String> {
    let text = doc.norm.as_str();
    let rest = super::window(text, q.end, MAX_NAME_BYTES);
    let end = q.end + rest.find([',', '。', ';', '!', '?', '\n']).unwrap_or(rest.len());
    let s = q.end + words::RUN_VERBS.prefix(&text[q.end..end]).map_or(0, str::len);
    let (s, e) = trim_phrase(text, s, end)?;
    (lexicon::han_count(&text[s..e]) >= 2).then(|| doc.original_text(s, e))
}

/// One name for several figures, split among them: 存、贷款余额分别增长22.8%、17.7% →
/// 存款余额 / 贷款余额; 违法犯罪警情数、刑事发案数同比下降a%、b%.
pub(super) fn distribute_lists(text: &str, quantities: &[Quantity], out: &mut [Indicator]) -> Vec<bool> {
    let mut shared = vec![false; out.len()];
    let mut k = 0;
    while k < out.len() {
        let mut j = k + 1;
        while j < out.len() && out[j].name == out[k].name && out[j].role == out[k].role && {
            let after = quantities[j - 1].end;
            only_separators(text, after + super::reading::suffix_len(text, after), quantities[j].start)
        } {
            j += 1;
        }
        if j - k >= 2 {
            shared[k..j].iter_mut().for_each(|f| *f = true);
            if let Some(parts) = out[k].name.as_deref().and_then(|n| split_coordinated(n, j - k)) {
                for (i, part) in parts.into_iter().enumerate() {
                    out[k + i].name = Some(part);
                }
            }
        }
        k = j;
    }
    shared
}

/// Names of single figures that still carry the list they came out of:
/// - `“社情民意联系日”活动、办结满意率` names 办结满意率: what comes before the last 、 is
///   another item when the part after it is a name of its own (it ends as names do, or both
///   parts are long), unless the figure counts each item (各3家) or a list of figures shares
///   the name (`shared`);
/// - `新增国家级孵化载体*家、省级*家`: the bare modifier 省级 takes the noun of the name before.
pub(super) fn tidy_lists(text: &str, quantities: &[Quantity], out: &mut [Indicator], shared: &[bool]) {
    for k in 0..out.len() {
        let Some(name) = out[k].name.clone() else { continue };
        let before = super::window_back(text, quantities[k].start, 40 * 3);
        let distributive = before.ends_with('各')
            || before.rfind([',', '。', ';']).map_or(before, |i| &before[i..]).contains("分别");
        if !shared[k] && !distributive {
            if let Some((head, tail)) = name.rsplit_once('、') {
                let (h, t) = (head.chars().count(), tail.chars().count());
                // A ratio is not coordinated with what is not one (…活动、办结满意率).
                let ratio = |s: &str| ["率", "比例", "比重", "占比"].iter().any(|r| s.ends_with(r));
                let balanced = !tail.contains(['”', ')', '》']) || tail.contains(['“', '(', '《']);
                if balanced && (t >= 3 && ratio(tail) && !ratio(head) || h >= 8 && t >= 4) {
                    out[k].name = Some(tail.to_string());
                }
            }
        }
        let name = out[k].name.clone().unwrap_or_default();
        if k > 0 && name.ends_with('级') && name.chars().count() <= 4 {
            let prev = out[k - 1].name.clone().unwrap_or_default();
            let joined =
                super::only_separators(text, quantities[k - 1].end, quantities[k].start - name.len());
            if let Some(i) = prev.find('级').filter(|_| joined) {
                let noun = &prev[i + '级'.len_utf8()..];
                if lexicon::han_count(noun) >= 2 {
                    out[k].name = Some(format!("{name}{noun}"));
                }
            }
        }
    }
}

/// Splits `存、贷款余额` into `存款余额`, `贷款余额` when it has exactly `n` coordinated parts.
fn split_coordinated(name: &str, n: usize) -> Option<Vec<String>> {
    let parts: Vec<&str> = name.split(['、', '和', '及', '与']).filter(|p| !p.is_empty()).collect();
    if parts.len() != n {
        return None;
    }
    let last = *parts.last()?;
    // 存、贷款余额, 城镇和农村居民收入: a part that does not end as a name does (数, 额, 率...)
    // is a head coordinated with the last part's, and takes the noun after that.
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let tail = p.chars().next_back().unwrap_or(' ');
                match coordinated_head(p, last) {
                    Some((head, noun)) if i + 1 < parts.len() && !lexicon::NAME_FINAL.contains(tail) => {
                        format!("{head}{noun}")
                    }
                    _ => p.to_string(),
                }
            })
            .collect(),
    )
}

/// The head of `part` and the noun it shares with `last`. A part of one or two characters is
/// the head (存, 城镇); in a longer one only the last character is (金融机构存 → 存), as in
/// `金融机构存、贷款余额` → 存款余额. The noun follows as many characters of `last` as the head
/// has (存 / 贷款余额 → 款余额; 城镇 / 农村居民收入 → 居民收入), or the first place near the
/// start where the head's last character recurs (工业 / 服务业产值 → 产值); at least two
/// characters.
fn coordinated_head<'a, 'b>(part: &'a str, last: &'b str) -> Option<(&'a str, &'b str)> {
    let tail = part.chars().next_back()?;
    let head = if part.chars().count() <= 2 { part } else { &part[part.len() - tail.len_utf8()..] };
    let by_char =
        last.char_indices().take(4).skip(1).find(|&(_, c)| c == tail).map(|(i, c)| i + c.len_utf8());
    let by_length = last.char_indices().nth(head.chars().count()).map(|(i, _)| i);
    let noun =
        [by_char, by_length].into_iter().flatten().map(|i| &last[i..]).find(|n| n.chars().count() >= 2)?;
    Some((head, noun))
}

/// `出口860亿元、进口460亿元,分别增长5.2%和下降3.1%`: the changes listed after 分别 go, in
/// order, with the figures listed just before them (5.2% is 出口's, 3.1% 进口's), when the
/// counts match, those figures have names of their own and the changes have only inherited
/// the last one.
pub(super) fn pair_respective(text: &str, quantities: &[Quantity], out: &mut [Indicator]) {
    let clause_end = |s: &str| s.contains([',', '。', ';', ':']);
    let mut k = 0;
    while k < out.len() {
        let start = quantities[k].start;
        // A bounded look back: a line of figures without punctuation stays linear.
        let before = super::window_back(text, start, 40 * 3);
        let lead = before.rsplit([',', '。', ';', ':']).next().unwrap_or(before);
        let clause = start - lead.len();
        let first_in_clause = k == 0 || quantities[k - 1].end <= clause;
        if !first_in_clause || !lead.contains("分别") {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < out.len() && !clause_end(&text[quantities[j - 1].end..quantities[j].start]) {
            j += 1;
        }
        let n = j - k;
        if n >= 2 && k >= n && !text[quantities[k - n].end..start].contains('。') {
            let names: Vec<Option<String>> = out[k - n..k].iter().map(|i| i.name.clone()).collect();
            let distinct = names.iter().enumerate().all(|(a, x)| x.is_some() && !names[..a].contains(x));
            let figures = out[k - n..k].iter().all(|i| matches!(i.role, Role::Amount | Role::Count));
            let changes = out[k..j].iter().all(|i| matches!(i.role, Role::Growth | Role::Decline));
            let inherited = out[k..j].iter().all(|i| i.name == names[n - 1]);
            if distinct && figures && changes && inherited {
                for (i, name) in names.into_iter().enumerate() {
                    out[k + i].name = name;
                }
            }
        }
        k = j;
    }
}

/// `新建219座、改建131座农村公厕`: a figure with no name takes the name of the next figure of
/// the same unit in its clause.
pub(super) fn share_following(text: &str, quantities: &[Quantity], out: &mut [Indicator]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn peeled(phrase: &str) -> Option<&str> {
        peel(phrase, 0, phrase.len(), !phrase.ends_with("提升")).map(|(s, e)| &phrase[s..e])
    }

    #[test]
    fn peeling() {
        for (raw, name) in [
            ("完成一般公共预算收入", Some("一般公共预算收入")),
            ("一般公共预算收入同口径增长", Some("一般公共预算收入")),
            ("地区生产总值由2017年的", Some("地区生产总值")),
            ("向困难群众累计发放各类救助、补贴超", Some("各类救助、补贴")),
            ("成功举办2022中国农民丰收节、乐享苏州农事基地丰收节等活动", Some("活动")),
            ("新建、改建候车亭", Some("候车亭")),
            ("工业提质增效完成整治提升", Some("整治提升")),
            ("新一代信息技术实现产业规模", Some("新一代信息技术")),
            ("在2023年度全国综合实力百强区排名中", Some("全国综合实力百强区排名")),
            ("①新增城镇就业", Some("城镇就业")),
            ("全年", None),
        ] {
            assert_eq!(peeled(raw), name, "{raw}");
        }
    }

    #[test]
    fn continuations() {
        for p in
            ["、累计达", ",总数达", "增加到2022年的", "比上年增加", "比2017年增加", "高于全省平均", "达到"]
        {
            assert!(continues_previous(p), "{p}");
        }
        for p in ["新增", "完成投资"] {
            assert!(!continues_previous(p), "{p}");
        }
        assert!(verbs_only("新建") && verbs_only("完成新建") && !verbs_only("新建学校"));
    }
}
