//! RFC 3161 trusted timestamps of the head of the chain: the request to send to a time-stamping
//! authority (TSA), and a reading of its reply.
//!
//! What is timestamped is the head hash written as 64 lowercase hexadecimal characters (ASCII, no
//! newline): the request's message imprint is SHA-256 of those 64 bytes. So by hand:
//! `printf %s HEAD > head.txt; openssl ts -verify -data head.txt -in 1.tsr -CAfile 1.pem`.
//!
//! This module reads the DER of a reply far enough to check that it answers for this head and to
//! tell its time; it does NOT check the authority's signature (that needs X.509 and RSA/ECDSA,
//! which the extension does not carry). `relais journal verify` checks signatures with OpenSSL.

use super::canonical::{hex, sha256};

/// DER of the SHA-256 algorithm identifier's OID, 2.16.840.1.101.3.4.2.1.
const OID_SHA256: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
/// id-signedData, 1.2.840.113549.1.7.2.
const OID_SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
/// id-ct-TSTInfo, 1.2.840.113549.1.9.16.1.4.
const OID_TST_INFO: &[u8] = &[
    0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x01, 0x04,
];

/// The message imprint to timestamp for a head hash: SHA-256 of its 64 hex characters.
pub fn timestamp_digest(head: &str) -> [u8; 32] {
    sha256(head.as_bytes())
}

/// A DER `TimeStampReq` for `head` (SHA-256, certificate requested), to POST to a TSA with
/// `Content-Type: application/timestamp-query`. `nonce`, if given, must come back in the reply.
pub fn timestamp_query(head: &str, nonce: Option<u64>) -> Vec<u8> {
    let mut body = vec![0x02, 0x01, 0x01]; // version 1
    let mut imprint = vec![0x30, 0x0d, 0x06, 0x09];
    imprint.extend_from_slice(OID_SHA256);
    imprint.extend_from_slice(&[0x05, 0x00, 0x04, 0x20]);
    imprint.extend_from_slice(&timestamp_digest(head));
    body.extend(tlv(0x30, &imprint));
    if let Some(n) = nonce {
        let mut bytes: Vec<u8> = n
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        match bytes.first() {
            Some(b) if b & 0x80 == 0 => {}
            _ => bytes.insert(0, 0),
        }
        body.extend(tlv(0x02, &bytes));
    }
    body.extend_from_slice(&[0x01, 0x01, 0xff]); // certReq TRUE
    tlv(0x30, &body)
}

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let len: Vec<u8> = (n as u64)
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | len.len() as u8);
        out.extend(len);
    }
    out.extend_from_slice(content);
    out
}

/// What a timestamp token says, read without checking its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    /// The SHA-256 message imprint, hex.
    pub digest: String,
    /// The authority's time, RFC 3339 UTC (`2024-11-23T08:05:00Z`, fractions kept if given).
    pub gen_time: String,
    /// The authority's policy OID, dotted.
    pub policy: String,
    /// The token's serial number, hex.
    pub serial: String,
}

/// Reads a `TimeStampResp` (what `openssl ts -reply` and TSAs send back, `.tsr`) or a bare
/// `TimeStampToken`.
pub fn read_token(der: &[u8]) -> Result<TokenInfo, String> {
    let mut top = Der::new(der).sequence()?;
    let first = top.peek_tag()?;
    let mut content_info = if first == 0x30 {
        // TimeStampResp: status, then the token.
        let mut status = top.sequence()?;
        let code = status.integer()?;
        match code.as_slice() {
            [0] | [1] => {}
            other => {
                return Err(format!(
                    "the authority refused the request (status {})",
                    hex(other)
                ))
            }
        }
        top.sequence()?
    } else {
        top
    };
    if content_info.oid()? != OID_SIGNED_DATA {
        return Err("the token is not CMS signed data".to_string());
    }
    let mut signed = content_info.explicit(0xa0)?.sequence()?;
    signed.integer()?; // version
    signed.next(0x31)?; // digest algorithms
    let mut encap = signed.sequence()?;
    if encap.oid()? != OID_TST_INFO {
        return Err("the signed data is not a timestamp (no TSTInfo)".to_string());
    }
    let tst = encap.explicit(0xa0)?.next(0x04)?;
    let mut info = Der::new(tst).sequence()?;
    info.integer()?; // version
    let policy = dotted(info.oid()?);
    let mut imprint = info.sequence()?;
    let mut alg = imprint.sequence()?;
    if alg.oid()? != OID_SHA256 {
        return Err("the timestamp does not use SHA-256".to_string());
    }
    let digest = hex(imprint.next(0x04)?);
    let serial = hex(&info.integer()?);
    let time = info.next(0x18)?;
    let time =
        std::str::from_utf8(time).map_err(|_| "the timestamp's time is not text".to_string())?;
    Ok(TokenInfo {
        digest,
        gen_time: generalized_to_rfc3339(time)?,
        policy,
        serial,
    })
}

/// `20241123080500Z` or `20241123080500.25Z` → `2024-11-23T08:05:00Z` / `…:00.25Z`.
fn generalized_to_rfc3339(t: &str) -> Result<String, String> {
    let bad = || format!("the timestamp's time {t:?} is not a UTC GeneralizedTime");
    let digits = t
        .get(..14)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(bad)?;
    let rest = &t[14..];
    let frac = rest.strip_suffix('Z').ok_or_else(bad)?;
    if !(frac.is_empty()
        || (frac.starts_with('.')
            && frac.len() > 1
            && frac[1..].bytes().all(|b| b.is_ascii_digit())))
    {
        return Err(bad());
    }
    Ok(format!(
        "{}-{}-{}T{}:{}:{}{}Z",
        &digits[0..4],
        &digits[4..6],
        &digits[6..8],
        &digits[8..10],
        &digits[10..12],
        &digits[12..14],
        frac
    ))
}

fn dotted(oid: &[u8]) -> String {
    let mut parts = Vec::new();
    let mut v: u64 = 0;
    for (i, b) in oid.iter().enumerate() {
        v = (v << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            if parts.is_empty() && i < 4 {
                let first = (v / 40).min(2);
                parts.push(first);
                parts.push(v - first * 40);
            } else {
                parts.push(v);
            }
            v = 0;
        }
    }
    parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

/// A cursor over DER TLVs (definite lengths only, one-byte tags).
struct Der<'a> {
    buf: &'a [u8],
}

impl<'a> Der<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Der { buf }
    }

    fn peek_tag(&self) -> Result<u8, String> {
        self.buf
            .first()
            .copied()
            .ok_or_else(|| "the token ends too early".to_string())
    }

    fn next(&mut self, want: u8) -> Result<&'a [u8], String> {
        let short = || "the token is truncated or not DER".to_string();
        let tag = self.peek_tag()?;
        if tag != want {
            return Err(format!(
                "unexpected DER element (tag 0x{tag:02x}, expected 0x{want:02x})"
            ));
        }
        let first = *self.buf.get(1).ok_or_else(short)?;
        let (len, head) = if first < 0x80 {
            (first as usize, 2)
        } else {
            let n = (first & 0x7f) as usize;
            if n == 0 || n > 4 {
                return Err(short());
            }
            let bytes = self.buf.get(2..2 + n).ok_or_else(short)?;
            (
                bytes.iter().fold(0usize, |acc, b| (acc << 8) | *b as usize),
                2 + n,
            )
        };
        let content = self.buf.get(head..head + len).ok_or_else(short)?;
        self.buf = &self.buf[head + len..];
        Ok(content)
    }

    fn sequence(&mut self) -> Result<Der<'a>, String> {
        self.next(0x30).map(Der::new)
    }

    fn explicit(&mut self, tag: u8) -> Result<Der<'a>, String> {
        self.next(tag).map(Der::new)
    }

    fn integer(&mut self) -> Result<Vec<u8>, String> {
        self.next(0x02).map(<[u8]>::to_vec)
    }

    fn oid(&mut self) -> Result<&'a [u8], String> {
        self.next(0x06)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_shape() {
        let q = timestamp_query(&"0".repeat(64), Some(0x80));
        assert_eq!(q[0], 0x30);
        assert_eq!(q[1] as usize, q.len() - 2);
        assert!(q.ends_with(&[0x02, 0x02, 0x00, 0x80, 0x01, 0x01, 0xff]));
    }

    #[test]
    fn oids_and_times() {
        assert_eq!(dotted(OID_SHA256), "2.16.840.1.101.3.4.2.1");
        assert_eq!(
            generalized_to_rfc3339("20241123080500.25Z").as_deref(),
            Ok("2024-11-23T08:05:00.25Z")
        );
        assert!(generalized_to_rfc3339("20241123080500+0100").is_err());
    }
}
