"""Name normalisation: how "Deir Ezzor", "Dayr az Zawr" and "Deir ez-Zor" meet.

Two keys per name. ``normalize`` folds case, accents and punctuation. ``skeleton`` also
drops Arabic articles (al-, el-, as-, ad- …) and folds the transliteration variants that
real reports use: Khirbet/Khirbat/Kherbet, Tal/Tall/Tell/Tel, Deir/Dayr, q/k, ou/u,
-eh/-ah endings, doubled letters and vowels, and the words for sites ("oil fields",
"oilfield" and "field"; "air base", "airport" and "airbase").
"""

from __future__ import annotations

import re

from unidecode import unidecode

# Bump when the keys change: stored gazetteers re-key their names on open.
KEYS_VERSION = "2"

_PUNCT = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"\b(?:al|el|as|ad|ar|ash|at|az|an|ath|adh|ud|ul|ur|us|ez|es|ed|er|e)\b ?")
_GLUED_ARTICLE = re.compile(r"^[aeu]([lsdrtzn])\1")
_SITE_WORDS = [
    (re.compile(r"\b(?:oil ?fields?|gas ?fields?|fields)$"), "field"),
    (re.compile(r"\b(?:military )?(?:air ?base|air ?field|air ?port)$"), "airbase"),
]
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
    text = normalize(name)
    for pattern, word in _SITE_WORDS:  # "Shaer oil fields", "Shaer field" → "shaer field"
        text = pattern.sub(word, text)
    words = [_WORD_VARIANTS.get(w, w) for w in text.removeprefix("the ").split()]
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


# Names the news gives countries that GeoNames' country rows do not carry, and that
# would otherwise be read as towns ("Palestine", Texas; "Congo", Paraíba): each stands
# for the country's name in the default gazetteer. "Congo" alone is the Democratic
# Republic, as the wire services write it.
COUNTRY_NAMES = {
    "Democratic Republic of the Congo": (
        "Congo", "DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
        "Congo-Kinshasa",
    ),
    "Republic of the Congo": ("Congo-Brazzaville", "Republic of Congo"),
    "Palestinian Territory": ("Palestine", "Palestinian territories", "State of Palestine"),
    "Myanmar": ("Burma",),
    "Ivory Coast": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "United States": ("US", "U.S.", "USA", "United States of America", "America"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Turkey": ("Turkiye", "Türkiye"),
    "Timor Leste": ("East Timor", "Timor-Leste"),
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("Macedonia",),
    "Czechia": ("Czech Republic",),
    "Cabo Verde": ("Cape Verde",),
}  # fmt: skip


def _bare(name: str) -> str:
    text = normalize(name)
    return text[4:] if text.startswith("the ") else text


COUNTRY_ALIASES = {_bare(a): name for name, aliases in COUNTRY_NAMES.items() for a in aliases}


def country_name(name: str) -> str:
    """The default gazetteer's name for a country the news names otherwise ("the DRC",
    "Burma", "Palestine"); any other name as it is."""
    return COUNTRY_ALIASES.get(_bare(name), name)
