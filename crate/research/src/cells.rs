//! The aggregation's per-cell state: counters, distinct contributors up to a cap, interned
//! dimension values, and the hash maps that hold them.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use crate::records::CONTRIBUTOR_CAP;

/// A hash map with [`Seeded`] hashing.
pub(crate) type Map<K, V> = HashMap<K, V, Seeded>;

/// A fast hasher (a folded multiply per word, as in ahash's and foldhash's portable paths) with
/// a random seed per map, so that a hostile export cannot prepare keys that all collide. The
/// standard library's SipHash was a tenth of the aggregation's time on the benchmark.
#[derive(Debug, Clone)]
pub(crate) struct Seeded(u64);

impl Default for Seeded {
    fn default() -> Self {
        Seeded(RandomState::new().hash_one(0x5eed_u64) | 1)
    }
}

impl BuildHasher for Seeded {
    type Hasher = Fold;
    fn build_hasher(&self) -> Fold {
        Fold(self.0)
    }
}

pub(crate) struct Fold(u64);

const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

impl Fold {
    #[inline]
    fn mix(&mut self, x: u64) {
        let m = u128::from(self.0 ^ x) * u128::from(MUL);
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

impl Hasher for Fold {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w));
        }
        self.mix(bytes.len() as u64);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.mix(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }
    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.mix(i as u64);
    }
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.mix(i as u64);
        self.mix((i >> 64) as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // One more round, so that the last word reaches every bit.
        let m = u128::from(self.0) * u128::from(MUL.rotate_left(23));
        (m as u64) ^ ((m >> 64) as u64)
    }
}

/// The distinct contributors of a cell, exact up to [`CONTRIBUTOR_CAP`]: the count is
/// `min(distinct, CONTRIBUTOR_CAP)`, whatever the order of the records.
#[derive(Debug, Clone)]
pub(crate) struct Contributors {
    sorted: Vec<u32>,
    /// The contributor added last: an export's records come together, and most of them fall in
    /// the cells of the record before, so this spares most searches.
    last: u32,
    saturated: bool,
}

impl Default for Contributors {
    fn default() -> Self {
        Contributors {
            sorted: Vec::new(),
            last: u32::MAX,
            saturated: false,
        }
    }
}

impl Contributors {
    #[inline]
    pub(crate) fn add(&mut self, c: u32) {
        if self.last == c || self.saturated {
            return;
        }
        self.last = c;
        // Contributor indexes are given in reading order: a new one is most often the largest.
        if self.sorted.last().is_none_or(|&m| c > m) && self.sorted.len() < CONTRIBUTOR_CAP {
            self.sorted.push(c);
            return;
        }
        if let Err(p) = self.sorted.binary_search(&c) {
            if self.sorted.len() >= CONTRIBUTOR_CAP {
                self.saturated = true;
                self.sorted = Vec::new();
            } else {
                self.sorted.insert(p, c);
            }
        }
    }

    pub(crate) fn count(&self) -> usize {
        if self.saturated {
            CONTRIBUTOR_CAP
        } else {
            self.sorted.len()
        }
    }
}

/// One cell of a table: records, attempts, distinct contributors.
#[derive(Debug, Default, Clone)]
pub(crate) struct Cell {
    pub(crate) records: u64,
    pub(crate) attempts: u64,
    pub(crate) contributors: Contributors,
}

impl Cell {
    #[inline]
    pub(crate) fn add(&mut self, attempts: u64, contributor: u32) {
        self.records += 1;
        self.attempts += attempts;
        self.contributors.add(contributor);
    }
}

/// Strings of a dimension, interned; the first `max` distinct values in reading order keep their
/// name, the later ones are all `_other`.
#[derive(Debug)]
pub(crate) struct Interner {
    ids: Map<Box<str>, u32>,
    pub(crate) names: Vec<String>,
    max: usize,
    pub(crate) overflowed: bool,
}

impl Interner {
    pub(crate) fn new(max: usize) -> Self {
        Interner {
            ids: Map::default(),
            names: Vec::new(),
            max,
            overflowed: false,
        }
    }

    pub(crate) fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let key = if self.names.len() >= self.max {
            self.overflowed = true;
            "_other"
        } else {
            s
        };
        if let Some(&i) = self.ids.get(key) {
            return i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(key.into(), i);
        self.names.push(key.to_string());
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributors_are_exact_up_to_the_cap() {
        let mut c = Contributors::default();
        for round in 0..3 {
            for i in (0..CONTRIBUTOR_CAP as u32).rev() {
                c.add(i);
                c.add(i);
            }
            assert_eq!(c.count(), CONTRIBUTOR_CAP, "round {round}");
        }
        c.add(CONTRIBUTOR_CAP as u32);
        assert_eq!(c.count(), CONTRIBUTOR_CAP);
        assert!(c.saturated);
        let mut d = Contributors::default();
        for i in [0, 1, 0, 1, 2, 0] {
            d.add(i);
        }
        assert_eq!(d.count(), 3);
    }

    #[test]
    fn the_interner_keeps_the_first_values() {
        let mut i = Interner::new(2);
        assert_eq!(
            ["b", "a", "b", "c", "a", "d"].map(|s| i.id(s)),
            [0, 1, 0, 2, 1, 2]
        );
        assert_eq!(i.names, ["b", "a", "_other"]);
        assert!(i.overflowed);
    }

    #[test]
    fn the_hasher_spreads_small_keys() {
        let s = Seeded::default();
        let mut seen = std::collections::HashSet::new();
        for a in 0..64u32 {
            for b in 0..13u8 {
                seen.insert(s.hash_one((a, b, i64::from(a) * 7)) >> 57);
            }
        }
        // The top 7 bits (hashbrown's control byte) take most of their 128 values.
        assert!(seen.len() > 100, "{}", seen.len());
    }
}
