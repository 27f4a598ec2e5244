"""French folding, the same as crate/core/src/text.rs (tokens, accents, elision, plurals).

Kept in step with the Rust by hand: a token is a run of letters and digits (str.isalnum),
lower-cased, French accents stripped, then the plural rule of `text::singular`.
"""

import re

_TABLE = {}
for chars, base in [
    ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
    ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
]:
    for c in chars:
        _TABLE[c] = base

KEEP_FINAL_S = {"mois", "fils", "cours", "fois", "os", "tous"}


def _fold_char(c: str) -> str:
    return _TABLE.get(c) or c.lower()


def singular(w: str) -> str:
    n = len(w)
    if n < 3 or w.endswith("ss") or w in KEEP_FINAL_S:
        return w
    if n >= 6 and w.endswith("aux") and not w.endswith("eaux"):
        return w[:-3] + "al"
    if w.endswith("s") or w.endswith("eaux") or w.endswith("eux"):
        return w[:-1]
    return w


def tokens(text: str):
    """[(start, end, folded)] with character offsets into `text`."""
    out, cur, start = [], [], 0
    for i, c in enumerate(text):
        if c.isalnum():
            if not cur:
                start = i
            cur.append(_fold_char(c))
        elif cur:
            out.append((start, i, singular("".join(cur))))
            cur = []
    if cur:
        out.append((start, len(text), singular("".join(cur))))
    return out


def fold(text: str) -> str:
    return " ".join(t[2] for t in tokens(text))


_PLACEABLE = re.compile(r"\{\s*\$[A-Za-z_][\w-]*\s*\}")


def fold_key(text: str) -> str:
    """Fold for deduplication: placeables count as one token each, whatever their name."""
    return fold(_PLACEABLE.sub(" VAR ", text))
