"""Republished copies: a document whose text is (nearly) another's.

Text similarity is the Jaccard similarity of word 4-shingles, estimated with a MinHash
signature of ``HASHES`` values. Candidates are found through locality-sensitive
hashing: the signature is cut into ``BANDS`` bands and documents sharing a band's key
are compared, so finding a copy costs the same in a store of ten documents or ten
million. A document is a copy when the estimate reaches ``THRESHOLD``.

A very short text (a headline) has too few shingles to tell a copy from a different
report in the same words, so only texts of ``MIN_WORDS`` words or more are compared.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

HASHES = 64
BANDS = 16
ROWS = HASHES // BANDS
SHINGLE = 4
THRESHOLD = 0.6
MIN_WORDS = 40
_PRIME = (1 << 61) - 1
_MASK = (1 << 64) - 1
_WORD = re.compile(r"\w+")


def _coefficients() -> list[tuple[int, int]]:
    out = []
    for i in range(HASHES):
        digest = hashlib.blake2b(f"frontlog-minhash-{i}".encode(), digest_size=16).digest()
        a = int.from_bytes(digest[:8], "big") % _PRIME or 1
        out.append((a, int.from_bytes(digest[8:], "big") % _PRIME))
    return out


_COEFFICIENTS = _coefficients()


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text``, or None when it is too short to compare."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    values = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles
    ]
    return tuple(min((a * v + b) % _PRIME for v in values) & _MASK for a, b in _COEFFICIENTS)


def band_keys(sig: Sequence[int]) -> list[str]:
    """One key per band: documents sharing a key are compared."""
    return [
        f"{band}:"
        + hashlib.blake2b(
            repr(tuple(sig[band * ROWS : (band + 1) * ROWS])).encode(), digest_size=8
        ).hexdigest()
        for band in range(BANDS)
    ]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two texts."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
