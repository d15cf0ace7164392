"""The model's entity recognizer apart from the rest of the pipeline, and only where it
can add a name: around capitalised words that frontlog's ruler does not name, in the
sentences that may give a mention. It costs more than the tagger and parser together
(docs/performance.md)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from frontlog.entity_patterns import RULER, RULERS


def names_apart(nlp: Any) -> bool:
    """Whether the model's entity recognizer can run apart from the rest: it comes last
    but for frontlog's ruler, and it has its own token-to-vector layer (en_core_web_sm's
    does; a transformer pipeline's listens to the shared one)."""
    names = list(nlp.pipe_names)
    if "ner" not in names or names[names.index("ner") :] != ["ner", *RULERS]:
        return False
    return not any(
        "ner" in getattr(component, "listening_components", ()) for _, component in nlp.pipeline
    )


def read_names(
    nlp: Any,
    docs: list[Any],
    needs_names: Callable[[Any, list[Any]], Iterable[Any]],
    batch_size: int,
    not_names: Collection[str] = frozenset(),
) -> None:
    """The model's entity recognizer over the sentences ``needs_names`` picks of each
    of ``docs``, each stretch alone, then frontlog's ruler over the whole docs: the
    other parsed sentences get their names from the ruler alone, like unparsed ones
    (the country names come after, over each report's whole doc: ``parse_texts``). The
    recognizer costs more than the tagger and parser together (docs/performance.md).

    The recognizer reads only the words around a picked sentence's capitalised words
    that are not in a name of frontlog's own ruler (:func:`_windows`): the ruler's names
    replace any it overlaps, so elsewhere it could add only names with no capital
    ("three", "last week"), which the stages use little (the gold set's dev predictions
    are the same either way: docs/performance.md). A word of ``not_names`` ("VBIED",
    "Grad": weapons the lexicon knows) opens no stretch."""
    ruler = nlp.get_pipe(RULER) if RULER in nlp.pipe_names else None
    matched = {id(doc): ruler.match(doc) if ruler is not None else [] for doc in docs}
    named = {key: _kept(matches) for key, matches in matched.items()}
    picked = []
    for doc in docs:
        caps, kept = capitalised(doc), named[id(doc)]
        windows = {sent.start: _windows(sent, kept, not_names, caps) for sent in doc.sents}
        unnamed = [sent for sent in doc.sents if windows[sent.start]]
        if unnamed:  # the cheap test first
            picked += [(doc, w) for sent in needs_names(doc, unnamed) for w in windows[sent.start]]
    alone = nlp.get_pipe("ner").pipe(
        (nlp.make_doc(window.text) for _, window in picked), batch_size=batch_size
    )
    found: dict[int, list[Any]] = {id(doc): [] for doc in docs}
    for (doc, window), own in zip(picked, alone, strict=True):
        for ent in own.ents:
            start = window.start_char + ent.start_char
            span = doc.char_span(start, start + len(ent.text), label=ent.label_)
            if span is not None:
                found[id(doc)].append(span)
    for doc in docs:
        doc.set_ents(found[id(doc)], default="outside")
        if ruler is not None:
            ruler.set_annotations(doc, matched[id(doc)])  # as ``ruler(doc)``: its
            # matches do not depend on the names already there


FUNCTION_WORDS = {"ADP", "ADV", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "VERB", "NUM"}
OPENERS = {"near", "outside", "inside"}  # "Near Palmyra, one strike …": the model may tag it
# a proper noun
DAYS_AND_MONTHS = {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"),
    *("jul", "aug", "sep", "sept", "oct", "nov", "dec"),
}  # the model names them dates, which the stages hardly read


def _kept(matches: list[tuple[int, int, int]]) -> set[int]:
    """The tokens the overwriting ruler names with ``matches`` (longest first, as it
    takes them: a match that touches one taken is left out)."""
    taken: set[int] = set()
    for _, start, end in matches:
        if start not in taken and end - 1 not in taken:
            taken.update(range(start, end))
    return taken


REACH = 4  # words each side of a name the recognizer reads: its token-to-vector layer
# sees four each side, so the name's own word is read in its whole context (six and
# eight gave the same outputs on every evaluation, at more words; three changed one
# report of the gold set's dev part: docs/performance.md)


def _windows(
    sent: Any,
    named: set[int],
    not_names: Collection[str] = (),
    caps: Sequence[int] | None = None,
) -> list[Any]:
    """The stretches of ``sent`` within ``REACH`` words of a capitalised word outside the
    ruler's ``named`` tokens, not a day or a month nor one of ``not_names``; the
    sentence's first word counts only as a name or a content word ("In", "Near",
    "According" do not). ``caps``: the doc's :func:`capitalised` words, if known."""
    doc = sent.doc
    caps = capitalised(doc) if caps is None else caps
    inside = caps[bisect_left(caps, sent.start) : bisect_left(caps, sent.end)]
    unnamed = [i for i in inside if i not in named]
    if not unnamed:
        return []
    first = next((t.i for t in sent if t.is_alpha), None)
    free = [
        i
        for i in unnamed
        if doc[i].text not in not_names
        and doc[i].lower_.rstrip(".") not in DAYS_AND_MONTHS
        and not (i == first and _opens(doc[i]))
    ]
    stretches: list[list[int]] = []
    for i in free:
        start, end = max(sent.start, i - REACH), min(sent.end, i + REACH + 1)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [sent.doc[start:end] for start, end in stretches]


_CAPITAL: dict[int, bool] = {}  # a word's hash -> whether it holds a capital letter
REMEMBERED = 200_000  # words remembered; then forgotten, so memory stays bounded


def capitalised(doc: Any) -> list[int]:
    """The indices of ``doc``'s words that hold a capital letter, read from its array."""
    from spacy.attrs import ORTH

    if len(_CAPITAL) > REMEMBERED:
        _CAPITAL.clear()
    strings = doc.vocab.strings
    out = []
    for i, key in enumerate(doc.to_array([ORTH]).tolist()):
        capital = _CAPITAL.get(key)
        if capital is None:
            capital = _CAPITAL[key] = any(c.isupper() for c in strings[key])
        if capital:
            out.append(i)
    return out


def _opens(token: Any) -> bool:
    """A sentence's first word that is no name: a function word ("In", "According")."""
    return bool(token.pos_ in FUNCTION_WORDS or token.is_stop or token.lower_ in OPENERS)
