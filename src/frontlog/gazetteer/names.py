"""Name normalisation: how "Deir Ezzor", "Dayr az Zawr" and "Deir ez-Zor" meet.

Two keys per name. ``normalize`` folds case, accents and punctuation. ``skeleton`` also
drops Arabic articles (al-, el-, as-, ad- …) and folds the transliteration variants that
real reports use: Khirbet/Khirbat/Kherbet, Tal/Tall/Tell/Tel, Deir/Dayr, q/k, ou/u,
-eh/-ah endings, doubled letters and vowels.
"""

from __future__ import annotations

import re

from unidecode import unidecode

_PUNCT = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"\b(?:al|el|as|ad|ar|ash|at|az|an|ath|adh|ud|ul|ur|us|ez|es|ed|er|e)\b ?")
_GLUED_ARTICLE = re.compile(r"^[aeu]([lsdrtzn])\1")
_WORD_VARIANTS = {
    "khirbat": "khirbet",
    "kherbet": "khirbet",
    "kharbat": "khirbet",
    "khirbeh": "khirbet",
    "tall": "tal",
    "tell": "tal",
    "tel": "tal",
    "dayr": "deir",
    "dair": "deir",
    "der": "deir",
    "ayn": "ain",
    "ein": "ain",
    "jabal": "jebel",
    "jbal": "jebel",
    "bi'r": "bir",
    "beer": "bir",
    "abu": "abu",
    "abou": "abu",
}


def normalize(name: str) -> str:
    """Lower-case ASCII with single spaces: ``"Ma‘dān"`` → ``"madan"``."""
    text = unidecode(name).lower().replace("'", "").replace("`", "")
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def skeleton(name: str) -> str:
    """A looser key for transliteration variants: ``"Deir Ezzor"`` → ``"deirzor"``."""
    words = [_WORD_VARIANTS.get(w, w) for w in normalize(name).split()]
    # an article assimilated and glued to its noun: "ezzor" (ez-Zor), "arraqqa" (ar-Raqqa)
    words = [_GLUED_ARTICLE.sub(r"\1", w) if len(w) > 4 else w for w in words]
    text = " ".join(words)
    text = _ARTICLE.sub("", text)
    text = text.replace(" ", "")
    text = text.replace("ou", "u").replace("q", "k").replace("ee", "i").replace("ei", "i")
    text = text.replace("ai", "a").replace("ay", "a").replace("aw", "o").replace("ph", "f")
    text = re.sub(r"(.)\1+", r"\1", text)
    text = re.sub(r"(?:ah|eh|a|e|h)$", "", text)
    return text


def name_keys(name: str) -> tuple[str, ...]:
    """The lookup keys of one name, most exact first, without repeats."""
    keys = [normalize(name), skeleton(name)]
    return tuple(dict.fromkeys(k for k in keys if k))
