//! Errors as types: what went wrong with an input, and what the user can do about it.

use std::fmt;

/// Why a document could not be analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not text in any encoding reportlens reads (an image, an archive, a program).
    NotText {
        /// What the bytes look like, e.g. "a PNG image" or "binary data (38% control bytes)".
        looks_like: String,
    },
    /// The input is larger than the limit the caller set.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A container format (e.g. .docx) was recognised but could not be read.
    Malformed {
        /// The format, e.g. "docx".
        format: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotText { looks_like } => write!(
                f,
                "not a text document: this looks like {looks_like}; open the report as plain text (.txt), HTML or .docx"
            ),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "input too large: {bytes} bytes, the limit is {limit} bytes; split the file or raise the limit"
            ),
            Error::Malformed { format, reason } => write!(
                f,
                "cannot read this {format} file: {reason}; save it again or copy its text"
            ),
        }
    }
}

impl std::error::Error for Error {}
