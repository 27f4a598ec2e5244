//! A small ZIP reader and writer for bundles: STORED (uncompressed) files only, no ZIP64.
//!
//! Captures are already compressed (JPEG) or small (HTML), so compression would gain little and
//! cost a deflate implementation in the WebAssembly module. Any `unzip` reads what this writes.
//! The reader is strict: it checks every CRC-32, refuses encrypted or compressed files, duplicate
//! names and names that would escape the folder they are unpacked into.

use std::collections::BTreeMap;

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
/// Bit 11 of the general purpose flags: the name is UTF-8.
const FLAG_UTF8: u16 = 0x0800;

/// CRC-32 (IEEE 802.3, the one ZIP uses), table computed at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in bytes {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// A date and time in MS-DOS form (what ZIP stores), local time of no particular zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosTime {
    pub time: u16,
    pub date: u16,
}

impl DosTime {
    /// 1980-01-01 00:00:00, the earliest a ZIP can say.
    pub const EPOCH: DosTime = DosTime {
        time: 0,
        date: (1 << 5) | 1,
    };

    /// From a civil date and time; years outside 1980–2107 are clamped.
    pub fn new(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> DosTime {
        if year < 1980 {
            return DosTime::EPOCH;
        }
        let year = year.min(2107) as u16;
        DosTime {
            time: ((hour as u16) << 11) | ((minute as u16) << 5) | (second as u16 / 2),
            date: ((year - 1980) << 9) | ((month as u16) << 5) | day as u16,
        }
    }
}

/// Writes a ZIP archive of STORED files, in the order they are added.
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: usize,
    time: DosTime,
}

impl ZipWriter {
    /// Every file gets the modification time `time`.
    pub fn new(time: DosTime) -> Self {
        ZipWriter {
            out: Vec::new(),
            central: Vec::new(),
            count: 0,
            time,
        }
    }

    /// Adds one file. Fails past the limits of ZIP without ZIP64 (65,535 files, 4 GiB).
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), String> {
        let offset = u32::try_from(self.out.len())
            .map_err(|_| "the bundle is larger than 4 GiB".to_string())?;
        let size = u32::try_from(data.len()).map_err(|_| format!("{name} is larger than 4 GiB"))?;
        let name_len =
            u16::try_from(name.len()).map_err(|_| format!("file name too long: {name}"))?;
        if self.count >= 0xFFFF {
            return Err("a bundle holds at most 65,535 files".to_string());
        }
        let crc = crc32(data);
        let out = &mut self.out;
        put32(out, LOCAL);
        put16(out, 10); // version needed: 1.0 (stored)
        put16(out, FLAG_UTF8);
        put16(out, 0); // method: stored
        put16(out, self.time.time);
        put16(out, self.time.date);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, name_len);
        put16(out, 0); // extra field length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        let c = &mut self.central;
        put32(c, CENTRAL);
        put16(c, 0x0314); // made by: Unix, spec 2.0
        put16(c, 10);
        put16(c, FLAG_UTF8);
        put16(c, 0);
        put16(c, self.time.time);
        put16(c, self.time.date);
        put32(c, crc);
        put32(c, size);
        put32(c, size);
        put16(c, name_len);
        put16(c, 0); // extra
        put16(c, 0); // comment
        put16(c, 0); // disk
        put16(c, 0); // internal attributes
        put32(c, 0o100644 << 16); // external attributes: regular file, rw-r--r--
        put32(c, offset);
        c.extend_from_slice(name.as_bytes());
        self.count += 1;
        Ok(())
    }

    /// The finished archive.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        let too_large = || "the bundle is larger than 4 GiB".to_string();
        let cd_offset = u32::try_from(self.out.len()).map_err(|_| too_large())?;
        let cd_size = u32::try_from(self.central.len()).map_err(|_| too_large())?;
        cd_offset.checked_add(cd_size).ok_or_else(too_large)?;
        let count = self.count as u16;
        self.out.append(&mut self.central);
        let out = &mut self.out;
        put32(out, END);
        put16(out, 0);
        put16(out, 0);
        put16(out, count);
        put16(out, count);
        put32(out, cd_size);
        put32(out, cd_offset);
        put16(out, 0); // comment length
        Ok(self.out)
    }
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn get16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn get32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(at)?,
        *b.get(at + 1)?,
        *b.get(at + 2)?,
        *b.get(at + 3)?,
    ]))
}

/// Reads every file of a ZIP archive, checking it as it goes. Folders (names ending in `/`) are
/// skipped. The error says, in plain words, what is wrong with the archive.
pub fn read_zip(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, String> {
    const TRUNCATED: &str =
        "the file is not a ZIP archive, or it is truncated (no end-of-archive record)";
    if bytes.len() < 22 {
        return Err(TRUNCATED.to_string());
    }
    // The end-of-central-directory record is the last 22 bytes plus a comment of up to 65,535.
    let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
    let mut at = bytes.len() - 22;
    let end = loop {
        if get32(bytes, at) == Some(END)
            && get16(bytes, at + 20).map(usize::from) == Some(bytes.len() - at - 22)
        {
            break at;
        }
        if at == lowest {
            return Err(TRUNCATED.to_string());
        }
        at -= 1;
    };
    let field16 = |off: usize| get16(bytes, end + off).map(usize::from).ok_or(TRUNCATED);
    let field32 = |off: usize| get32(bytes, end + off).map(|v| v as usize).ok_or(TRUNCATED);
    if field16(4)? != 0 || field16(6)? != 0 {
        return Err("the archive is split over several disks, which bundles never are".to_string());
    }
    let count = field16(10)?;
    let cd_size = field32(12)?;
    let cd_offset = field32(16)?;
    if count == 0xFFFF || cd_offset == 0xFFFF_FFFF || cd_size == 0xFFFF_FFFF {
        return Err("the archive uses ZIP64, which bundles never do".to_string());
    }
    if field16(8)? != count {
        return Err(
            "the archive's directory is inconsistent (two different file counts)".to_string(),
        );
    }
    match cd_offset.checked_add(cd_size) {
        Some(e) if e <= end => {}
        _ => {
            return Err(
                "the archive is truncated or damaged: its directory lies outside the file"
                    .to_string(),
            )
        }
    }

    let mut files = BTreeMap::new();
    let mut p = cd_offset;
    let damaged = |what: &str| format!("the archive's directory is damaged ({what})");
    for _ in 0..count {
        if get32(bytes, p) != Some(CENTRAL) {
            return Err(damaged("an entry does not start where expected"));
        }
        let h16 = |off: usize| {
            get16(bytes, p + off)
                .map(usize::from)
                .ok_or_else(|| damaged("entry cut short"))
        };
        let h32 = |off: usize| get32(bytes, p + off).ok_or_else(|| damaged("entry cut short"));
        let flags = h16(8)?;
        let method = h16(10)?;
        let crc = h32(16)?;
        let comp_size = h32(20)? as usize;
        let size = h32(24)? as usize;
        let name_len = h16(28)?;
        let extra_len = h16(30)?;
        let comment_len = h16(32)?;
        let local = h32(42)? as usize;
        let name_bytes = bytes
            .get(p + 46..p + 46 + name_len)
            .ok_or_else(|| damaged("file name cut short"))?;
        p += 46 + name_len + extra_len + comment_len;
        if p > end {
            return Err(damaged("entry runs past its end"));
        }
        let name = std::str::from_utf8(name_bytes)
            .map_err(|_| "a file name in the archive is not valid UTF-8".to_string())?
            .to_string();
        check_name(&name)?;
        if flags & 1 != 0 {
            return Err(format!("{name} is encrypted; bundles are never encrypted"));
        }
        if method != 0 {
            return Err(format!(
                "{name} is compressed (ZIP method {method}); Relais bundles store files uncompressed: \
                 use the bundle as exported, not a re-packed copy"
            ));
        }
        if comp_size != size {
            return Err(format!("{name}: stored sizes disagree"));
        }
        if get32(bytes, local) != Some(LOCAL) {
            return Err(format!(
                "{name}: its data is missing or damaged (no local header where the directory says)"
            ));
        }
        let lname = get16(bytes, local + 26)
            .map(usize::from)
            .ok_or_else(|| format!("{name}: header cut short"))?;
        let lextra = get16(bytes, local + 28)
            .map(usize::from)
            .ok_or_else(|| format!("{name}: header cut short"))?;
        if bytes.get(local + 30..local + 30 + lname) != Some(name_bytes) {
            return Err(format!("{name}: the local header names another file"));
        }
        let start = local + 30 + lname + lextra;
        let data = start
            .checked_add(size)
            .filter(|&e| e <= cd_offset)
            .and_then(|e| bytes.get(start..e))
            .ok_or_else(|| format!("{name}: its data is cut short (truncated archive)"))?;
        if name.ends_with('/') {
            if size != 0 {
                return Err(format!("{name}: a folder with content"));
            }
            continue;
        }
        if crc32(data) != crc {
            return Err(format!(
                "{name} is damaged: its CRC-32 does not match its content"
            ));
        }
        if files.insert(name.clone(), data.to_vec()).is_some() {
            return Err(format!("the archive holds two files named {name}"));
        }
    }
    Ok(files)
}

fn check_name(name: &str) -> Result<(), String> {
    let bad = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.contains('\0')
        || name.split('/').any(|part| part == "..")
        || name.as_bytes().get(1) == Some(&b':');
    if bad {
        return Err(format!(
            "the archive holds a file with an unsafe name: {name:?}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn round_trip() {
        let mut w = ZipWriter::new(DosTime::new(2024, 11, 23, 8, 5, 0));
        w.add("a.txt", b"hello").expect("add");
        w.add("dir/é.bin", &[0u8, 1, 2]).expect("add");
        w.add("empty", b"").expect("add");
        let zip = w.finish().expect("finish");
        let files = read_zip(&zip).expect("read");
        assert_eq!(files.len(), 3);
        assert_eq!(files["a.txt"], b"hello");
        assert_eq!(files["dir/é.bin"], [0, 1, 2]);
        for cut in [1, 10, zip.len() / 2, zip.len() - 1] {
            assert!(read_zip(&zip[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn unsafe_names() {
        for n in ["../x", "/etc/passwd", "a\\b", "C:x", "a/../../b"] {
            assert!(check_name(n).is_err(), "{n}");
        }
        assert!(check_name("captures/000001.jpg").is_ok());
    }
}
