//! Stage 7, tables: task tables flattened to text, as in 任务分解方案 documents.
//!
//! Copying a table out of a web page or a Word file gives one cell per line, each starting
//! with a tab, rows separated by blank lines, empty cells as bare tabs and merged cells spread
//! over several rows:
//!
//! ```text
//! \t序号 / \t项目 / \t重点工作目标任务 / \t牵头领导 / \t责任单位
//! \t一、2022年全区经济社会发展主要预期目标
//! \t1 / \t主要预期目标 / \t地区生产总值增长6%左右 / \t钱  宇 / \t★区发改委、统计局
//! \t / \t / \t一般公共预算收入增长5%以上 / \t / \t★区财政局、吴江税务局
//! ```
//!
//! Each task row becomes a [`Task`] with its category (the 一、 row above it), its group's
//! number and project, the task text, the leaders and the responsible units (★ = lead).

use crate::clean::Doc;
use crate::lexicon;
use crate::patterns as pat;
use crate::report::{Task, Unit};
use std::ops::Range;

/// A short line without a tab inside a table continues the cell above it (a second leader's
/// name wrapped onto its own line).
const MAX_CONTINUATION_CHARS: usize = 12;

/// The columns a task table has, by header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Number,
    Project,
    Task,
    Leader,
    Units,
    /// 牵头单位 in a table that also has 配合单位: every unit in it leads.
    LeadUnits,
    /// 配合单位 / 协办单位 / 参与单位: units that support the lead.
    SupportUnits,
    Other,
}

impl Column {
    /// Whether the column lists responsible units.
    fn is_units(self) -> bool {
        matches!(self, Column::Units | Column::LeadUnits | Column::SupportUnits)
    }
}

fn column_of(header: &str) -> Column {
    if header.contains("序号") {
        Column::Number
    } else if ["配合单位", "协办单位", "参与单位", "配合部门", "协同单位"].iter().any(|w| header.contains(w))
    {
        Column::SupportUnits
    } else if header.contains("责任单位") || header.contains("牵头单位") || header.contains("责任部门")
    {
        Column::Units
    } else if header.contains("领导") {
        Column::Leader
    } else if header.contains("任务") || header.contains("内容") || header.contains("措施") {
        Column::Task
    } else if header.contains("项目") || header.contains("类别") || header.contains("事项") {
        Column::Project
    } else {
        Column::Other
    }
}

/// How the cells of a table were laid out when it was copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// One cell per line, each line starting with a tab (copied from a web page).
    CellPerLine,
    /// One row per line, cells separated by tabs (copied from a spreadsheet or Word).
    TabSeparated,
}

/// A task table found in the text: its header and the lines of its body.
struct Table {
    layout: Layout,
    columns: Vec<Column>,
    /// Index of the first line after the header.
    body_start: usize,
    /// Index one past the table's last line.
    end: usize,
}

/// Finds the task tables: a `序号` header cell followed by other header cells.
/// Two task-like columns (重点任务 / 具体内容): the first names the project. Units next to a
/// column of supporting units are the lead units (牵头单位 / 配合单位).
fn settle_columns(mut columns: Vec<Column>) -> Vec<Column> {
    let tasks: Vec<usize> = (0..columns.len()).filter(|&i| columns[i] == Column::Task).collect();
    if tasks.len() >= 2 && !columns.contains(&Column::Project) {
        columns[tasks[0]] = Column::Project;
    }
    if columns.contains(&Column::SupportUnits) {
        for c in columns.iter_mut().filter(|c| **c == Column::Units) {
            *c = Column::LeadUnits;
        }
    }
    columns
}

fn find_tables(doc: &Doc) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        if let Some(table) = tab_separated_table(doc, i) {
            i = table.end.max(i + 1);
            tables.push(table);
            continue;
        }
        if doc.line(i) != "序号" || !doc.lines[i].tab {
            i += 1;
            continue;
        }
        let mut columns = vec![Column::Number];
        let mut j = i + 1;
        while j < doc.lines.len() && doc.lines[j].tab && !doc.lines[j].is_blank() && columns.len() < 8 {
            columns.push(column_of(doc.line(j)));
            j += 1;
        }
        let columns = settle_columns(columns);
        if columns.len() < 3 || !columns.contains(&Column::Task) && !columns.iter().any(|c| c.is_units()) {
            i += 1;
            continue;
        }
        let body_start = j;
        let mut end = j;
        while j < doc.lines.len() {
            let line = &doc.lines[j];
            let continuation = !line.tab && doc.line(j).chars().count() <= MAX_CONTINUATION_CHARS;
            if !(line.is_blank() || line.tab || continuation) {
                break;
            }
            if !line.is_blank() {
                end = j + 1;
            }
            j += 1;
        }
        tables.push(Table { layout: Layout::CellPerLine, columns, body_start, end });
        i = end.max(i + 1);
    }
    tables
}

/// A table whose header line at `i` reads `序号<TAB>项目<TAB>…<TAB>责任单位`: its rows are the
/// following lines with tabs, and the category lines (一、…) between them.
fn tab_separated_table(doc: &Doc, i: usize) -> Option<Table> {
    let header = doc.line(i);
    if !header.starts_with("序号") || !header.contains('\t') {
        return None;
    }
    let columns = settle_columns(header.split('\t').map(|c| column_of(c.trim())).collect());
    if columns.len() < 3 || !columns.contains(&Column::Task) && !columns.iter().any(|c| c.is_units()) {
        return None;
    }
    let mut end = i + 1;
    for j in i + 1..doc.lines.len() {
        let text = doc.line(j);
        let category = pat::HEADING_LABEL.captures(text).is_some_and(|c| c.name("cn").is_some());
        if !(doc.lines[j].is_blank() || doc.lines[j].tab || text.contains('\t') || category) {
            break;
        }
        if !doc.lines[j].is_blank() {
            end = j + 1;
        }
    }
    Some(Table { layout: Layout::TabSeparated, columns, body_start: i + 1, end })
}

/// The lines that are table cells (headers included), as ranges of line indices: the outline
/// does not take a short cell for a heading.
pub fn table_lines(doc: &Doc) -> Vec<Range<usize>> {
    find_tables(doc)
        .into_iter()
        .map(|t| {
            let header_lines = if t.layout == Layout::TabSeparated { 1 } else { t.columns.len() };
            t.body_start - header_lines..t.end
        })
        .collect()
}

/// One cell: its text (normalised-view span of its first line) and continuation text.
#[derive(Debug, Clone)]
struct Cell {
    start: usize,
    end: usize,
    extra: Vec<(usize, usize)>,
}

/// Parses every task table of `doc` into task rows (spans in the normalised view).
pub fn parse(doc: &Doc) -> Vec<Task> {
    let mut tasks = Vec::new();
    for table in find_tables(doc) {
        parse_table(doc, &table, &mut tasks);
    }
    tasks
}

fn parse_table(doc: &Doc, table: &Table, tasks: &mut Vec<Task>) {
    let cells = match table.layout {
        Layout::CellPerLine => cells_per_line(doc, table),
        Layout::TabSeparated => tab_separated_cells(doc, table),
    };
    let text = |c: &Cell| doc.original_slice(c.start, c.end).trim().to_string();
    let width = table.columns.len();
    let mut category: Option<String> = None;
    let mut group_number: Option<u32> = None;
    let mut group_first_task = tasks.len();
    let mut group_project = String::new();
    let mut last_leaders: Vec<String> = Vec::new();
    let mut k = 0;
    while k < cells.len() {
        let first = text(&cells[k]);
        if pat::HEADING_LABEL.captures(&first).is_some_and(|c| c.name("cn").is_some()) {
            close_group(tasks, group_first_task, &group_project);
            category = Some(first);
            group_number = None;
            group_project.clear();
            group_first_task = tasks.len();
            k += 1;
            continue;
        }
        let row = &cells[k..(k + width).min(cells.len())];
        k += width;
        let mut task: Option<&Cell> = None;
        let mut leaders: Vec<String> = Vec::new();
        let mut units: Vec<Unit> = Vec::new();
        let mut project = String::new();
        let mut number = None;
        for (cell, column) in row.iter().zip(&table.columns) {
            let value = text(cell);
            match column {
                Column::Number => number = value.parse::<u32>().ok(),
                Column::Project => project = value,
                Column::Task => task = Some(cell),
                Column::Leader => {
                    let mut all = value;
                    for &(s, e) in &cell.extra {
                        all.push(' ');
                        all.push_str(doc.original_slice(s, e).trim());
                    }
                    leaders = split_names(&all);
                }
                Column::Units => units = split_units(&value),
                Column::LeadUnits => {
                    let lead = split_units(&value).into_iter().map(|u| Unit { lead: true, ..u });
                    units.splice(0..0, lead);
                }
                Column::SupportUnits => {
                    units.extend(split_units(&value).into_iter().map(|u| Unit { lead: false, ..u }))
                }
                Column::Other => {}
            }
        }
        if let Some(n) = number {
            close_group(tasks, group_first_task, &group_project);
            group_number = Some(n);
            group_project.clear();
            group_first_task = tasks.len();
            last_leaders.clear();
        }
        group_project.push_str(&project);
        if leaders.is_empty() {
            leaders = last_leaders.clone();
        } else {
            last_leaders = leaders.clone();
        }
        let Some(task) = task.filter(|t| t.end > t.start) else {
            continue;
        };
        tasks.push(Task {
            number: group_number,
            category: category.clone(),
            project: None,
            text: text(task),
            leaders,
            units,
            start: task.start,
            end: task.end,
            indicators: Vec::new(),
        });
    }
    close_group(tasks, group_first_task, &group_project);
}

/// The cells of a table laid out one per line: a line without a tab continues the cell above.
fn cells_per_line(doc: &Doc, table: &Table) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for i in table.body_start..table.end {
        let line = &doc.lines[i];
        if line.tab {
            cells.push(Cell { start: line.start, end: line.end, extra: Vec::new() });
        } else if !line.is_blank() {
            if let Some(last) = cells.last_mut() {
                last.extra.push((line.start, line.end));
            }
        }
    }
    cells
}

/// The cells of a table laid out one row per line, each row padded to the header's width; a
/// category line is a cell of its own.
fn tab_separated_cells(doc: &Doc, table: &Table) -> Vec<Cell> {
    let mut cells = Vec::new();
    for i in table.body_start..table.end {
        let line = &doc.lines[i];
        if line.is_blank() {
            continue;
        }
        // Leading empty cells are leading tabs, which the line's trimmed content has lost.
        // `&[char]` patterns share one trim instantiation (a smaller wasm).
        let raw = doc.norm[line.raw_start..line.end].trim_start_matches(&[' '][..]);
        if !raw.contains('\t') {
            cells.push(Cell { start: line.start, end: line.end, extra: Vec::new() });
            continue;
        }
        let text = raw;
        let mut at = line.end - raw.len();
        let mut row = Vec::new();
        for part in text.split('\t') {
            let lead = part.len() - part.trim_start().len();
            let start = at + lead;
            row.push(Cell { start, end: (start + part.trim().len()).max(start), extra: Vec::new() });
            at += part.len() + 1;
        }
        row.resize(table.columns.len(), Cell { start: line.end, end: line.end, extra: Vec::new() });
        cells.extend(row);
    }
    cells
}

/// Gives every row of a numbered group the group's project (merged cells spread the project
/// name over several rows: 维护社会 / 安全稳定).
fn close_group(tasks: &mut [Task], first: usize, project: &str) {
    let project = project.trim();
    if project.is_empty() {
        return;
    }
    for t in tasks.iter_mut().skip(first) {
        t.project = Some(project.to_string());
    }
}

/// Leader names: cells pad two-character names with spaces (钱  宇), so single characters
/// are joined pairwise and longer tokens are names of their own.
fn split_names(cell: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut pending: Option<String> = None;
    for token in cell.split(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，' | ';' | '；')) {
        if token.is_empty() {
            continue;
        }
        if token.chars().count() == 1 && lexicon::han_count(token) == 1 {
            match pending.take() {
                Some(mut p) => {
                    p.push_str(token);
                    names.push(p);
                }
                None => pending = Some(token.to_string()),
            }
        } else {
            if let Some(p) = pending.take() {
                names.push(p);
            }
            names.push(token.to_string());
        }
    }
    names.extend(pending);
    names
}

/// Responsible units separated by 、 (not inside brackets); ★ marks the lead unit.
fn split_units(cell: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut push = |s: &mut String| {
        let name = s.trim();
        if !name.is_empty() {
            let lead = name.starts_with('★');
            // `&[char]` patterns share one trim instantiation (a smaller wasm).
            units.push(Unit { name: name.trim_start_matches(&['★'][..]).trim().to_string(), lead });
        }
        s.clear();
    };
    for c in cell.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        if (c == '、' || c == ',' || c == '，') && depth <= 0 {
            push(&mut current);
        } else {
            current.push(c);
        }
    }
    push(&mut current);
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "说明\n\n\t序号\n\t项目\n\t重点工作目标任务\n\t牵头领导\n\t责任单位\n\n\
        \t一、主要预期目标\n\n\t1\n\t主要预期目标\n\t地区生产总值增长6%左右\n\t钱  宇\n\t★区发改委、统计局\n\n\
        \t\n\t\n\t一般公共预算收入增长5%以上\n\t\n\t★区财政局、吴江税务局\n\n\
        \t2\n\t 维护社会\n\t研发投入占比3.62%以上\n\t季恒义\n\n吉  伟\n\t★区科技局（知识产权局）、统计局\n\n\
        \t\n\t安全稳定\n\t完成剩余55处危房整治\n\t李  红\n\t★区应急管理局\n\n注:说明文字较长的一段话,不属于表格的内容。\n";

    #[test]
    fn rows_groups_and_units() {
        let doc = Doc::new(TABLE);
        let tasks = parse(&doc);
        assert_eq!(tasks.len(), 4, "{tasks:#?}");
        assert_eq!(tasks[0].text, "地区生产总值增长6%左右");
        assert_eq!(tasks[0].category.as_deref(), Some("一、主要预期目标"));
        assert_eq!(tasks[1].number, Some(1));
        assert_eq!(tasks[1].leaders, ["钱宇"]);
        assert_eq!(tasks[1].units[0], Unit { name: "区财政局".into(), lead: true });
        assert_eq!(tasks[2].leaders, ["季恒义", "吉伟"]);
        assert_eq!(tasks[2].units[0].name, "区科技局（知识产权局）");
        assert_eq!(tasks[3].project.as_deref(), Some("维护社会安全稳定"));
        assert_eq!(tasks[3].number, Some(2));
        let note = doc.line_at(doc.norm.find("注:").unwrap());
        assert!(!table_lines(&doc).iter().any(|r| r.contains(&note)));
    }

    #[test]
    fn tab_separated_rows() {
        let text = "说明\n序号\t项目\t重点工作目标任务\t牵头领导\t责任单位\n一、主要预期目标\n\
                    1\t主要预期目标\t地区生产总值增长6%左右\t钱宇\t★区发改委、统计局\n\
                    \t\t一般公共预算收入增长5%以上\t\t★区财政局\n注:说明文字较长的一段话,不属于表格的内容。\n";
        let doc = Doc::new(text);
        let tasks = parse(&doc);
        assert_eq!(tasks.len(), 2, "{tasks:#?}");
        assert_eq!(tasks[1].text, "一般公共预算收入增长5%以上");
        assert_eq!(tasks[1].number, Some(1));
        assert_eq!(tasks[1].leaders, ["钱宇"]);
        assert_eq!(tasks[0].category.as_deref(), Some("一、主要预期目标"));
        assert_eq!(tasks[0].units[1].name, "统计局");
    }

    #[test]
    fn lead_and_supporting_units() {
        let text = "说明\n序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限\n\
                    1\t地区生产总值增长6%左右\t王建国\t市发展改革委\t市统计局、各县区\t2024年12月底\n";
        let tasks = parse(&Doc::new(text));
        assert_eq!(tasks.len(), 1, "{tasks:#?}");
        let units: Vec<(&str, bool)> = tasks[0].units.iter().map(|u| (u.name.as_str(), u.lead)).collect();
        assert_eq!(units, [("市发展改革委", true), ("市统计局", false), ("各县区", false)]);
        assert_eq!(tasks[0].leaders, ["王建国"]);
    }

    #[test]
    fn names() {
        assert_eq!(split_names("陈建忠   孙俊良"), ["陈建忠", "孙俊良"]);
        assert_eq!(split_names("钱  宇"), ["钱宇"]);
    }
}
