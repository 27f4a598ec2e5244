//! Reading sources line by line with a bound, and the issues found in them.

use std::fmt;
use std::hash::Hash;
use std::io::{self, BufRead};

// ---------------------------------------------------------------------------------------------
// Reading lines with a bound
// ---------------------------------------------------------------------------------------------

/// One line of a source, read with a length bound.
pub(crate) enum Line<'a> {
    /// The line's bytes (without `\n` or `\r\n`); `last` when the file ended without a newline.
    /// They borrow the reader's buffer, which is reused from line to line.
    Text { bytes: &'a [u8], last: bool },
    /// A line longer than the bound: its length, never held whole.
    TooLong(u64),
}

pub(crate) struct Lines<R> {
    inner: R,
    max: usize,
    buf: Vec<u8>,
    /// Bytes of the reader's buffer lent out by the last line, consumed at the next call.
    lent: usize,
}

/// The position of the first `\n`, eight bytes at a time.
fn find_newline(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while i + 8 <= s.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        let x = u64::from_le_bytes(w) ^ (ONES * u64::from(b'\n'));
        if x.wrapping_sub(ONES) & !x & HIGH != 0 {
            break;
        }
        i += 8;
    }
    s[i..].iter().position(|&c| c == b'\n').map(|p| p + i)
}

impl<R: BufRead> Lines<R> {
    /// Lines of `inner`, none held beyond `max` bytes.
    pub(crate) fn new(inner: R, max: usize) -> Self {
        Lines {
            inner,
            max,
            buf: Vec::new(),
            lent: 0,
        }
    }

    pub(crate) fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        self.inner.consume(std::mem::take(&mut self.lent));
        // Most lines are whole in the reader's buffer: lend them from there, without a copy.
        let whole = loop {
            match self.inner.fill_buf() {
                Ok(a) => break find_newline(a).filter(|&p| p <= self.max),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        if let Some(p) = whole {
            // The buffer holds data, so this returns it again without reading.
            let avail = self.inner.fill_buf()?;
            self.lent = p + 1;
            let line = &avail[..p];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            return Ok(Some(Line::Text {
                bytes: line,
                last: false,
            }));
        }
        self.buf.clear();
        let mut len: u64 = 0;
        let mut too_long = false;
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                if len == 0 {
                    return Ok(None);
                }
                return Ok(Some(if too_long {
                    Line::TooLong(len)
                } else {
                    Line::Text {
                        bytes: &self.buf,
                        last: true,
                    }
                }));
            }
            let (chunk, done) = match find_newline(avail) {
                Some(p) => (&avail[..p], p + 1),
                None => (avail, avail.len()),
            };
            let newline = done > chunk.len();
            len += chunk.len() as u64;
            if !too_long {
                if self.buf.len() + chunk.len() > self.max {
                    too_long = true;
                    self.buf.clear();
                    self.buf.shrink_to(self.max.min(64 * 1024));
                } else {
                    self.buf.extend_from_slice(chunk);
                }
            }
            self.inner.consume(done);
            if newline {
                if too_long {
                    return Ok(Some(Line::TooLong(len)));
                }
                if self.buf.last() == Some(&b'\r') {
                    self.buf.pop();
                }
                return Ok(Some(Line::Text {
                    bytes: &self.buf,
                    last: false,
                }));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------

/// What was wrong with a line or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueKind {
    /// The file could not be read at all, or is not an export.
    File,
    /// A line longer than the bound.
    TooLong,
    /// A line that is not UTF-8.
    InvalidUtf8,
    /// Not JSON, or a CSV line that cannot be split.
    Malformed,
    /// Well-formed but not a valid record (missing or unknown field, wrong type or value).
    Invalid,
    /// A record of an export already read (the same export sent twice).
    Duplicate,
    /// An export id already used by another contributor.
    Conflict,
    /// The record is kept, but its message still looks like it holds personal data (it is
    /// never published anyway).
    MessageWarning,
}

impl IssueKind {
    pub const ALL: [IssueKind; 8] = [
        IssueKind::File,
        IssueKind::TooLong,
        IssueKind::InvalidUtf8,
        IssueKind::Malformed,
        IssueKind::Invalid,
        IssueKind::Duplicate,
        IssueKind::Conflict,
        IssueKind::MessageWarning,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::File => "unreadable file",
            IssueKind::TooLong => "line too long",
            IssueKind::InvalidUtf8 => "invalid UTF-8",
            IssueKind::Malformed => "malformed line",
            IssueKind::Invalid => "invalid record",
            IssueKind::Duplicate => "duplicate export",
            IssueKind::Conflict => "export id conflict",
            IssueKind::MessageWarning => "message warning",
        }
    }

    /// Whether the line's record was not counted.
    pub fn drops_record(self) -> bool {
        !matches!(self, IssueKind::MessageWarning | IssueKind::File)
    }
}

/// One problem, where it is, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    /// First line concerned (1-based); 0 for the whole file.
    pub line: u64,
    /// Last line concerned, for a run of lines (a duplicate export); equal to `line` otherwise.
    pub last_line: u64,
    pub kind: IssueKind,
    pub detail: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.last_line) {
            (0, _) => write!(f, "{}: {}: {}", self.file, self.kind.as_str(), self.detail),
            (a, b) if b > a => write!(
                f,
                "{}:{a}-{b}: {}: {}",
                self.file,
                self.kind.as_str(),
                self.detail
            ),
            (a, _) => write!(
                f,
                "{}:{a}: {}: {}",
                self.file,
                self.kind.as_str(),
                self.detail
            ),
        }
    }
}
