//! Writing a report as JSON, Markdown or CSV.

use reportlens::{Indicator, Report, Role, Status};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct WithFile<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// The report as JSON (the scorer's contract); with several inputs one object per line,
/// each with a `file` field.
pub fn json(out: &mut impl Write, report: &Report, file: Option<&str>, pretty: bool) -> io::Result<()> {
    let result = match (file, pretty) {
        (Some(file), true) => serde_json::to_writer_pretty(&mut *out, &WithFile { file, report }),
        (Some(file), false) => serde_json::to_writer(&mut *out, &WithFile { file, report }),
        (None, true) => serde_json::to_writer_pretty(&mut *out, report),
        (None, false) => serde_json::to_writer(&mut *out, report),
    };
    result.map_err(io::Error::other)?;
    writeln!(out)
}

fn role_zh(role: Role) -> &'static str {
    match role {
        Role::Amount => "总量",
        Role::Count => "数量",
        Role::Percent => "百分比",
        Role::Growth => "增长",
        Role::Decline => "下降",
        Role::Share => "占比",
        Role::Rank => "排名",
        Role::Other => "其他",
    }
}

fn status_zh(status: Status) -> &'static str {
    match status {
        Status::Actual => "实际",
        Status::Expected => "预计",
        Status::Target => "目标",
    }
}

/// Escapes a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn value_text(ind: &Indicator) -> String {
    match ind.value {
        Some(v) => format_number(v),
        None if ind.masked => "（隐去）".into(),
        None => String::new(),
    }
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A readable summary: title, meta, outline and the indicator table.
pub fn markdown(out: &mut impl Write, report: &Report, file: Option<&str>) -> io::Result<()> {
    let m = &report.meta;
    let title = m.title.as_deref().or(file).unwrap_or("（无标题）");
    writeln!(out, "# {}\n", cell(title))?;
    if let Some(file) = file {
        writeln!(out, "文件：{}\n", cell(file))?;
    }
    let year = |y: Option<i32>| y.map_or("—".to_string(), |y| y.to_string());
    let text = |s: &Option<String>| s.as_deref().map_or("—".to_string(), cell);
    writeln!(out, "| 项 | 内容 |\n|---|---|")?;
    writeln!(
        out,
        "| 类型 | {} |",
        serde_json::to_value(m.doc_type).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    )?;
    writeln!(out, "| 发布单位 | {} |\n| 地区 | {} |", text(&m.issuer), text(&m.region))?;
    writeln!(
        out,
        "| 报告年份 | {} |\n| 回顾年份 | {} |\n| 计划年份 | {} |",
        year(m.report_year),
        year(m.review_year),
        year(m.plan_year)
    )?;
    writeln!(
        out,
        "| 日期 | {} |\n| 报告人 | {} |\n| 会议 | {} |\n",
        text(&m.date),
        text(&m.speaker),
        text(&m.meeting)
    )?;
    writeln!(out, "## 提纲（{} 节）\n", report.sections.len())?;
    for s in &report.sections {
        let indent = "  ".repeat(usize::from(s.level.saturating_sub(1)));
        writeln!(out, "{indent}- {}{} _({})_", cell(&s.label), cell(&s.title), kind_zh(s.kind))?;
    }
    writeln!(out, "\n## 指标（{} 项）\n", report.indicators.len())?;
    writeln!(
        out,
        "| 名称 | 原文 | 数值 | 单位 | 类型 | 状态 | 限定 | 年份 |\n|---|---|---|---|---|---|---|---|"
    )?;
    for ind in &report.indicators {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(ind.name.as_deref().unwrap_or("")),
            cell(&ind.text),
            value_text(ind),
            cell(&ind.unit),
            role_zh(ind.role),
            status_zh(ind.status),
            ind.qualifier.map_or("", |q| q.as_str()),
            ind.year.map_or(String::new(), |y| y.to_string())
        )?;
    }
    for w in &report.warnings {
        writeln!(out, "\n> 注意：{}", cell(w))?;
    }
    writeln!(out)
}

fn kind_zh(kind: reportlens::SectionKind) -> &'static str {
    use reportlens::SectionKind::*;
    match kind {
        Review => "回顾",
        Targets => "目标",
        Plan => "计划",
        Problems => "问题",
        Toc => "目录",
        Other => "其他",
    }
}

/// Quotes a CSV field when needed (RFC 4180). Text opening with = + - @ would run as a formula
/// in a spreadsheet: it gets a leading apostrophe, as spreadsheets themselves write it.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One indicator per row; the first call writes the BOM (so Excel reads UTF-8) and the header.
pub fn csv(out: &mut impl Write, report: &Report, file: Option<&str>, first: bool) -> io::Result<()> {
    if first {
        out.write_all("\u{FEFF}".as_bytes())?;
        if file.is_some() {
            write!(out, "file,")?;
        }
        writeln!(out, "name,text,value,unit,role,status,qualifier,year,masked,section,start,end")?;
    }
    let json_str = |v: serde_json::Value| v.as_str().map(String::from).unwrap_or_default();
    for ind in &report.indicators {
        if let Some(file) = file {
            write!(out, "{},", field(file))?;
        }
        let section = ind
            .section
            .and_then(|i| report.sections.get(i))
            .map_or(String::new(), |s| format!("{}{}", s.label, s.title));
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            field(ind.name.as_deref().unwrap_or("")),
            field(&ind.text),
            ind.value.map_or(String::new(), format_number),
            field(&ind.unit),
            json_str(serde_json::to_value(ind.role).unwrap_or_default()),
            json_str(serde_json::to_value(ind.status).unwrap_or_default()),
            ind.qualifier.map_or("", |q| q.as_str()),
            ind.year.map_or(String::new(), |y| y.to_string()),
            ind.masked,
            field(&section),
            ind.start,
            ind.end
        )?;
    }
    Ok(())
}
