"""Finding place phrases in a sentence: entities, place-shaped names, and their relations.

A place is a GPE/LOC/FAC entity (the entity ruler labels gazetteer names), or another
entity or proper noun where the words around it say it is a place: after a place
preposition ("near Sukhna"), before a place noun ("Khirbet Makman village", "the Shaer
fields"), after "the town of". What precedes it gives the relation (in, near, a
direction of another place); a place that only locates another ("Maadan near the
Euphrates", "al-Bwair village east of Tal-Afar") becomes that place's anchor.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Span

from frontlog.entity_patterns import SHAPE_ID
from frontlog.gazetteer.features import CLASSIFIERS, split_classifier
from frontlog.lexicon import Lexicon
from frontlog.report import ActorMention, PlaceMention
from frontlog.stages.actor_match import by_nationality, country_isos, find_actors, fired_from
from frontlog.stages.frames import undergoes
from frontlog.stages.not_places import (
    is_claimant,
    not_a_location,
    people_word,
    where_the_speaker_is,
)
from frontlog.stages.place_anchors import fold_anchors
from frontlog.stages.place_words import (
    ADMIN_UNITS,
    ADMIN_WORDS,
    BARE_ID,
    BEARINGS,
    BORDER,
    CLASSIFIER,
    DIRECTION,
    DIRECTION_NAMES,
    DISTANCE_LINKS,
    FORCE_WORDS,
    HIT,
    IN,
    KEEP_SUFFIX,
    NEAR,
    OTHER_LABELS,
    PLACE_LABELS,
    PLACE_VERBS,
    PROVINCES,
    REGION_ADJ,
    UNIT_SUFFIXES,
    UNITS_KM,
    after_place_noun,
    before_classifier,
    distance_number,
    home_base,
    hyphen_chain,
    joins,
    mistagged_head,
    name_word,
    route_end,
    titled_words,
    whence,
    word_before,
)


def find_places(
    sent: Any,
    lexicon: Lexicon,
    *,
    named: Sequence[ActorMention] | None = None,
    ents: Sequence[Any] | None = None,
) -> list[PlaceMention]:
    """Place phrases of one sentence in order, anchors folded into what they locate.
    ``named``: the groups and forces its document names, if already found (those of a
    sentence are the document's that lie in it); ``ents``: its entities, if already
    found (:func:`entities_of`)."""
    found: list[tuple[Any, PlaceMention]] = []
    if named is None:
        named = find_actors(sent.text, sent.start_char, lexicon, country=None)
    actors = [
        (a.start, a.end)
        for a in named
        if sent.start_char <= a.start
        and a.end <= sent.end_char
        and (not a.generic or by_nationality(a, lexicon))
    ]
    skipped: set[int] = set()
    for ent in _candidates(sent, sent.ents if ents is None else ents):
        if ent.label_ not in PLACE_LABELS | OTHER_LABELS:
            continue
        if not any(t.is_title or t.is_upper for t in ent):
            continue  # "a command and control node" the model took for a place
        if people_word(ent, lexicon):
            continue  # "the Palestinian village of Huwara", "a Shiite school", "Syrians"
        if where_the_speaker_is(ent) or fired_from(ent.root):
            continue  # "the defence ministry in Moscow said", "shelling from Ukraine"
        needs_context = ent.label_ not in PLACE_LABELS or ent.ent_id_ in (SHAPE_ID, BARE_ID)
        if needs_context and not _place_context(ent, found):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in actors) or is_claimant(
            ent, lexicon
        ):
            continue
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in FORCE_WORDS:
            continue  # "US soldiers", "Iraqi forces": a nationality, not a place
        chained = (
            ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "," and (ent.start - 2 in skipped)
        )
        if not_a_location(ent) or chained:
            skipped.add(ent.end - 1)  # "of Woodbridge, Virginia": the state goes with the town
            continue
        found.append((ent, _mention(ent, sent, lexicon)))
    for aside in (route_end, whence, home_base):  # "travelling from Zaria to Kaduna",
        # "militants from Gaza", "a militia based in Zuwara": the road, where people came
        # from and where they are based yield to a place of the event
        if not all(aside(ent) for ent, _ in found):
            found = [(ent, mention) for ent, mention in found if not aside(ent)]
    return fold_anchors(found, country_isos(lexicon).keys())


def entities_of(doc: Any) -> Callable[[Any], list[Any]]:
    """Each sentence's entities, as ``sent.ents`` gives them, from one reading of the
    doc's (``Span.ents`` reads all of the doc's again at each call)."""
    every = doc.ents
    starts = [e.start for e in every]

    def of(sent: Any) -> list[Any]:
        first, after = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        return [e for e in every[first:after] if e.end <= sent.end]

    return of


def _candidates(sent: Any, found: Sequence[Any]) -> list[Any]:
    """The sentence's entities (``found``), and runs of proper nouns the model left
    unlabelled or took for a date ("near Mahaday"): the small model misses many small
    places."""
    ents = [
        whole(part)
        for e in found
        if e.label_ != "DATE"
        for part in _split_and(_without_preposition(e))
    ]
    labelled = {i for e in ents for i in range(e.start, e.end)}  # not dates: "Timbuktu
    # this week" is a date to the model
    doc = sent.doc
    runs: list[Any] = []
    titled = titled_words(sent)
    i = sent.start
    while i < sent.end:
        if i not in titled and i != sent.start:
            i += 1  # a name's first word is capitalised (name_word, before_classifier)
            continue
        j = i
        while (
            j < sent.end
            and j not in labelled
            and (name_word(doc[j]) or joins(doc, j, i) or before_classifier(doc, j, sent))
        ):
            j += 1
        if j == i == sent.start and i not in labelled and _first_word_undergoes(doc, i, sent):
            j = i + 1  # "Damboa was recaptured": a sentence's first word, then the place
        if j == i:
            i += 1
            continue
        touches = (i - 1 in labelled) or (j in labelled)  # "Al" of "Al Anbar"
        short = len(doc[i]) < 4 and not (
            len(doc[i]) == 3 and doc[i].is_title and i > 0 and doc[i - 1].lower_ in NEAR | IN
        )  # not "in Van", "near Jos"
        single_noun = j == i + 1 and (
            doc[i].lower_ in CLASSIFIER | ADMIN_WORDS | KEEP_SUFFIX or short
        )
        # "Province", "Dam", the "Al" of "the Al bu Nimr tribe"
        if j > i and not touches and not single_noun:
            runs.append(Span(doc, i, j, label="LOC", span_id=BARE_ID))
        i = max(j, i + 1)
    return sorted(ents + runs, key=lambda e: e.start)


def whole(ent: Any) -> Any:
    """The name with the proper nouns its last word modifies ("Ruska" of "Ruska Lozova"
    was labelled alone) and those that modify it from the left ("al-Jumaa" of "the Souq
    al-Jumaa district")."""
    doc, start, end, sent = ent.doc, ent.start, ent.end, ent.sent
    own = ent.label_ in PLACE_LABELS and not ent.ent_id_  # the model's entity; the
    # ruler's are whole gazetteer names
    while own and end < sent.end and name_word(doc[end]) and doc[end - 1].head.i == end:
        end += 1
    while end < sent.end and mistagged_head(doc[end], doc[end - 1]):
        end += 1  # "Qansax Dheere", the second word tagged an adverb
    start, end = hyphen_chain(doc, start, end, sent.start, sent.end)
    shaped = own or ent.ent_id_ == SHAPE_ID  # "al-Jumaa" matched by its shape alone
    shaped = shaped or ent.ent_id_ == "gazetteer"  # a focus country's name ending a
    # longer one: "Khan" of "Dera Ismail Khan"
    ruled = ent.ent_id_ == "gazetteer"
    while shaped and start > sent.start and name_word(doc[start - 1]):
        if doc[start - 1].dep_ != "compound" or doc[start - 1].head.i < start:
            break
        if ruled and doc[start - 1].lower_ in CLASSIFIERS:
            break  # "Mount Sinjar": the gazetteer's Sinjar, not a longer name
        start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, span_id=ent.id_)


LEADING = {"near", "around", "outside", "inside"}  # not "In" or "At": "In Amenas", "At Tanf"


def _without_preposition(ent: Any) -> Any:
    """ "Near Al Shadaddi, one strike …": the model took the sentence's first word in."""
    first = ent.doc[ent.start]
    if len(ent) < 2 or first.lower_ not in LEADING or ent.start != ent.sent.start:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_, span_id=ent.id_)


def _split_and(ent: Any) -> list[Any]:
    """ "between Abuja and Kaduna" taken as one name is two places."""
    joints = [t.i for t in ent if t.lower_ == "and" and ent.start < t.i < ent.end - 1]
    if not joints or not all(ent.doc[j - 1].is_title and ent.doc[j + 1].is_title for j in joints):
        return [ent]
    bounds = [ent.start, *[b for j in joints for b in (j, j + 1)], ent.end]
    return [
        Span(ent.doc, a, b, label=ent.label_, span_id=ent.id_)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True)
    ]


def _first_word_undergoes(doc: Any, i: int, sent: Any) -> bool:
    token = doc[i]
    if i != sent.start or token.pos_ != "PROPN":
        return False
    return token.is_title and token.dep_ in ("nsubj", "nsubjpass") and undergoes(token)


def _place_context(ent: Any, found: list[tuple[Any, PlaceMention]]) -> bool:
    doc = ent.doc
    if ent.root.dep_ == "dobj" and ent.root.head.lemma_ in PLACE_VERBS | HIT:
        return True  # "tanks shelled Rafah", "rebels stormed Kidal", "fire hit Nikopol"
    if ent.root.dep_ in ("nsubj", "nsubjpass") and undergoes(ent.root):
        return True  # "Kherson was shelled", "Marib fell to the Houthis"
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in KEEP_SUFFIX | CLASSIFIER | ADMIN_WORDS:
        return True
    before = word_before(ent)
    if before in NEAR | IN | DIRECTION:
        return before not in ("of", "to", "on") or after_place_noun(ent)
    return bool(before in ("and", "or", ",") and found and found[-1][0].end >= ent.start - 2)


def _holds_the_unit(ent: Any) -> bool:
    """The name after a district or township and "in": "the centre of Dand-e-Ghori
    district in Baghlan" is in the province of Baghlan."""
    doc = ent.doc
    return ent.start >= 2 and word_before(ent) == "in" and doc[ent.start - 2].lower_ in ADMIN_UNITS


def _in_apposition(ent: Any, sent: Any, lexicon: Lexicon) -> bool:
    """A name set after a place by a comma, closing the phrase ("in Suarez, Cauca, the
    army said"): the province the place is in. Not a list ("Kabul, Kandahar and Herat")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].pos_ != "PROPN":
        return False
    if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL") or ent.text in country_isos(lexicon):
        return False
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 4, sent.end)]]
    return (not after or after[0] in (",", ".", ";", "on", "in")) and "and" not in after


def _mention(ent: Any, sent: Any, lexicon: Lexicon) -> PlaceMention:
    doc = ent.doc
    end = ent.end
    first, last = ent.start, end - 1  # the name's first and last words
    if end < sent.end and doc[end].lower_ in KEEP_SUFFIX:
        last = end
    elif (
        end - ent.start > 1
        and doc[end - 1].lower_ in UNIT_SUFFIXES
        and doc[end - 2].lower_ not in DIRECTION_NAMES  # "Eastern Province" is a name
    ):
        last = end - 2  # "Yei county": Yei
    if doc[ent.start].lower_ == "the":
        first = ent.start + 1
    level, relation = "place", _relation(ent)
    window = [t.lower_ for t in doc[end : min(end + 3, sent.end)]]
    if window[:1] == ["countryside"]:
        level, relation = "admin1", "countryside"
    elif window[:1] and window[0] in PROVINCES:
        level = "admin1"
    elif (
        len(window) == 3
        and window[2] in PROVINCES
        and (window[0] in ("and", "or") or (window[0] == "," and window[2].endswith("s")))
    ):
        level = "admin1"  # "between Homs and Raqqah provinces"; "Bakura, Zamfara state"
        # is a town in its state
    elif word_before(ent) == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ == "province":
        level = "admin1"
    elif word_before(ent) == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ == "countryside":
        level, relation = "admin1", "countryside"  # "the northern countryside of Aleppo"
    elif _in_apposition(ent, sent, lexicon) or _holds_the_unit(ent):
        level = "admin1"  # "Suarez, Cauca", "Bavispe, Sonora", "X district in Baghlan":
        # the province it is in
    elif ent.start > 0 and doc[ent.start - 1].lower_ in REGION_ADJ:
        level = "region"
        first = ent.start - 1
    elif end - ent.start > 1 and doc[end - 1].lower_ in PROVINCES:
        level = "admin1"  # the model's entity "Saada province"
    text = doc[first : last + 1].text
    name = text[len(doc[ent.start - 1].text) + 1 :] if level == "region" else text
    name = name.removesuffix("'s").strip()
    distance, bearing = _distance(ent, sent, lexicon)
    return PlaceMention(
        name=name,
        start=doc[first].idx,
        end=doc[last].idx + len(doc[last]),
        relation=relation,
        level=level,
        kind="admin1" if level == "admin1" else _kind(ent, name),
        distance_km=distance,
        bearing=bearing,
    )


def _kind(ent: Any, name: str) -> str | None:
    """What the words say it is: "Teir Maaleh village", "the town of Sukhna", "Shaer fields"."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in CLASSIFIERS:
        return CLASSIFIERS[doc[ent.end].lower_]
    if word_before(ent) == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in CLASSIFIERS:
        return CLASSIFIERS[doc[ent.start - 2].lower_]
    return split_classifier(name)[1]


def _distance(ent: Any, sent: Any, lexicon: Lexicon) -> tuple[float | None, float | None]:
    """ "about 40 km east of X": 40 km on a bearing of 90 degrees; (None, None) when unsaid."""
    doc = ent.doc
    words = [t for t in doc[max(sent.start, ent.start - 7) : ent.start]]
    for i, token in enumerate(words[1:], start=1):
        unit = UNITS_KM.get(token.lower_)
        if unit is None:
            continue
        value = distance_number(words[i - 1].text, lexicon)
        if value is None:
            continue
        between = [t.lower_ for t in words[i + 1 :]]
        if any(w not in DISTANCE_LINKS and w not in BEARINGS for w in between):
            continue  # "21km behind the frontline and liberated X": not X's distance
        after = "".join(w for w in between if w in BEARINGS)
        return round(value * unit, 1), BEARINGS.get(after)
    return None, None


def _relation(ent: Any) -> str:
    doc = ent.doc
    i = ent.start - 1
    words: list[str] = []
    while i >= 0 and len(words) < 5 and doc[i].lower_ not in (",", ";"):
        if doc[i].pos_ == "VERB":
            break  # "… and liberated Khirbet Makman": what came before is another clause
        words.append(doc[i].lower_)
        i -= 1
    if BORDER & set(words):
        return "border"  # "the administrative border between Homs and Raqqah provinces"
    qualifiers = NEAR | DIRECTION | set(UNITS_KM)
    for i, word in enumerate(words):  # the nearest relation word wins, except that
        if word in DIRECTION:  # "the outskirts of X", "15 km north-east of X" are not "in"
            return "direction"
        if word in NEAR or word in UNITS_KM:
            return "near"
        if word in IN and not qualifiers & set(words[i + 1 : i + 3]):
            return "in"
    return "in"


def mention_from_name(text: str) -> PlaceMention:
    """A place phrase given on its own ("Teir Maaleh village", "Northwestern Syria",
    "Hama countryside"), read the way :func:`find_places` reads one in a sentence."""
    words = text.split()
    level, relation = "place", "in"
    if len(words) > 1 and words[-1].lower() == "countryside":
        words, level, relation = words[:-1], "admin1", "countryside"
    elif len(words) > 1 and words[0].lower() in REGION_ADJ:
        words, level = words[1:], "region"
    name, kind = split_classifier(" ".join(words))
    if kind == "admin1":
        level = "admin1"
    return PlaceMention(name, 0, len(text), relation, level=level, kind=kind)
