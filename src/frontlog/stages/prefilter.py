"""Which sentences can hold an event: a cheap test on the raw words, before parsing.

Most sentences of a news archive report no event. A sentence goes through the full
spaCy pipeline (tagger, parser, lemmatizer, NER) only when one of its words starts like
a word that can make an event: a trigger of the lexicon, a word a frame verb needs
("control" for "took control", "strike" for "went on strike"), a verb whose subject
may be a weapon, a materiel verb, a cause ("due to"), or an irregular past tense of one
of them. The others are only tokenised and run through frontlog's entity
ruler, so the places they name still give context to the places of event sentences.
Sentences are found by a cautious splitter on the raw text (:func:`sentences`): in
doubt it keeps two sentences together, which parses more, never less.

The test is on stems with English endings (a word less its final "e": "captur" finds
"capture", "captured", "capturing"), so it errs towards parsing too much, never
towards missing an event word. Its recall cost is measured by ``make bench`` against
the full parse, and held under 1 % by the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from frontlog.lexicon import Lexicon
from frontlog.stages.context_words import ARMED_NOUNS
from frontlog.stages.frames import PLACE_NOUNS, people_words

# Past forms that do not start like their lemma, for the verbs of the lexicon.
IRREGULAR = [
    *[
        "struck",
        "stricken",
        "shot",
        "fought",
        "overran",
        "overrun",
        "blew",
        "blown",
        "slew",
        "slain",
        "hit",
        "laid",
    ],
    *[
        "stole",
        "stolen",
        "broke",
        "broken",
        "drove",
        "driven",
        "withdrew",
        "withdrawn",
        "fled",
        "lost",
        "died",
    ],
    *[
        "dying",
        "dead",
        "deaths",
        "bodies",
        "body",
        "sought",
        "caught",
        "threw",
        "thrown",
        "beat",
        "beaten",
    ],
    *["burnt", "burned", "wounded", "hurt", "injuries", "gunned", "began", "begun"],
]
CAUSES = ("due to", "because of", "caused by", "result of")
FRAME_FORMS = {  # past forms of frame verbs that do not start like the verb
    "take": ("took", "taken"),
    "go": ("went", "gone"),
    "find": ("found",),
    "throw": ("threw", "thrown"),
    "lose": ("lost",),
    "begin": ("began", "begun"),
    "blow": ("blew", "blown"),
    "withdraw": ("withdrew", "withdrawn"),
    "fall": ("fell", "fallen"),
    "leave": ("left",),
    "sit": ("sat",),
    "make": ("made",),
    "drive": ("drove", "driven"),
    "hold": ("held",),
    "steal": ("stole", "stolen"),
    "dig": ("dug",),
    "bring": ("brought",),
}


@dataclass(frozen=True)
class Prefilter:
    """Words that make a stretch of text worth parsing, alone or as a frame's pair: the
    stems they start with, matched against each word's possible stems (:func:`stems`)."""

    words: frozenset[str]
    frames: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (verb, its objects)

    def wanted(self, text: str, start: int = 0, end: int | None = None) -> bool:
        piece = text[start:end].lower()
        if _CAUSES.search(piece):
            return True
        found = stems(piece)
        if not found.isdisjoint(self.words):
            return True
        if found.isdisjoint(self.frame_verbs):
            return False  # no frame's verb: none of them can match
        return any(not found.isdisjoint(v) and not found.isdisjoint(o) for v, o in self.frames)

    @cached_property
    def frame_verbs(self) -> frozenset[str]:
        return frozenset(w for verbs, _ in self.frames for w in verbs)


@cache
def prefilter(lexicon: Lexicon) -> Prefilter:
    """The test for ``lexicon``: its triggers alone, its frame verbs with their words."""
    words: set[str] = set(IRREGULAR)
    keys = [
        *lexicon.triggers,
        *lexicon.weapon_verbs,
        *(v for v in lexicon.materiel_verbs if v != "take"),  # "took": a frame
        *lexicon.past_forms,
        *lexicon.past_forms.values(),
    ]
    frames = []
    for key in keys:  # every word of a key must be there for it to match: a word alone,
        # or the two longest words of a longer key ("took over", "car bomb")
        found = sorted(
            (w for w in re.findall(r"[a-z]+", key.lower()) if len(w) >= 3), key=len, reverse=True
        )
        if len(found) == 1:
            words.add(found[0])
        elif found:
            first, second = ({w, *FRAME_FORMS.get(w, ())} for w in found[:2])
            frames.append((_forms(first), _forms(second)))
    for verb, entries in sorted(lexicon.frames.items()):  # "took control", "went on
        # strike", "used tear gas": a frame verb counts only with one of its words
        forms = {verb, *FRAME_FORMS.get(verb, ())}
        alone = [  # a frame with a particle needs the particle ("made off with", "carried
            # away"): "made" or "carried" alone holds no event
            e
            for e in entries
            if not e.get("objects") and not e.get("needs_context") and not e.get("particle")
        ]
        placed = [e for e in entries if "@place" in e.get("objects", ())]
        if alone or any(not e.get("direct") for e in placed):
            words |= forms  # "entered Manbij", "handed over Tal Abyad": a place will do
            continue
        objects = {w for e in entries for w in e.get("objects", ())}
        needs = objects - {"@place", "@people", "@armed"}
        needs |= {e["particle"] for e in entries if e.get("particle") and not e.get("objects")}
        if "@people" in objects:
            needs |= people_words(lexicon)
        if "@armed" in objects:  # "fell to the Houthis", "fell to rebels"
            needs |= ARMED_NOUNS | _group_words(lexicon)
        if placed:  # "took the town of X": a place noun in the direct object
            needs |= PLACE_NOUNS
        for e in entries:  # a context's phrases ("under a deal"): their longest word
            for phrase in lexicon.contexts.get(e.get("needs_context") or "", ()):
                needs.add(_telling_word(phrase, forms))
        frames.append((_forms(forms), _forms(needs)))
    return Prefilter(_forms(words), tuple(frames))


PLAIN = ARMED_NOUNS | {"their", "they", "the", "had", "have", "has"}


def _telling_word(phrase: str, verb: set[str]) -> str:
    """The longest word of a context's phrase that is not a plain one, nor a form of the
    frame's ``verb``: "left" of "troops left" (not "troops", which would let "the army
    took a long time" through), "jail" of "held in jail" for "hold"."""
    words: list[str] = re.findall(r"[a-z]+", phrase.lower()) or [phrase]
    return max([w for w in words if w not in PLAIN | verb] or words, key=len)


def _group_words(lexicon: Lexicon) -> set[str]:
    """The longest word of each name of a dictionary group or force."""
    return {
        max(found, key=len)
        for actor in lexicon.actors
        if not actor.generic
        for alias in actor.aliases
        if (found := re.findall(r"[a-z]+", alias.lower()))
    }


def _forms(words: set[str]) -> frozenset[str]:
    forms = {_stem(w) for w in words}
    forms |= {w[:-1] + "ie" for w in words if w.endswith("y")}  # "injury": "injuries"
    forms |= {w[:-1] + "ing" for w in words if w.endswith("e")}  # "use": "using"
    return frozenset(forms)


_CAUSES = re.compile(r"\b(?:" + "|".join(r"\s+".join(c.split()) for c in CAUSES) + r")\b")
_WORD = re.compile(r"[a-z]+")
# What may follow a stem: "shell" → shells, shelled, shelling; "captur" → capture,
# captured; "kidnap" → kidnapped (a letter before the ending); "injurie" → injuries;
# "retak" → retaken.
_LETTER_ENDINGS = ("ed", "ing", "er", "ers", "en")  # may follow one more letter
_ENDINGS = ("es", "s", "e", "d")


def stems(text: str) -> set[str]:
    """Every stem a word of lower-case ``text`` may be, its English ending taken off:
    "kidnapped" may be "kidnapped", "kidnapp" or "kidnap"."""
    out: set[str] = set()
    for word in set(_WORD.findall(text)):
        out.update(_word_stems(word))
    return out


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> tuple[str, ...]:
    """One word's stems (a news archive uses the same words again and again)."""
    out = {word}
    for ending in _LETTER_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            base = word[: -len(ending)]
            out.add(base)
            if len(base) > 1:
                out.add(base[:-1])
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            out.add(word[: -len(ending)])
    return tuple(out)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def segments(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    """(start, end, may hold an event) for consecutive stretches covering ``text``.

    Each sentence with the white space after it is one stretch (:func:`sentences`);
    neighbouring stretches that may hold one are joined, so the model sees whole runs
    of event sentences. The others stay one per sentence: the doc's sentences there.
    """
    test = prefilter(lexicon)
    out: list[tuple[int, int, bool]] = []
    for start, end in sentences(text):
        wanted = test.wanted(text, start, end)
        if out and out[-1][2] and wanted:
            out[-1] = (out[-1][0], end, wanted)
        else:
            out.append((start, end, wanted))
    return out


# A sentence ends at ".", "!" or "?" (and a closing quote or bracket) before white space
# and a capital or a digit; not after an abbreviation ("U.S.", "Gen.", "Dec. 5") nor
# alone (a list's bullet). A paragraph break alone ends none: a heading ("Syria" over a
# list of strikes) reads with the sentence under it, and a sentence the cleaner broke at
# a link runs on.
_END = re.compile(r"(?<=[\w%)\]\"”’'])[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    *("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "cpl"),
    *("pvt", "adm", "gov", "sen", "rep", "rev", "st", "mt", "no", "nos", "jr", "sr"),
    *("inc", "co", "corp", "ltd", "vs", "approx", "est", "dept", "univ", "fig", "op"),
    *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
}


_LAST_WORD = re.compile(r"(\w+)\W*$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Consecutive stretches of ``text``, one per sentence with the white space after
    it; in doubt, two sentences stay one (the stretch is parsed whole)."""
    out, begin = [], 0
    for found in _END.finditer(text):
        word = _LAST_WORD.search(text, max(begin, found.start() - 40), found.start() + 1)
        if word is None or len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS:
            continue
        out.append((begin, found.end()))
        begin = found.end()
    if begin < len(text):
        out.append((begin, len(text)))
    return out
