//! E-mail and URLs.

use super::*;

pub(super) fn scan_emails(text: &str, out: &mut Vec<PiiSpan>) {
    let b = text.as_bytes();
    let markers: &[&str] = &[
        "@",
        "＠",
        " (at) ",
        " [at] ",
        "(at)",
        "[at]",
        "(arobase)",
        "[arobase]",
    ];
    let mut i = 0;
    while i < b.len() {
        let candidate = match b[i] {
            b'@' | 0xEF => true,
            b' ' => matches!(b.get(i + 1), Some(b'(' | b'[')),
            b'(' | b'[' => matches!(b.get(i + 1), Some(b'a')),
            _ => false,
        };
        if !candidate || !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let Some(m) = markers.iter().find(|m| text[i..].starts_with(**m)) else {
            i += 1;
            continue;
        };
        // Local part, backwards.
        let local_ok = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
        let mut s = i;
        while let Some(c) = prev_char(text, s) {
            if !local_ok(c) {
                break;
            }
            s -= c.len_utf8();
        }
        while s < i && matches!(b[s], b'.' | b'\'' | b'-') {
            s += 1;
        }
        // Domain, forwards.
        let d0 = i + m.len();
        let mut e = d0;
        while let Some(c) = next_char(text, e) {
            if !(c.is_alphanumeric() || c == '-' || c == '.') {
                break;
            }
            e += c.len_utf8();
        }
        while e > d0 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &text[d0..e];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
        });
        if s < i && tld_ok {
            out.push(PiiSpan {
                start: s,
                end: e,
                kind: PiiKind::Email,
            });
            i = e;
        } else {
            i += m.len();
        }
    }
}

pub(super) const BARE_TLDS: &[&str] = &[
    ".fr", ".com", ".org", ".net", ".eu", ".gouv", ".io", ".info", ".be", ".ch",
];

/// Finds URLs, pushes their personal parts and returns their byte ranges.
pub(super) fn scan_urls(text: &str, out: &mut Vec<PiiSpan>) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word = !prev_char(text, i)
            .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == '-');
        if !at_word || !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // The token's end: a space (also no-break and thin spaces), a quote or angle bracket.
        // Placeholders inside a URL belong to it (`http://[IP]:8080/portail`).
        let mut e = i;
        let mut slash = false;
        while e < b.len() {
            let stop = match b[e] {
                b' ' | b'\t' | b'\n' | b'\r' | b'<' | b'>' | b'"' | b'`' => true,
                0xC2 => matches!(b.get(e + 1), Some(0xA0 | 0xAB | 0xBB)),
                0xE2 => {
                    b.get(e + 1) == Some(&0x80)
                        && matches!(b.get(e + 2), Some(0x89 | 0xAF | 0xA8 | 0xA9))
                }
                _ => false,
            };
            if stop {
                break;
            }
            slash |= matches!(b[e], b'/' | b'?' | b'#');
            e += 1;
        }
        let www = b.len() >= i + 4 && b[i..i + 4].eq_ignore_ascii_case(b"www.");
        if !slash && !www {
            i = e.max(i + 1);
            continue;
        }
        while let Some(c) = prev_char(text, e) {
            if e > i
                && matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '’'
                )
            {
                e -= c.len_utf8();
            } else {
                break;
            }
        }
        let tok = &text[i..e];
        let maybe_url = tok.len() > 4
            && (tok.contains("://")
                || tok.as_bytes()[..4].eq_ignore_ascii_case(b"www.")
                || (tok.contains('.') && tok.contains(['/', '?', '#'])));
        if !maybe_url {
            i = e.max(i + 1);
            continue;
        }
        let lower = tok.to_ascii_lowercase();
        let rest = if let Some(p) = lower.find("://").filter(|&p| {
            p > 0
                && lower[..p]
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'+')
        }) {
            Some(p + 3)
        } else if lower.starts_with("www.") {
            Some(0)
        } else {
            let host_end = lower.find(['/', '?', '#']).unwrap_or(lower.len());
            let host = &lower[..host_end];
            (host_end < lower.len()
                && host.contains('.')
                && BARE_TLDS.iter().any(|t| host.ends_with(t))
                && host
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-'))
            .then_some(0)
        };
        if let Some(r) = rest {
            url_parts(text, i + r, e, r > 0, out);
            ranges.push((i, e));
            i = e;
        } else {
            // A URL may start inside the token (`(https://…`, `+www.…`): resume at its scheme.
            let inner = lower.find("://").map(|p| {
                let mut s = i + p;
                while s > i && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'+') {
                    s -= 1;
                }
                s
            });
            let inner = inner.or_else(|| lower[1..].find("www.").map(|p| i + 1 + p));
            i = match inner {
                Some(s) if s > i => s,
                _ => e.max(i + 1),
            };
        }
    }
    ranges
}

/// The personal parts of a URL from its authority (`start`) to `end`: user info, IP host,
/// identifiers in the path, every query and fragment parameter value.
pub(super) fn url_parts(
    text: &str,
    start: usize,
    end: usize,
    scheme: bool,
    out: &mut Vec<PiiSpan>,
) {
    let u = &text[start..end];
    let auth_end = u.find(['/', '?', '#']).map_or(end, |p| start + p);
    let auth = &text[start..auth_end];
    // User info exists only after a scheme: `https://user:pass@host`.
    let at = auth.rfind('@').filter(|&a| scheme && a > 0);
    if let Some(at) = at {
        out.push(PiiSpan {
            start,
            end: start + at,
            kind: PiiKind::UrlParam,
        });
    }
    let host_start = at.map_or(start, |a| start + a + 1);
    let host = text[host_start..auth_end].split(':').next().unwrap_or("");
    if ipv4_at(host, 0) == Some(host.len())
        || host.trim_matches(['[', ']']).parse::<Ipv6Addr>().is_ok()
    {
        out.push(PiiSpan {
            start: host_start,
            end: host_start + host.len(),
            kind: PiiKind::Ip,
        });
    }
    let q = text[auth_end..end]
        .find(['?', '#'])
        .map_or(end, |p| auth_end + p);
    path_ids(text, auth_end, q, out);
    if q < end {
        let mut p = q;
        while p < end {
            let mark = text.as_bytes()[p];
            let seg_end = text[p + 1..end]
                .find(|c| c == '#' || (mark == b'#' && c == '?'))
                .map_or(end, |x| p + 1 + x);
            let body = &text[p + 1..seg_end];
            if mark == b'#' && (body.starts_with('/') || body.starts_with("!/")) {
                // A route in the fragment (`#/espace-personnel/demande/123456`).
                let route_end = body.find('?').map_or(seg_end, |x| p + 1 + x);
                path_ids(text, p + 1, route_end, out);
                if route_end < seg_end {
                    params(text, route_end + 1, seg_end, out);
                }
            } else if mark == b'?' || body.contains('=') {
                params(text, p + 1, seg_end, out);
            }
            p = seg_end;
        }
    }
}

pub(super) fn params(text: &str, start: usize, end: usize, out: &mut Vec<PiiSpan>) {
    let mut p = start;
    for part in text[start..end].split(['&', ';']) {
        let s = p;
        p += part.len() + 1;
        if part.is_empty() {
            continue;
        }
        match part.find('=') {
            Some(eq) if eq + 1 < part.len() => out.push(PiiSpan {
                start: s + eq + 1,
                end: s + part.len(),
                kind: PiiKind::UrlParam,
            }),
            Some(_) => {}
            None => out.push(PiiSpan {
                start: s,
                end: s + part.len(),
                kind: PiiKind::UrlParam,
            }),
        }
    }
}

/// Path segments that identify someone or something: numbers of 5 digits or more, mixes of
/// letters and digits (`AEF2024000123`, UUIDs, hashes), long tokens, anything with an `@`.
pub(super) fn path_ids(text: &str, start: usize, end: usize, out: &mut Vec<PiiSpan>) {
    let mut p = start;
    for seg in text[start..end].split('/') {
        let s = p;
        p += seg.len() + 1;
        let digits = seg.bytes().filter(u8::is_ascii_digit).count();
        let letters = seg.bytes().filter(u8::is_ascii_alphabetic).count();
        let hexish = seg.len() >= 12
            && seg.bytes().all(|c| c.is_ascii_hexdigit() || c == b'-')
            && digits >= 3;
        let is_id = digits >= 5
            || (digits >= 3 && letters >= 2 && seg.len() >= 8 && !seg.contains('.'))
            || hexish
            || (seg.len() >= 24 && !seg.contains('-'))
            || seg.contains('@')
            || seg.contains('%') && digits >= 3;
        if is_id && !seg.is_empty() {
            out.push(PiiSpan {
                start: s,
                end: s + seg.len(),
                kind: PiiKind::Token,
            });
        }
    }
}
