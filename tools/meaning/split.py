#!/usr/bin/env python3
"""Splits démarches-simplifiées's strings that have DS's own English into train (70 %) and a
held-back test set (30 %), at random with a fixed seed, by unique folded French string.

Usage: split.py tests/data/portal-strings/ds.tsv tests/data/portal-strings/ds-split.tsv

The test set must never be used to write memory entries (locales/*/portals.ftl) or sense rules.
Strings without an English are not split (no reference to measure against): `split=none`.
"""

import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import read_tsv  # noqa: E402
from fold import fold_key  # noqa: E402

SEED = 20260112  # fixed: never change it once the split is committed
TEST_SHARE = 0.30


def main(src, out):
    rows = read_tsv(src)
    keys = sorted({fold_key(r["fr"]) for r in rows if r["en"]})
    rng = random.Random(SEED)
    rng.shuffle(keys)
    n_test = round(len(keys) * TEST_SHARE)
    test = set(keys[:n_test])
    with open(out, "w", encoding="utf-8") as f:
        f.write("id\tsplit\n")
        counts = {"train": 0, "test": 0, "none": 0}
        for r in rows:
            k = fold_key(r["fr"])
            s = "none" if not r["en"] else ("test" if k in test else "train")
            counts[s] += 1
            f.write(f"{r['id']}\t{s}\n")
    print(f"{len(keys)} unique folded French strings with an English: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
