"""A small, offline language check: is this report English?

Function words give a language away even in a short text. The check compares the share
of English function words with that of other common languages of conflict reporting and
with the share of Latin letters; it is not a general language identifier.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STOPWORDS = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "was",
        "by",
        "as",
        "at",
        "from",
        "were",
        "are",
        "said",
        "have",
        "has",
        "it",
        "its",
        "an",
        "be",
        "this",
        "which",
        "their",
        "they",
        "after",
        "who",
        "been",
        "had",
        "not",
        "but",
        "or",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "un",
        "une",
        "est",
        "dans",
        "pour",
        "que",
        "qui",
        "sur",
        "au",
        "aux",
        "par",
        "pas",
        "avec",
        "ont",
        "été",
        "ces",
        "cette",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "en",
        "un",
        "una",
        "que",
        "por",
        "con",
        "para",
        "es",
        "se",
        "al",
        "fue",
        "han",
        "como",
        "sus",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "ist",
        "nicht",
        "mit",
        "von",
        "zu",
        "im",
        "auf",
        "für",
        "sich",
        "wurde",
        "sind",
    ],
    "pt": [
        "o",
        "os",
        "a",
        "as",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "e",
        "em",
        "um",
        "uma",
        "que",
        "para",
        "com",
        "não",
        "por",
        "foi",
        "são",
    ],
    "it": [
        "il",
        "lo",
        "la",
        "gli",
        "le",
        "di",
        "del",
        "della",
        "e",
        "un",
        "una",
        "che",
        "per",
        "con",
        "non",
        "sono",
        "è",
        "nel",
        "alla",
    ],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "op",
        "te",
        "zijn",
        "met",
        "voor",
        "niet",
        "door",
        "werd",
    ],
    "tr": ["ve", "bir", "bu", "da", "de", "ile", "için", "olarak", "olan", "gibi", "daha", "çok"],
}
_SETS = {lang: set(words) for lang, words in STOPWORDS.items()}
# The article of an Arabic name ("al-Assad", "Al Tabaqa", "Deir ez-Zor") is no Spanish
# "al" or French "el": it is left out before counting function words.
ARABIC_ARTICLE = re.compile(
    r"\b(?:[Aa]l|[Ee]l)\s+(?=[A-Z])|\b(?:[Aa][dlnrstz]|[Aa]sh|[Ee][dlnrsz])-(?=\w)"
)


_LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")  # not × or ÷
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def detect(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when the text is too short."""
    sample = text[:20_000]
    if sample.isascii():  # every letter Latin: only whether there is one to count
        if not _ASCII_LETTER.search(sample):
            return None
    else:
        letters = sum(map(str.isalpha, sample))
        if not letters:
            return None
        if len(_LATIN.findall(sample)) / letters < 0.5:
            return _script([c for c in sample if c.isalpha()])
    counts = Counter(map(str.lower, _WORD.findall(ARABIC_ARTICLE.sub(" ", sample))))
    words = counts.total()
    if words < 8:
        return None
    scores = {lang: sum(map(counts.get, s, repeat(0))) / words for lang, s in _SETS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 0.03:
        return None
    return best


def _script(letters: list[str]) -> str:
    ranges = {
        "ar": ("\u0600", "\u06ff"),
        "ru": ("\u0400", "\u04ff"),
        "he": ("\u0590", "\u05ff"),
        "zh": ("\u4e00", "\u9fff"),
    }
    counts = {lang: sum(1 for c in letters if lo <= c <= hi) for lang, (lo, hi) in ranges.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else "und"
