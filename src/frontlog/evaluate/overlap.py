"""How far the reports' own words tell their incidents apart: a reference line for
incident merging.

Merging by word overlap alone says two reports are one incident when the Jaccard
overlap of their content words (words of three letters or more, not on spaCy's English
stop list) reaches a threshold. :func:`word_overlap` tries every threshold from 0.05 to
1 on the scored pairs themselves and keeps the best, so its figures are an optimistic
bound for that rule, not a method. They tell how much the texts hold: where many of
the pairs of one incident share no word at all, and no threshold comes near the
precision the merge rules must keep, the texts alone cannot tell the pairs apart
(docs/accuracy.md compares UCDP's headlines with the team's full reports).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 21))
MIN_RECALL = 0.01  # a threshold that merges fewer same pairs than this is not weighed
# for precision: a handful of pairs is no measure


@dataclass(frozen=True, slots=True)
class Overlap:
    same_unshared: float  # share of same pairs whose texts share no content word
    different_unshared: float  # the same for the hard negatives
    best_f1: float  # the best F1 of merging by word overlap, at any threshold
    best_f1_precision: float  # its precision
    best_precision: float  # the highest precision at any threshold with recall >= 1 %


def content_words(text: str) -> frozenset[str]:
    """Lower-case words of three letters or more, stop words left out."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in STOP_WORDS
    )


def word_overlap(
    texts: Mapping[str, str],
    same: Iterable[tuple[str, str]],
    different: Iterable[tuple[str, str]],
) -> Overlap:
    """The word-overlap reference line over ``same`` and ``different`` pairs of the
    documents in ``texts`` (document id → text)."""
    words = {key: content_words(text) for key, text in texts.items()}
    on_same = [_jaccard(words[a], words[b]) for a, b in same]
    on_different = [_jaccard(words[a], words[b]) for a, b in different]
    best = (0.0, 0.0)  # (F1, precision)
    best_precision = 0.0
    for threshold in THRESHOLDS:
        tp = sum(score >= threshold for score in on_same)
        fp = sum(score >= threshold for score in on_different)
        if not tp:
            continue
        precision, recall = tp / (tp + fp), tp / len(on_same)
        best = max(best, (2 * precision * recall / (precision + recall), precision))
        if recall >= MIN_RECALL:
            best_precision = max(best_precision, precision)
    return Overlap(
        same_unshared=_share(on_same, 0.0),
        different_unshared=_share(on_different, 0.0),
        best_f1=round(best[0], 3),
        best_f1_precision=round(best[1], 3),
        best_precision=round(best_precision, 3),
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _share(scores: list[float], value: float) -> float:
    return round(sum(score == value for score in scores) / len(scores), 3) if scores else 0.0
