"""The words that place finding reads (``place_find``): prepositions and relation words,
place nouns and classifiers, the words that say a name is a force, a faith, a speaker or
an ally rather than a place, the words that are dates, not names, and the ends of a
journey (a road, not where it happened)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any
from weakref import WeakKeyDictionary

from frontlog.gazetteer.features import CLASSIFIERS as NAMED_FEATURES
from frontlog.lexicon import Lexicon

BARE_ID = "bare"  # a run of proper nouns no entity covers
NEAR = {
    "near", "around", "outside", "outskirts", "vicinity", "close", "nearby", "from", "behind",
    "above", "below", "beyond",  # "on a ridge above Impasug-ong"
    "between",  # "between Abuja and Kaduna": one area, one event
}  # fmt: skip
IN = {"in", "at", "inside", "into", "to", "of", "on", "across", "throughout", "through", "over"}
ROADS = {"road", "highway", "route", "way", "motorway"}  # "on the road to X": X is a place
# what a named area is when a place is said to be in it: "in the Deir ez-Zor desert"
AREA_NOUNS = {"desert", "region", "area", "mountains", "hills", "plains", "valley", "forest"}
AREA_WORDS = AREA_NOUNS | {"province", "governorate", "state", "district"}  # ending a name
DIRECTION = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
REGION_ADJ = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
KEEP_SUFFIX = {
    "fields",
    "field",
    "dam",
    "airbase",
    "airport",
    "base",
    "camp",
    "bridge",
    "crossing",
    "mountain",
    "mountains",
    "hill",
    "oilfield",
    "refinery",
    "airfield",
    "checkpoint",
    "road",
    "highway",
}
CLASSIFIER = {
    "village",
    "locality",
    "hamlet",
    "town",
    "city",
    "district",
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "slum",
    "region",
    "township",
    "county",
    "territory",
    "island",
    "municipality",
    "commune",
    "prefecture",
    "state",
}
# "Yei county" is Yei: the gazetteer's words for an admin2 area
ADMIN_UNITS = frozenset(w for w, feature in NAMED_FEATURES.items() if feature == "admin2")
HOLIDAYS = {"ramadan", "eid", "eid al-fitr", "eid al-adha", "christmas", "easter", "ashura"}
HOLIDAYS |= {"thanksgiving", "thanksgiving day", "nowruz", "passover", "diwali", "new year"}
DIRECTION_NAMES = {"eastern", "western", "northern", "southern", "central", "far"}
PROVINCES = frozenset({"province", "provinces", "governorate", "governorates", "state", "region"})
UNIT_SUFFIXES = ADMIN_UNITS | PROVINCES  # the last word of "Yei county", "Saada province"
ADMIN_WORDS = {"province", "provinces", "governorate", "governorates", "countryside"}
FORCE_WORDS = {
    "soldiers",
    "soldier",
    "troops",
    "forces",
    "military",
    "army",
    "fighters",
    "officials",
    "official",
    "government",
    "militias",
    "militiamen",
}
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609}
DISTANCE_LINKS = {"-", "of", "the", "from", "away", "outside", "off", "to"}
BORDER = {"border", "borders", "boundary", "frontier"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
OTHER_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}
OTHER_LABELS |= {"LANGUAGE"}  # "in Tunis", to the small model
DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "tonight",
    *(f"{m}{dot}" for m in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                            "oct", "nov", "dec") for dot in ("", ".")),
}  # fmt: skip
SPEAKERS = {
    "ministry", "spokesman", "spokesperson", "spokeswoman", "official", "officials", "agency",
    "office", "observatory", "command", "source", "sources", "media", "television", "radio",
    "newspaper", "correspondent", "reporter",
}  # fmt: skip
SAYING = {"say", "tell", "announce", "report", "claim", "state", "confirm", "add", "deny"}
FAITHS = {"shiite", "shia", "sunni", "christian", "muslim", "jewish", "alawite", "druze", "yazidi"}
PEOPLES = {"arab", "kurd", "islam", "christianity", "judaism"}  # never a place
FACILITIES = {
    "hotel", "market", "checkpoint", "hospital", "school", "mosque", "church", "airport",
    "prison", "camp", "restaurant", "bakery", "mall", "stadium", "bus", "station",
}  # fmt: skip
PARTNERS = {"ally", "allies", "partner", "partners"}
ATTACK_WORDS = {
    "attack", "strike", "airstrike", "raid", "shelling", "assault", "offensive",
    "bombardment", "bombing", "advance", "push", "march", "fire", "barrage", "salvo",
    "bomb", "bombs", "rocket", "rockets", "missile", "missiles", "shell", "shells",
}  # fmt: skip
OF_PLACE = {"outskirts", "control", "edge", "centre", "center", "heart", "suburbs", "streets"}
DWELLERS = {"residents", "inhabitants", "villagers", "people", "mayor"}  # "residents of X"
PLACE_VERBS = {
    "shell",
    "bomb",
    "bombard",
    "pound",
    "storm",
    "overrun",
    "besiege",
    "enter",
    "retake",
    "recapture",
    "liberate",
    "encircle",
    "surround",
    "raid",
}  # what they act on is a place, whatever the model labelled it
HIT = {"hit", "strike"}  # their direct object is a place: "artillery fire hit Nikopol"
CAPTURED = {"capture", "seize", "take"}  # a place or a person: "Marib was captured"
TRAVEL_VERBS = {"travel", "drive", "head", "journey", "go", "ride", "fly", "commute", "return"}


def route_end(ent: Any) -> bool:
    """Where people travelled from or to ("passengers travelling from Zaria to Kaduna"):
    the road, not the place where it happened, when the sentence names that too."""
    return any(  # any word: the model may take "Abuja to Kaduna" for one name
        t.dep_ == "pobj" and t.head.lower_ in ("from", "to") and t.head.head.lemma_ in TRAVEL_VERBS
        for t in ent
    )


def whence(ent: Any) -> bool:
    """Where people came from ("militants from Gaza fired rockets at Sderot"): not
    where it happened, when the sentence names that too."""
    head = ent.root.head
    if ent.root.dep_ != "pobj" or head.lower_ != "from":
        return False
    return head.head.pos_ == "NOUN" and head.head.lower_ not in ROADS  # "the road from
    # Afgooye to Mogadishu" is a road


BASED = {"based", "stationed", "headquartered", "garrisoned"}


def home_base(ent: Any) -> bool:
    """Where an armed group is based ("a militia based in Zuwara fought … at Ras
    Ajdir"): not where it happened, when the sentence names that too."""
    prep = ent.root.head
    return bool(
        ent.root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.lower_ in BASED
    )


def after_place_noun(ent: Any) -> bool:
    """A name after a place noun and "of", an attack word and "on", or a road and "to"."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ == "of":
        # "the town of X", "residential areas of X", "took control of X", "the main
        # market of X", "the edge of X", "residents of X"
        word = doc[i - 1]
        nouns = CLASSIFIER | ADMIN_WORDS | DIRECTION | OF_PLACE | FACILITIES | DWELLERS
        return bool({word.lower_, word.lemma_} & (nouns | {"out"}))  # "the road out of X"
    if i >= 1 and doc[i].lower_ == "on":
        # "an attack on X", "shelling on X", "air strikes on X"
        return doc[i - 1].lemma_.lower() in ATTACK_WORDS or doc[i - 1].lower_ in ATTACK_WORDS
    return i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in ROADS  # "the road to X"


def name_word(token: Any) -> bool:
    """A capitalised proper noun inside a sentence: a word of a name."""
    return bool(
        token.pos_ == "PROPN"
        and token.is_title
        and token.lower_ not in DATE_WORDS
        and token.i != token.sent.start
    )


def mistagged_head(token: Any, last: Any) -> bool:
    """A capitalised word the tagger took for no name, whose compound the name's last
    word is: the rest of the name."""
    return (
        token.is_title
        and token.pos_ in ("ADV", "ADJ", "NOUN", "VERB")
        and last.dep_ == "compound"
        and last.head.i == token.i
        and token.lower_ not in DATE_WORDS | CLASSIFIER | KEEP_SUFFIX | ADMIN_WORDS
    )


def distance_number(text: str, lexicon: Lexicon) -> float | None:
    """A distance's number, in digits or words ("12", "twelve")."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        value = lexicon.numbers.get(text.lower())
        return float(value) if value is not None else None


# particles inside a name: "Mocimboa da Praia" (a run of words), "Croix-des-Bouquets"
# and "Deir ez-Zor" (hyphenated: Arabic articles too)
RUN_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "i"}
RUN_JOINS = RUN_PARTICLES | {"-"}  # "Pul-i-Khumri", "Petion-Ville"
NAME_PARTICLES = RUN_PARTICLES | {"des", "du", "la", "le", "e", "sur"}
NAME_PARTICLES |= {"el", "al", "ez", "az", "ad", "as", "ash", "ar", "an", "at"}


def word_before(ent: Any) -> str:
    """The word before a name, past "the" and "a"."""
    i = ent.start - 1
    doc = ent.doc
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def hyphen_chain(doc: Any, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``start:end`` widened over the words it is hyphenated to, within ``lo:hi``:
    "Croix" of "Croix-des-Bouquets" (the tokenizer splits at each hyphen)."""

    def joined(i: int) -> bool:  # doc[i] is a hyphen with a word touching it each side
        return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    def part(token: Any) -> bool:  # a name's word, or a particle in it: not "held"
        return token.is_alpha and (token.is_title or token.lower_ in NAME_PARTICLES)

    while end + 1 < hi and joined(end) and part(doc[end + 1]):
        end += 2
    while start - 2 >= lo and joined(start - 1) and part(doc[start - 2]):
        start -= 2
    return start, end


def titled_words(sent: Any) -> set[int]:
    """The indices of the sentence's capitalised words, from its doc's array (read once
    per doc: ``Span.to_array`` loops in Python)."""
    titled = _titled(sent.doc)
    return set(titled[bisect_left(titled, sent.start) : bisect_left(titled, sent.end)])


_TITLED: WeakKeyDictionary[Any, list[int]] = WeakKeyDictionary()


def _titled(doc: Any) -> list[int]:
    """The indices of ``doc``'s capitalised words (a word's own property: it does not
    change once the doc is made)."""
    found = _TITLED.get(doc)
    if found is None:
        from spacy.attrs import IS_TITLE

        found = [i for i, title in enumerate(doc.to_array([IS_TITLE]).tolist()) if title]
        _TITLED[doc] = found
    return found


def before_classifier(doc: Any, j: int, sent: Any) -> bool:
    """A capitalised word of a name right before "village" or "town", whatever the
    tagger made of it: "Yet" of "Let Yet Kone village" (a conjunction to the tagger)."""
    k = j
    while k < sent.end and k - j < 4 and doc[k].is_title and k > sent.start:
        k += 1
    return k > j and k < sent.end and doc[k].lower_ in ("village", "town", "hamlet")


def joins(doc: Any, j: int, i: int) -> bool:
    """A hyphen or a particle inside a name: "Petion-Ville", "Mocimboa da Praia"."""
    return j > i and doc[j].text in RUN_JOINS and j + 1 < len(doc) and name_word(doc[j + 1])
