//! Word `.docx` to text: a zip reader of our own (central directory, Zip64, and a scan of the
//! local headers when the directory is missing, as in a truncated download), `miniz_oxide`
//! for inflate, and a small XML reader for `word/document.xml`.
//!
//! What becomes text:
//! * every paragraph is a line; automatic numbering is rendered (`一、`, `（一）`, `1.`, `①`...
//!   from `numbering.xml`, including numbering inherited from heading styles), because the
//!   labels are what the outline reads;
//! * tables use the flattened form of the plain-text reports: every cell a line starting
//!   with a tab (its further paragraphs on their own lines), a blank line after each row;
//!   nested tables flow into their cell;
//! * text boxes are read once (`mc:Fallback` copies are skipped), tracked deletions and moved-
//!   from text are not read (they are not in the document any more), field codes are not
//!   (their results are);
//! * headers, footers, footnotes and comments (separate parts) are not read.
//!
//! Headings are reported by style (`heading 1`, `标题 1`, an outline level) as spans.

use crate::html::{decode_entities, Heading};
use std::borrow::Cow;

/// A small map from part-local ids (style ids, numbering ids) to values: a vector of pairs.
/// Lighter in wasm than `HashMap`; documents have tens to hundreds of ids.
struct Map<V>(Vec<(String, V)>);

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map(Vec::new())
    }
}

impl<V> Map<V> {
    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().position(|(k, _)| k == key)
    }
    fn get(&self, key: &str) -> Option<&V> {
        self.position(key).map(|i| &self.0[i].1)
    }
    fn insert(&mut self, key: String, value: V) {
        match self.position(&key) {
            Some(i) => self.0[i].1 = value,
            None => self.0.push((key, value)),
        }
    }
    fn entry_or(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.position(key) {
            Some(i) => i,
            None => {
                self.0.push((key.to_string(), make()));
                self.0.len() - 1
            }
        };
        &mut self.0[i].1
    }
}

/// The text of a Word document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// One line per paragraph, tables flattened (see the module docs).
    pub text: String,
    /// Paragraphs with a heading style or outline level, as byte spans into `text`.
    pub headings: Vec<Heading>,
    /// Things the user should know (a damaged archive, a truncated part...).
    pub warnings: Vec<String>,
}

/// Why a zip could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// A readable zip that is not a Word document; what it looks like.
    NotDocx(String),
    /// The archive or the document inside is damaged; why.
    Malformed(String),
}

/// Default bound on the inflated size of one part (zip bombs).
pub const DEFAULT_PART_LIMIT: usize = 256 << 20;

/// Whether `bytes` start like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Extracts the text of the `.docx` in `bytes`; no inflated part may exceed `part_limit` bytes.
///
/// # Errors
/// [`DocxError::NotDocx`] for other zip files (`.xlsx`, `.odt`...), [`DocxError::Malformed`]
/// when no document can be recovered.
pub fn extract(bytes: &[u8], part_limit: usize) -> Result<Extracted, DocxError> {
    let mut warnings = Vec::new();
    let mut zip = Zip::open(bytes, &mut warnings);
    let main_name = |zip: &Zip, warnings: &mut Vec<String>| {
        zip.read("_rels/.rels", part_limit, warnings)
            .and_then(|rels| main_part(&rels))
            .filter(|name| zip.has(name))
            .unwrap_or_else(|| "word/document.xml".to_string())
    };
    let mut main = main_name(&zip, &mut warnings);
    let mut document = zip.read(&main, part_limit, &mut warnings);
    if document.is_none() && !zip.scanned {
        // The directory may be wrong rather than missing: try the entries themselves.
        let scanned = Zip { bytes, entries: scan_local_headers(bytes), scanned: true };
        let mut scan_warnings = Vec::new();
        let scanned_main = main_name(&scanned, &mut scan_warnings);
        if let Some(doc) = scanned.read(&scanned_main, part_limit, &mut scan_warnings) {
            warnings = scan_warnings;
            warnings.insert(
                0,
                "the .docx file's zip directory is damaged: text was recovered from the entries themselves"
                    .into(),
            );
            document = Some(doc);
            main = scanned_main;
            zip = scanned;
        }
    }
    let Some(document) = document else {
        if zip.entries.is_empty() {
            return Err(DocxError::Malformed(
                "no readable entries in the zip archive (the file is damaged or empty)".into(),
            ));
        }
        return Err(match looks_like(&zip) {
            Some(what) => DocxError::NotDocx(what.into()),
            // The reader said why (encrypted, an unknown compression...).
            None if zip.has(&main) => {
                DocxError::Malformed(warnings.pop().unwrap_or_else(|| format!("its {main} cannot be read")))
            }
            None => DocxError::NotDocx("a zip archive without a Word document inside".into()),
        });
    };
    let styles =
        zip.read("word/styles.xml", part_limit, &mut warnings).map(|x| Styles::parse(&x)).unwrap_or_default();
    let numbering = zip
        .read("word/numbering.xml", part_limit, &mut warnings)
        .map(|x| Numbering::parse(&x))
        .unwrap_or_default();
    let mut out = render(&document, &styles, numbering);
    warnings.append(&mut out.warnings);
    out.warnings = warnings;
    Ok(out)
}

/// Renders a WordprocessingML document (the XML of `word/document.xml`, or a Word 2003 /
/// Flat OPC `.xml` file) to text.
pub fn extract_xml(xml: &str) -> Extracted {
    render(xml, &Styles::parse(xml), Numbering::parse(xml))
}

/// Whether decoded text is a Word XML document (Word 2003 XML or Flat OPC).
pub fn looks_like_word_xml(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(4096)];
    let has = |n: &[u8]| head.windows(n.len()).any(|w| w == n);
    (has(b"<w:wordDocument") || has(b"<pkg:package")) && has(b"<?xml")
}

/// What a zip that holds no Word document is.
fn looks_like(zip: &Zip) -> Option<&'static str> {
    if zip.has("xl/workbook.xml") {
        Some("an Excel workbook (.xlsx)")
    } else if zip.has("ppt/presentation.xml") {
        Some("a PowerPoint presentation (.pptx)")
    } else if zip.has("content.xml") && zip.has("mimetype") {
        Some("an OpenDocument file (.odt/.ods); save it as .docx")
    } else if zip.has("word/document.xml") {
        None
    } else {
        Some("a zip archive without a Word document inside")
    }
}

/// The target of the officeDocument relationship in `_rels/.rels`.
fn main_part(rels: &str) -> Option<String> {
    let mut xml = Xml::new(rels);
    while let Some(ev) = xml.next() {
        if let Ev::Start { name: "Relationship", attrs, .. } = ev {
            if attr(attrs, "Type").is_some_and(|t| t.ends_with("/officeDocument")) {
                let target = attr(attrs, "Target")?;
                return Some(target.trim_start_matches('/').to_string());
            }
        }
    }
    None
}

// ------------------------------------------------------------------------------------------
// Zip

struct Entry {
    name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: u64,
    size: u64,
    /// Offset of the local header.
    local: u64,
}

struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    /// The directory was not found or damaged: entries come from a scan of local headers.
    scanned: bool,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}
fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

/// Part names compare case-insensitively, without a leading `/`, with `/` for `\`.
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim_start_matches(['/', '\\']).replace('\\', "/");
    norm(a).eq_ignore_ascii_case(&norm(b))
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8], warnings: &mut Vec<String>) -> Zip<'a> {
        if let Some(entries) = central_directory(bytes) {
            if !entries.is_empty() {
                return Zip { bytes, entries, scanned: false };
            }
        }
        let entries = scan_local_headers(bytes);
        if !entries.is_empty() {
            warnings.push(
                "the .docx file's zip directory is missing or damaged (an incomplete download?): text was recovered from the entries that could be read"
                    .into(),
            );
        }
        Zip { bytes, entries, scanned: true }
    }

    fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| same_name(&e.name, name))
    }

    /// The decoded text of part `name`, if it exists and can be read (even partly).
    fn read(&self, name: &str, limit: usize, warnings: &mut Vec<String>) -> Option<String> {
        let entry = self.entries.iter().rev().find(|e| same_name(&e.name, name))?;
        let data = self.data(entry, limit, warnings)?;
        Some(xml_text(&data, name, warnings))
    }

    fn data(&self, e: &Entry, limit: usize, warnings: &mut Vec<String>) -> Option<Vec<u8>> {
        if e.flags & 1 != 0 {
            warnings.push(format!(
                "{} is encrypted (the document has a password: remove it in Word first)",
                e.name
            ));
            return None;
        }
        let local = usize::try_from(e.local).ok()?;
        if u32_at(self.bytes, local) != Some(0x0403_4B50) {
            warnings.push(format!("{}: local header not found", e.name));
            return None;
        }
        let name_len = usize::from(u16_at(self.bytes, local + 26)?);
        let extra_len = usize::from(u16_at(self.bytes, local + 28)?);
        let start = local.checked_add(30 + name_len + extra_len)?;
        let available = self.bytes.get(start..)?;
        // Sizes come from the directory; a scanned entry with a data descriptor has none.
        let known = !(self.scanned && e.flags & 8 != 0 && e.compressed == 0);
        let compressed = if known {
            usize::try_from(e.compressed).unwrap_or(usize::MAX).min(available.len())
        } else {
            available.len()
        };
        if known && (compressed as u64) < e.compressed {
            warnings.push(format!("{} is cut short: the file is truncated", e.name));
        }
        let input = &available[..compressed];
        match e.method {
            0 => {
                if input.len() > limit {
                    warnings.push(format!(
                        "{} is larger than {} MiB; only the first part was read",
                        e.name,
                        limit >> 20
                    ));
                }
                let data = input[..input.len().min(limit)].to_vec();
                if known && data.len() as u64 == e.size && crc32(&data) != e.crc {
                    warnings.push(format!(
                        "{} fails its checksum: the file is damaged, the text may be wrong",
                        e.name
                    ));
                }
                Some(data)
            }
            8 => {
                let inflated = inflate(input, limit);
                match inflated.status {
                    Inflate::Done => {
                        if known && inflated.data.len() as u64 == e.size && crc32(&inflated.data) != e.crc {
                            warnings.push(format!(
                                "{} fails its checksum: the file is damaged, the text may be wrong",
                                e.name
                            ));
                        }
                    }
                    Inflate::Truncated => warnings.push(format!(
                        "{} is cut short: the file is truncated; the text stops where the data does",
                        e.name
                    )),
                    Inflate::Corrupt => warnings
                        .push(format!("{} is damaged; the text stops where the damage starts", e.name)),
                    Inflate::Limit => warnings.push(format!(
                        "{} expands to more than {} MiB; only that much was read",
                        e.name,
                        limit >> 20
                    )),
                }
                (!inflated.data.is_empty() || inflated.status == Inflate::Done).then_some(inflated.data)
            }
            m => {
                warnings.push(format!("{} uses compression method {m}, which reportlens does not read; save the document again in Word", e.name));
                None
            }
        }
    }
}

/// Entries of the central directory, or `None` when there is none or it is damaged.
fn central_directory(b: &[u8]) -> Option<Vec<Entry>> {
    // End of central directory: 22 bytes + a comment of up to 65535 bytes, at the end.
    let min = b.len().saturating_sub(22 + 0xFFFF);
    let eocd = (min..=b.len().checked_sub(22)?).rev().find(|&i| u32_at(b, i) == Some(0x0605_4B50))?;
    let mut count = u64::from(u16_at(b, eocd + 10)?);
    let mut size = u64::from(u32_at(b, eocd + 12)?);
    let mut offset = u64::from(u32_at(b, eocd + 16)?);
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
        // Zip64: the locator sits just before the EOCD record.
        let locator = eocd.checked_sub(20)?;
        if u32_at(b, locator) == Some(0x0706_4B50) {
            let at = usize::try_from(u64_at(b, locator + 8)?).ok()?;
            if u32_at(b, at) == Some(0x0606_4B50) {
                count = u64_at(b, at + 32)?;
                size = u64_at(b, at + 40)?;
                offset = u64_at(b, at + 48)?;
            }
        }
    }
    // Data prepended to the archive shifts every offset: measure it from where the directory
    // actually ends (at the EOCD record).
    let shift = (eocd as u64).checked_sub(size)?.saturating_sub(offset);
    let mut at = usize::try_from(offset.checked_add(shift)?).ok()?;
    let mut entries = Vec::new();
    for _ in 0..count.min(1 << 20) {
        if u32_at(b, at)? != 0x0201_4B50 {
            return None;
        }
        let flags = u16_at(b, at + 8)?;
        let method = u16_at(b, at + 10)?;
        let crc = u32_at(b, at + 16)?;
        let mut compressed = u64::from(u32_at(b, at + 20)?);
        let mut size = u64::from(u32_at(b, at + 24)?);
        let name_len = usize::from(u16_at(b, at + 28)?);
        let extra_len = usize::from(u16_at(b, at + 30)?);
        let comment_len = usize::from(u16_at(b, at + 32)?);
        let mut local = u64::from(u32_at(b, at + 42)?);
        let name = String::from_utf8_lossy(b.get(at + 46..at + 46 + name_len)?).into_owned();
        // Zip64 extra field: the 64-bit values of the fields that are 0xFFFFFFFF, in order.
        let extra = b.get(at + 46 + name_len..at + 46 + name_len + extra_len).unwrap_or(&[]);
        let mut x = 0;
        while x + 4 <= extra.len() {
            let id = u16_at(extra, x)?;
            let len = usize::from(u16_at(extra, x + 2)?);
            if id == 1 {
                let mut f = x + 4;
                for field in [&mut size, &mut compressed, &mut local] {
                    if *field == 0xFFFF_FFFF {
                        if let Some(v) = u64_at(extra, f) {
                            *field = v;
                        }
                        f += 8;
                    }
                }
            }
            x += 4 + len;
        }
        entries.push(Entry {
            name,
            method,
            flags,
            crc,
            compressed,
            size,
            local: local.saturating_add(shift),
        });
        at = at.checked_add(46 + name_len + extra_len + comment_len)?;
    }
    Some(entries)
}

/// Entries found by their local headers (no directory): sizes from the header, or unknown
/// (`compressed == 0` with flag 8) when a data descriptor follows the data.
fn scan_local_headers(b: &[u8]) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut at = 0;
    while let Some(off) = b.get(at..).and_then(|rest| rest.windows(4).position(|w| w == b"PK\x03\x04")) {
        let pos = at + off;
        let parsed = (|| {
            let flags = u16_at(b, pos + 6)?;
            let method = u16_at(b, pos + 8)?;
            let crc = u32_at(b, pos + 14)?;
            let compressed = u64::from(u32_at(b, pos + 18)?);
            let size = u64::from(u32_at(b, pos + 22)?);
            let name_len = usize::from(u16_at(b, pos + 26)?);
            let name = std::str::from_utf8(b.get(pos + 30..pos + 30 + name_len)?).ok()?.to_string();
            Some(Entry { name, method, flags, crc, compressed, size, local: pos as u64 })
        })();
        match parsed {
            Some(e) if !e.name.is_empty() => {
                let skip = if e.flags & 8 == 0 { e.compressed as usize } else { 0 };
                entries.push(e);
                at = pos.saturating_add(30).saturating_add(skip).max(pos + 4);
            }
            _ => at = pos + 4,
        }
    }
    entries
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inflate {
    Done,
    Truncated,
    Corrupt,
    Limit,
}

struct Inflated {
    data: Vec<u8>,
    status: Inflate,
}

/// Inflates a raw deflate stream, growing the output up to `limit` bytes; keeps what was
/// inflated before an error.
fn inflate(input: &[u8], limit: usize) -> Inflated {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0u8; input.len().saturating_mul(4).clamp(1024, limit.max(1024))];
    let mut state = Box::<DecompressorOxide>::default();
    let mut in_pos = 0;
    let mut out_pos = 0;
    loop {
        let (status, consumed, written) =
            decompress(&mut state, &input[in_pos.min(input.len())..], &mut out, out_pos, flags);
        in_pos += consumed;
        out_pos += written;
        let status = match status {
            TINFLStatus::Done => Inflate::Done,
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    Inflate::Limit
                } else {
                    let grown = out.len().saturating_mul(2).min(limit);
                    out.resize(grown, 0);
                    continue;
                }
            }
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => Inflate::Truncated,
            _ => Inflate::Corrupt,
        };
        out.truncate(out_pos.min(limit));
        return Inflated { data: out, status };
    }
}

/// CRC-32 (IEEE), as zip uses.
fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
        *slot = c;
    }
    !data.iter().fold(!0u32, |c, &b| table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}

/// The text of an XML part: UTF-16 with a BOM, else UTF-8 (invalid bytes flagged).
fn xml_text(data: &[u8], name: &str, warnings: &mut Vec<String>) -> String {
    if data.starts_with(b"\xFF\xFE") || data.starts_with(b"\xFE\xFF") {
        let le = data[0] == 0xFF;
        let units = data[2..].chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        return char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect();
    }
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    match String::from_utf8_lossy(data) {
        Cow::Borrowed(s) => s.to_string(),
        Cow::Owned(s) => {
            warnings.push(format!("{name} holds bytes that are not UTF-8; they were replaced with \u{FFFD}"));
            s
        }
    }
}

// ------------------------------------------------------------------------------------------
// XML

/// Events of the XML reader; names are local (prefix removed).
#[derive(Debug)]
enum Ev<'a> {
    Start { name: &'a str, attrs: &'a str, empty: bool },
    End { name: &'a str },
    Text(&'a str),
    CData(&'a str),
}

/// A forgiving XML reader: no DTDs, no entity definitions (so no entity expansion attacks);
/// unterminated constructs end the document.
struct Xml<'a> {
    src: &'a str,
    pos: usize,
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

impl<'a> Xml<'a> {
    fn new(src: &'a str) -> Xml<'a> {
        Xml { src, pos: 0 }
    }

    fn next(&mut self) -> Option<Ev<'a>> {
        loop {
            let rest = self.src.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Some(Ev::Text(&rest[..len]));
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>").unwrap_or(body.len());
                self.pos += 9 + len + 3.min(body.len() - len);
                return Some(Ev::CData(&body[..len]));
            }
            let end_marker = if rest.starts_with("<!--") {
                "-->"
            } else if rest.starts_with("<?") {
                "?>"
            } else if rest.starts_with("<!") {
                // <!DOCTYPE ...> possibly with an internal subset [...]: skip it, never expand.
                let close = rest.find(']').map_or(0, |c| c);
                let gt = rest[close..].find('>').map_or(rest.len(), |g| close + g + 1);
                self.pos += gt;
                continue;
            } else {
                ""
            };
            if !end_marker.is_empty() {
                let len = rest[2..].find(end_marker).map_or(rest.len(), |e| 2 + e + end_marker.len());
                self.pos += len;
                continue;
            }
            // A tag: find its `>` outside quotes.
            let bytes = rest.as_bytes();
            let mut i = 1;
            let mut quote = 0u8;
            while i < bytes.len() {
                match bytes[i] {
                    b'"' | b'\'' if quote == 0 => quote = bytes[i],
                    q if q == quote => quote = 0,
                    b'>' if quote == 0 => break,
                    _ => {}
                }
                i += 1;
            }
            if i >= bytes.len() {
                self.pos = self.src.len();
                return None;
            }
            self.pos += i + 1;
            let inner = &rest[1..i];
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Ev::End { name: local(name.trim()) });
            }
            let empty = inner.ends_with('/');
            let inner = inner.strip_suffix('/').unwrap_or(inner);
            let name_end = inner.find(|c: char| c.is_ascii_whitespace()).unwrap_or(inner.len());
            return Some(Ev::Start { name: local(&inner[..name_end]), attrs: &inner[name_end..], empty });
        }
    }
}

/// The value of the attribute with local name `want`.
fn attr<'a>(attrs: &'a str, want: &str) -> Option<Cow<'a, str>> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next()?;
        if quote != '"' && quote != '\'' {
            return None;
        }
        let close = after[1..].find(quote)?;
        let value = &after[1..1 + close];
        if local(name) == want {
            return Some(decode_entities(value));
        }
        rest = &after[1 + close + 1..];
    }
}

// ------------------------------------------------------------------------------------------
// Styles and numbering

#[derive(Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
}

#[derive(Default)]
struct Styles {
    by_id: Map<Style>,
}

impl Styles {
    fn parse(xml: &str) -> Styles {
        let mut styles = Styles::default();
        let mut current: Option<(String, Style)> = None;
        let mut x = Xml::new(xml);
        while let Some(ev) = x.next() {
            match ev {
                Ev::Start { name: "style", attrs, empty } => {
                    if let Some((id, s)) = current.take() {
                        styles.by_id.insert(id, s);
                    }
                    if !empty && attr(attrs, "type").is_none_or(|t| t == "paragraph") {
                        if let Some(id) = attr(attrs, "styleId") {
                            current = Some((id.into_owned(), Style::default()));
                        }
                    }
                }
                Ev::End { name: "style" } => {
                    if let Some((id, s)) = current.take() {
                        styles.by_id.insert(id, s);
                    }
                }
                Ev::Start { name, attrs, .. } => {
                    let Some((_, s)) = current.as_mut() else { continue };
                    let val = || attr(attrs, "val").map(Cow::into_owned);
                    match name {
                        "name" => s.name = val().unwrap_or_default(),
                        "basedOn" => s.based_on = val(),
                        "numId" => s.num_id = val(),
                        "ilvl" => s.ilvl = val().and_then(|v| v.trim().parse().ok()),
                        "outlineLvl" => s.outline = val().and_then(|v| v.trim().parse().ok()),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        // Looked up for every paragraph: sorted once, searched by bisection.
        styles.by_id.0.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        styles
    }

    fn get(&self, id: &str) -> Option<&Style> {
        let items = &self.by_id.0;
        items.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok().map(|i| &items[i].1)
    }

    /// Walks `basedOn` from `id` and returns the first value `get` finds.
    fn resolve<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = id.to_string();
        for _ in 0..32 {
            let style = self.get(&id)?;
            if let Some(v) = get(style) {
                return Some(v);
            }
            id = style.based_on.clone()?;
        }
        None
    }

    /// The heading level of a paragraph style: outline level, or `heading N` / `标题 N`.
    fn heading_level(&self, id: &str) -> Option<u8> {
        if let Some(o) = self.resolve(id, |s| s.outline) {
            return (o < 9).then_some(o + 1);
        }
        let name = self.get(id).map_or(id, |s| s.name.as_str()).to_ascii_lowercase();
        let n = name.strip_prefix("heading").or_else(|| name.strip_prefix("标题"))?.trim();
        n.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
    }
}

#[derive(Clone, Default)]
struct Level {
    start: u32,
    fmt: String,
    text: String,
    suffix: String,
    legal: bool,
    /// `lvlRestart`: 0 never restarts; n restarts after level n-1 (1-based).
    restart: Option<u8>,
}

#[derive(Default)]
struct Numbering {
    /// abstractNumId → its nine levels.
    abstracts: Map<Vec<Option<Level>>>,
    /// abstractNumId → the name of the numbering style it links to (`numStyleLink`) or
    /// defines (`styleLink`).
    style_link: Map<String>,
    num_style_link: Map<String>,
    /// numId → (abstractNumId, overrides: level → (start override, replacement level)).
    nums: Map<Num>,
    /// Counters per abstract list, per level (`None`: not used since the last restart).
    counters: Map<[Option<u32>; 9]>,
    /// numId → whether its start overrides were applied.
    started: Map<bool>,
}

/// A `w:num`: its abstract list and per-level overrides (start value, replacement level).
#[derive(Default)]
struct Num {
    abstract_id: String,
    overrides: [(Option<u32>, Option<Level>); 9],
}

impl Numbering {
    fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut x = Xml::new(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut override_lvl: Option<u8> = None;
        let mut level: Option<(u8, Level)> = None;
        while let Some(ev) = x.next() {
            match ev {
                Ev::Start { name, attrs, empty } => {
                    let val = || attr(attrs, "val").map(Cow::into_owned);
                    match name {
                        "abstractNum" if !empty => {
                            abstract_id = attr(attrs, "abstractNumId").map(Cow::into_owned)
                        }
                        "num" if !empty => {
                            num_id = attr(attrs, "numId").map(Cow::into_owned);
                            if let Some(id) = &num_id {
                                n.nums.entry_or(id, Num::default);
                            }
                        }
                        "abstractNumId" => {
                            if let (Some(id), Some(v)) = (&num_id, val()) {
                                n.nums.entry_or(id, Num::default).abstract_id = v;
                            }
                        }
                        "lvlOverride" if !empty => {
                            override_lvl = attr(attrs, "ilvl")
                                .and_then(|v| v.trim().parse::<u8>().ok())
                                .map(|l| l.min(8))
                        }
                        "startOverride" => {
                            if let (Some(id), Some(l)) = (&num_id, override_lvl) {
                                let start = val().and_then(|v| v.trim().parse().ok());
                                n.nums.entry_or(id, Num::default).overrides[usize::from(l)].0 = start;
                            }
                        }
                        "lvl" if !empty => {
                            let ilvl = attr(attrs, "ilvl").and_then(|v| v.trim().parse().ok()).unwrap_or(0u8);
                            level = Some((
                                ilvl.min(8),
                                Level {
                                    start: 1,
                                    fmt: "decimal".into(),
                                    suffix: "tab".into(),
                                    ..Level::default()
                                },
                            ));
                        }
                        "styleLink" | "numStyleLink" => {
                            if let (Some(id), Some(v)) = (&abstract_id, val()) {
                                let map = if name == "styleLink" {
                                    &mut n.style_link
                                } else {
                                    &mut n.num_style_link
                                };
                                map.insert(id.clone(), v);
                            }
                        }
                        _ => {
                            if let Some((_, l)) = level.as_mut() {
                                match name {
                                    "start" => {
                                        l.start = val().and_then(|v| v.trim().parse().ok()).unwrap_or(1)
                                    }
                                    "numFmt" => l.fmt = val().unwrap_or_default(),
                                    "lvlText" => l.text = val().unwrap_or_default(),
                                    "suff" => l.suffix = val().unwrap_or_default(),
                                    "isLgl" => l.legal = val().is_none_or(|v| v != "0" && v != "false"),
                                    "lvlRestart" => l.restart = val().and_then(|v| v.trim().parse().ok()),
                                    _ => {}
                                }
                            }
                        }
                    }
                }
                Ev::End { name } => match name {
                    "lvl" => {
                        if let Some((ilvl, l)) = level.take() {
                            if let (Some(id), Some(ovr)) = (&num_id, override_lvl) {
                                n.nums.entry_or(id, Num::default).overrides[usize::from(ovr)].1 = Some(l);
                            } else if let Some(id) = &abstract_id {
                                let levels = n.abstracts.entry_or(id, || vec![None; 9]);
                                levels[usize::from(ilvl)] = Some(l);
                            }
                        }
                    }
                    "lvlOverride" => override_lvl = None,
                    "abstractNum" => abstract_id = None,
                    "num" => num_id = None,
                    _ => {}
                },
                _ => {}
            }
        }
        n
    }

    /// The abstract list behind `num_id`, following a `numStyleLink` to the list that
    /// defines the style.
    fn abstract_of(&self, num_id: &str) -> Option<String> {
        let abs = &self.nums.get(num_id)?.abstract_id;
        if let Some(link) = self.num_style_link.get(abs) {
            if let Some((target, _)) = self.style_link.0.iter().find(|(_, name)| name == link) {
                return Some(target.clone());
            }
        }
        Some(abs.clone())
    }

    fn level(&self, num_id: &str, abs: &str, ilvl: u8) -> Option<Level> {
        if let Some(l) = self
            .nums
            .get(num_id)
            .and_then(|n| n.overrides.get(usize::from(ilvl)))
            .and_then(|(_, l)| l.clone())
        {
            return Some(l);
        }
        self.abstracts.get(abs)?.get(usize::from(ilvl))?.clone()
    }

    /// Advances the counter of (`num_id`, `ilvl`) and renders the label, e.g. `（一）`.
    fn label(&mut self, num_id: &str, ilvl: u8) -> Option<String> {
        if num_id == "0" {
            return None;
        }
        let ilvl = ilvl.min(8);
        let abs = self.abstract_of(num_id)?;
        let levels: Vec<Option<Level>> = (0..9).map(|l| self.level(num_id, &abs, l)).collect();
        let this = levels[usize::from(ilvl)].clone()?;
        let first_use = self.started.get(num_id).is_none();
        if first_use {
            self.started.insert(num_id.to_string(), true);
        }
        let starts: Vec<Option<u32>> = match (first_use, self.nums.get(num_id)) {
            (true, Some(num)) => num.overrides.iter().map(|(s, _)| *s).collect(),
            _ => Vec::new(),
        };
        let counters = self.counters.entry_or(&abs, || [None; 9]);
        for (c, start) in counters.iter_mut().zip(starts) {
            if let Some(s) = start {
                *c = Some(s.saturating_sub(1));
            }
        }
        let i = usize::from(ilvl);
        counters[i] = Some(counters[i].map_or(this.start, |c| c.saturating_add(1)));
        for (deeper, c) in counters.iter_mut().enumerate().skip(i + 1) {
            let restart = levels[deeper].as_ref().and_then(|l| l.restart);
            if restart != Some(0) {
                *c = None;
            }
        }
        let counters = *counters;
        let mut label = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d)) {
                    chars.next();
                    let l = d as usize - 1;
                    let lvl = levels[l].clone().unwrap_or_default();
                    let value = counters[l].unwrap_or(lvl.start.max(1));
                    let fmt = if this.legal && l < i { "decimal" } else { lvl.fmt.as_str() };
                    label.push_str(&format_number(value, fmt));
                    continue;
                }
            }
            label.push(c);
        }
        if this.fmt == "bullet" || this.fmt == "none" && label.trim().is_empty() {
            return None;
        }
        match this.suffix.as_str() {
            "nothing" => {}
            "space" => label.push(' '),
            _ => {
                if label.chars().last().is_some_and(|c| c.is_ascii()) {
                    label.push(' ');
                }
            }
        }
        (!label.trim().is_empty()).then_some(label)
    }
}

/// `n` in Word's number format `fmt`.
fn format_number(n: u32, fmt: &str) -> String {
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    const PAREN: &str = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    const FULLSTOP: &str = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
    const GAN: &str = "甲乙丙丁戊己庚辛壬癸";
    const ZHI: &str = "子丑寅卯辰巳午未申酉戌亥";
    let nth = |set: &str| set.chars().nth((n as usize).wrapping_sub(1)).map(String::from);
    let res = match fmt {
        "none" | "bullet" => Some(String::new()),
        "decimalZero" => Some(format!("{n:02}")),
        "upperRoman" => Some(roman(n)),
        "lowerRoman" => Some(roman(n).to_ascii_lowercase()),
        "upperLetter" => Some(letters(n)),
        "lowerLetter" => Some(letters(n).to_ascii_lowercase()),
        "chineseCounting" => Some(chinese_counting(n)),
        "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographDigital"
        | "japaneseDigitalTenThousand" => Some(chinese_thousand(n, false)),
        "chineseLegalSimplified" | "japaneseLegal" | "ideographLegalTraditional" => {
            Some(chinese_thousand(n, true))
        }
        "ideographTraditional" => nth(GAN),
        "ideographZodiac" => nth(ZHI),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" | "ideographEnclosedCircle" => nth(CIRCLED),
        "decimalEnclosedParen" => nth(PAREN),
        "decimalEnclosedFullstop" => nth(FULLSTOP),
        "decimalFullWidth" | "decimalFullWidth2" => Some(
            n.to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
                .collect(),
        ),
        _ => None,
    };
    res.unwrap_or_else(|| n.to_string())
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Word's letters: A..Z, then AA..ZZ, AAA...
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(10) as usize;
    std::iter::repeat_n(letter, times).collect()
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Word's `chineseCounting`: 一 … 十, 十一, 二十, 九十九; larger numbers digit by digit.
fn chinese_counting(n: u32) -> String {
    match n {
        0 => "〇".into(),
        1..=9 => DIGITS[n as usize].to_string(),
        10..=19 => {
            format!("十{}", if n > 10 { DIGITS[(n % 10) as usize].to_string() } else { String::new() })
        }
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if n % 10 > 0 { DIGITS[(n % 10) as usize].to_string() } else { String::new() }
        ),
        _ => n.to_string().chars().map(|c| DIGITS[c.to_digit(10).unwrap_or(0) as usize]).collect(),
    }
}

/// `chineseCountingThousand` (一百零一) or, `legal`, the financial digits (壹佰零壹).
fn chinese_thousand(n: u32, legal: bool) -> String {
    let (digits, units): ([char; 10], [&str; 4]) = if legal {
        (['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'], ["", "拾", "佰", "仟"])
    } else {
        (['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'], ["", "十", "百", "千"])
    };
    if n == 0 {
        return digits[0].to_string();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let d = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut s = String::new();
    let mut zero = false;
    for (i, &v) in d.iter().enumerate() {
        if v == 0 {
            zero = !s.is_empty();
            continue;
        }
        if zero {
            s.push(digits[0]);
            zero = false;
        }
        // 十一, not 一十一, for 10..19.
        if !(i == 2 && v == 1 && s.is_empty() && !legal) {
            s.push(digits[v as usize]);
        }
        s.push_str(units[3 - i]);
    }
    s
}

// ------------------------------------------------------------------------------------------
// Document

#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
}

#[derive(Default)]
struct Table {
    /// Paragraphs of the open cell, if any.
    cell: Option<Vec<String>>,
}

struct Render<'s> {
    out: String,
    headings: Vec<Heading>,
    styles: &'s Styles,
    numbering: Numbering,
    paras: Vec<Para>,
    tables: Vec<Table>,
}

impl Render<'_> {
    /// A finished paragraph line goes to the open cell, or to the output.
    fn emit(&mut self, line: String, heading: Option<u8>) {
        if let Some(table) = self.tables.last_mut() {
            if let Some(cell) = table.cell.as_mut() {
                cell.push(line);
                return;
            }
            // Text between rows (should not happen): a line of its own.
        }
        // A paragraph that starts with a tab would read as a table cell.
        let line = line.trim_start_matches('\t');
        // Runs of empty paragraphs (Word's spacing) give at most one blank line.
        if line.trim().is_empty() && (self.out.is_empty() || self.out.ends_with("\n\n")) {
            return;
        }
        let start = self.out.len();
        self.out.push_str(line);
        if let Some(level) = heading {
            let end = start + line.trim_end().len();
            if end > start {
                self.headings.push(Heading { level, start, end });
            }
        }
        self.out.push('\n');
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            self.out.push('\n');
        }
    }

    fn end_paragraph(&mut self) {
        let Some(p) = self.paras.pop() else { return };
        let style_num = p.style.as_deref().and_then(|s| self.styles.resolve(s, |st| st.num_id.clone()));
        let style_ilvl = p.style.as_deref().and_then(|s| self.styles.resolve(s, |st| st.ilvl));
        let num_id = p.num_id.clone().or(style_num);
        let label = num_id.and_then(|id| self.numbering.label(&id, p.ilvl.or(style_ilvl).unwrap_or(0)));
        let heading = match p.outline {
            Some(o) => (o < 9).then_some(o + 1),
            None => p.style.as_deref().and_then(|s| self.styles.heading_level(s)),
        };
        // Lines of the paragraph (w:br splits it); the label goes before the first.
        let text = match label {
            Some(l) => l + &p.text,
            None => p.text,
        };
        for (i, line) in text.split('\n').enumerate() {
            self.emit(line.to_string(), if i == 0 { heading } else { None });
        }
    }

    fn push_text(&mut self, s: &str) {
        if self.paras.is_empty() {
            self.paras.push(Para::default());
        }
        if let Some(p) = self.paras.last_mut() {
            p.text.push_str(s);
        }
    }
}

fn render(xml: &str, styles: &Styles, numbering: Numbering) -> Extracted {
    let mut r = Render {
        out: String::with_capacity(xml.len() / 4),
        headings: Vec::new(),
        styles,
        numbering,
        paras: Vec::new(),
        tables: Vec::new(),
    };
    let mut x = Xml::new(xml);
    // Depth inside subtrees whose text is not shown (mc:Fallback, w:moveFrom, w:pPrChange...).
    let mut skip = 0usize;
    let mut skip_name = "";
    let mut in_t = false;
    let mut in_ppr = 0usize;
    let mut in_run = 0usize;
    let mut warnings = Vec::new();
    while let Some(ev) = x.next() {
        if skip > 0 {
            match ev {
                Ev::Start { name, empty: false, .. } if name == skip_name => skip += 1,
                Ev::End { name } if name == skip_name => skip -= 1,
                _ => {}
            }
            continue;
        }
        match ev {
            Ev::Start { name, attrs, empty } => match name {
                "Fallback" | "moveFrom" | "pPrChange" | "rPrChange" | "del" | "sectPrChange"
                | "tblPrChange" | "trPrChange" | "tcPrChange" | "numberingChange"
                    if !empty =>
                {
                    skip = 1;
                    skip_name = name;
                }
                "p" if !empty => r.paras.push(Para::default()),
                "p" => {
                    r.paras.push(Para::default());
                    r.end_paragraph();
                }
                "pPr" if !empty => in_ppr += 1,
                "r" if !empty => in_run += 1,
                "t" if !empty && in_ppr == 0 => in_t = true,
                "tbl" if !empty => {
                    if r.tables.is_empty() {
                        r.blank_line();
                    }
                    r.tables.push(Table::default());
                }
                "tc" if !empty => {
                    if let Some(t) = r.tables.last_mut() {
                        t.cell = Some(Vec::new());
                    }
                }
                "tc" if r.tables.len() == 1 => r.out.push_str("\t\n"),
                "tab" if in_run > 0 && in_ppr == 0 => {
                    let at_start = r.paras.last().is_none_or(|p| p.text.is_empty());
                    if !at_start {
                        r.push_text(" ");
                    }
                }
                "br" | "cr" if in_run > 0 => r.push_text("\n"),
                "noBreakHyphen" if in_run > 0 => r.push_text("-"),
                "sym" if in_run > 0 => {
                    let c = attr(attrs, "char").and_then(|h| u32::from_str_radix(h.trim(), 16).ok());
                    // Symbol-font characters (F000–F0FF) have no Unicode meaning; skip them.
                    if let Some(c) = c.filter(|c| !(0xF000..=0xF0FF).contains(c)).and_then(char::from_u32) {
                        r.push_text(c.encode_utf8(&mut [0; 4]));
                    }
                }
                _ if in_ppr > 0 => {
                    let Some(p) = r.paras.last_mut() else { continue };
                    let val = || attr(attrs, "val").map(Cow::into_owned);
                    match name {
                        "pStyle" => p.style = val(),
                        "numId" => p.num_id = val(),
                        "ilvl" => p.ilvl = val().and_then(|v| v.trim().parse().ok()),
                        "outlineLvl" => p.outline = val().and_then(|v| v.trim().parse().ok()),
                        _ => {}
                    }
                }
                _ => {}
            },
            Ev::End { name } => match name {
                "p" => r.end_paragraph(),
                "pPr" => in_ppr = in_ppr.saturating_sub(1),
                "r" => in_run = in_run.saturating_sub(1),
                "t" => in_t = false,
                "tc" => {
                    // Close paragraphs left open inside the cell.
                    let depth = r.tables.len();
                    if let Some(cell) = r.tables.last_mut().and_then(|t| t.cell.take()) {
                        if depth == 1 {
                            r.out.push('\t');
                            r.out.push_str(&cell.join("\n"));
                            r.out.push('\n');
                        } else if let Some(outer) =
                            r.tables.iter_mut().rev().nth(1).and_then(|t| t.cell.as_mut())
                        {
                            outer.extend(cell);
                        } else {
                            for line in cell {
                                r.out.push_str(&line);
                                r.out.push('\n');
                            }
                        }
                    }
                }
                "tr" if r.tables.len() == 1 => r.blank_line(),
                "tbl" => {
                    r.tables.pop();
                    if r.tables.is_empty() {
                        r.blank_line();
                    }
                }
                _ => {}
            },
            Ev::Text(t) if in_t => r.push_text(&decode_entities(t)),
            Ev::CData(t) if in_t => r.push_text(t),
            _ => {}
        }
    }
    while !r.paras.is_empty() {
        r.end_paragraph();
    }
    if x.pos < xml.len() || (in_t && !xml.trim_end().ends_with('>')) {
        warnings.push("the document's XML ends early; the text stops there".into());
    }
    let end = r.out.trim_end().len();
    r.out.truncate(end);
    Extracted { text: r.out, headings: r.headings, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
        )
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn paragraphs_entities_breaks_and_deletions() {
        let body = p("一、总体情况")
            + "<w:p><w:r><w:t>增长</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>5.2%</w:t></w:r></w:ins>\
               <w:r><w:br/><w:t>&lt;下一行&gt;&amp;</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr><w:r><w:tab/><w:t>缩进</w:t><w:tab/><w:t>后</w:t></w:r></w:p>";
        let e = extract_xml(&doc(&body));
        assert_eq!(e.text, "一、总体情况\n增长5.2%\n<下一行>&\n缩进 后");
    }

    #[test]
    fn tables_are_flattened_like_the_plain_text_reports() {
        let body = p("（共2项）")
            + "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc></w:tr>\
               <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>增长6%</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc></w:tr>\
               <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + &p("注：");
        assert_eq!(
            extract_xml(&doc(&body)).text,
            "（共2项）\n\n\t序号\n\t任务\n\n\t1\n\t增长6%\n第二段\n\n\t\n\tx\n\n注："
        );
    }

    #[test]
    fn text_boxes_are_read_once() {
        let body = "<w:p><w:r><mc:AlternateContent xmlns:mc=\"m\"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            .to_string()
            + &p("框内")
            + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
            + &p("框内")
            + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>";
        assert_eq!(extract_xml(&doc(&body)).text, "框内\n正文");
    }

    #[test]
    fn numbering_and_heading_styles() {
        let styles = r#"<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>"#;
        let numbering = r#"<w:numbering><w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let para = |style: &str, text: &str| {
            format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
        };
        let list = |lvl: u8, text: &str| {
            format!("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
        };
        let body = para("1", "回顾")
            + &para("2", "经济")
            + &list(2, "产值")
            + &list(2, "投资")
            + &para("2", "民生")
            + &list(2, "就业")
            + &para("1", "计划");
        let xml = doc(&body);
        let e = render(&xml, &Styles::parse(styles), Numbering::parse(numbering));
        assert_eq!(e.text, "一、回顾\n（一）经济\n1. 产值\n2. 投资\n（二）民生\n1. 就业\n二、计划");
        let levels: Vec<(u8, &str)> = e.headings.iter().map(|h| (h.level, &e.text[h.start..h.end])).collect();
        assert_eq!(levels, [(1, "一、回顾"), (2, "（一）经济"), (2, "（二）民生"), (1, "二、计划")]);
    }

    #[test]
    fn number_formats() {
        assert_eq!(chinese_counting(11), "十一");
        assert_eq!(chinese_counting(20), "二十");
        assert_eq!(chinese_counting(35), "三十五");
        assert_eq!(chinese_counting(105), "一〇五");
        assert_eq!(chinese_thousand(105, false), "一百零五");
        assert_eq!(chinese_thousand(12, false), "十二");
        assert_eq!(chinese_thousand(1010, false), "一千零一十");
        assert_eq!(chinese_thousand(12, true), "壹拾贰");
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(21, "decimalEnclosedCircle"), "21");
        assert_eq!(format_number(2, "ideographTraditional"), "乙");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(7, "decimalFullWidth"), "７");
        assert_eq!(format_number(0, "upperLetter"), "0");
    }

    #[test]
    fn crc() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn xml_reader_is_forgiving() {
        for s in [
            "<w:p",
            "<w:t>abc",
            "<![CDATA[x",
            "<!DOCTYPE x [<!ENTITY a 'b'>]><w:t>&a;</w:t>",
            "<w:p a='>'>",
            "</",
            "<?",
            "<!--",
        ] {
            let _ = extract_xml(s);
        }
        assert_eq!(extract_xml("<w:p><w:r><w:t>半截").text, "半截");
    }
}
