//! Removing secrets from a URL before it is written in the journal.
//!
//! What goes: the user name and password before the host; the value of every query or fragment
//! parameter whose name says it is a secret or an identifier of the person (token, code, session,
//! key, mail, nonce…); any value or path segment that holds an e-mail address or looks like an
//! opaque token (16 characters or more mixing letters and digits). What stays: the scheme, the
//! host, the path and the names of the parameters, so that the page can still be recognised.
//! Removed values are replaced by `REDACTED`.

/// The word that replaces a removed value.
pub const REDACTED: &str = "REDACTED";

/// Parameter names (lowercase, compared as substrings) whose values are always removed.
const SECRET_NAMES: &[&str] = &[
    "token",
    "code",
    "state",
    "session",
    "sess",
    "sid",
    "auth",
    "key",
    "pass",
    "pwd",
    "secret",
    "ticket",
    "nonce",
    "sig",
    "jwt",
    "saml",
    "otp",
    "mail",
    "login",
    "user",
    "nir",
    "numero",
    "identifiant",
    "phone",
    "tel",
    "nom",
    "name",
    "birth",
    "naissance",
    "iban",
    "hash",
    "csrf",
    "xsrf",
    "cookie",
    "assertion",
    "verifier",
    "challenge",
];

/// `raw` with its secrets removed. Never fails: text that is not a URL is treated as a path.
pub fn redact_url(raw: &str) -> String {
    let raw = raw.trim();
    let (before_fragment, fragment) = match raw.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (raw, None),
    };
    let (before_query, query) = match before_fragment.split_once('?') {
        Some((a, q)) => (a, Some(q)),
        None => (before_fragment, None),
    };
    let mut out = String::with_capacity(raw.len());
    // scheme://[userinfo@]host[:port]/path
    let rest = match before_query.split_once("://") {
        Some((scheme, rest)) => {
            out.push_str(scheme);
            out.push_str("://");
            let (authority, path) = match rest.find('/') {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            out.push_str(host);
            path
        }
        None => before_query,
    };
    out.push_str(&redact_path(rest));
    if let Some(q) = query {
        out.push('?');
        out.push_str(&redact_params(q));
    }
    if let Some(f) = fragment {
        out.push('#');
        // A fragment is either parameters (`#access_token=…`) or a client-side route (`#/rdv/2`).
        match f.split_once('?') {
            Some((route, q)) => {
                out.push_str(&redact_path(route));
                out.push('?');
                out.push_str(&redact_params(q));
            }
            None if f.contains('=') => out.push_str(&redact_params(f)),
            None => out.push_str(&redact_path(f)),
        }
    }
    out
}

fn redact_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            // `;jsessionid=…` and other matrix parameters.
            let (seg, matrix) = match segment.split_once(';') {
                Some((s, m)) => (s, Some(m)),
                None => (segment, None),
            };
            let mut s = if looks_secret(seg) {
                REDACTED.to_string()
            } else {
                seg.to_string()
            };
            if let Some(m) = matrix {
                s.push(';');
                s.push_str(&redact_params_sep(m, ';'));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn redact_params(q: &str) -> String {
    redact_params_sep(q, '&')
}

fn redact_params_sep(q: &str, sep: char) -> String {
    q.split(sep)
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => {
                let lname = name.to_ascii_lowercase();
                if value.is_empty() {
                    pair.to_string()
                } else if SECRET_NAMES.iter().any(|s| lname.contains(s)) || looks_secret(value) {
                    format!("{name}={REDACTED}")
                } else {
                    pair.to_string()
                }
            }
            None if looks_secret(pair) => REDACTED.to_string(),
            None => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join(&sep.to_string())
}

/// An e-mail address (plain or percent-encoded `@`), or an opaque token: 16 characters or more
/// of letters, digits and `-_.~%+=`, with at least one letter and one digit, or 32 or more hex.
fn looks_secret(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if lower.contains('@') || lower.contains("%40") {
        return true;
    }
    let token_chars = value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~%+=".contains(&b));
    let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    token_chars && value.len() >= 16 && letters > 0 && digits > 0 && !looks_like_words(value)
}

/// `demande-de-titre-de-sejour-2024`: words joined by dashes are a slug, not a token.
fn looks_like_words(value: &str) -> bool {
    let parts: Vec<&str> = value.split(['-', '_', '.']).collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| p.len() <= 12 && (p.bytes().all(|b| b.is_ascii_alphabetic()) || p.len() <= 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_secrets() {
        let cases = [
            (
                "https://jean:pw@example.gouv.fr/a?token=abc&page=2#x",
                "https://example.gouv.fr/a?token=REDACTED&page=2#x",
            ),
            (
                "https://www.seine-saint-denis.gouv.fr/booking/create/12345/1?email=a.b%40mail.fr",
                "https://www.seine-saint-denis.gouv.fr/booking/create/12345/1?email=REDACTED",
            ),
            (
                "https://x.fr/reset/8f3a9c2e7b1d4f6a9c2e/confirm;jsessionid=ABC123",
                "https://x.fr/reset/REDACTED/confirm;jsessionid=REDACTED",
            ),
            (
                "https://x.fr/u/jean.dupont@mail.fr/",
                "https://x.fr/u/REDACTED/",
            ),
            (
                "https://x.fr/cb#access_token=eyJhbGciOi&x=1",
                "https://x.fr/cb#access_token=REDACTED&x=1",
            ),
            (
                "https://www.demarches-simplifiees.fr/commencer/demande-de-titre-de-sejour-2024",
                "https://www.demarches-simplifiees.fr/commencer/demande-de-titre-de-sejour-2024",
            ),
            (
                "https://a.fr/#/rdv/etape-2?ref=Zx81hQ93kLm02pQr77",
                "https://a.fr/#/rdv/etape-2?ref=REDACTED",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(redact_url(input), want, "{input}");
        }
    }
}
