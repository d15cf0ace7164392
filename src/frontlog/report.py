"""The record that flows through the stages, and the drafts the stages attach to it.

``Report`` is frozen: every stage returns a new one with ``dataclasses.replace``. The
drafts (``Mention`` and its parts) carry character offsets into ``Report.text``, the
cleaned text, so that every value keeps the words behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from frontlog.records import (
    Count,
    DateSpan,
    Document,
    Event,
    Evidence,
    Materiel,
    OriginalSource,
    Place,
    Span,
)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document as read: bytes decoded, nothing removed yet."""

    document_id: str
    source: str  # path, "stdin" or "file.jsonl:LINE"
    content: str
    kind: str  # "html", "markdown" or "text"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    original_source: OriginalSource | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text, matched to the dictionary."""

    name: str
    kind: str
    country: str | None
    start: int
    end: int
    text: str
    generic: bool = False  # "government troops", "militants": resolved from context


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place phrase: the name as written, how it relates to the event, its anchor."""

    name: str
    start: int
    end: int
    relation: str  # "in", "near", "direction", "countryside", "region", "object"
    level: str = "place"  # "place", "admin1", "country", "region"
    kind: str | None = None  # the feature its classifier word asks for ("village": place)
    distance_km: float | None = None  # "40 km east of X": how far from the named place
    bearing: float | None = None  # and in which direction, degrees from north
    anchor: PlaceMention | None = None
    resolved: Place | None = None
    fallback: bool = False  # resolved to a stand-in (its anchor, province or country)


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """What one mention says and who says it, before claims are grouped into events."""

    claimant: str | None = None  # None: the outlet's own assertion
    claimant_kind: str = "unknown"
    speaks_for: str | None = None
    stance: str = "asserted"
    killed: tuple[Count, ...] = ()
    injured: tuple[Count, ...] = ()
    abducted: tuple[Count, ...] = ()
    arrested: tuple[Count, ...] = ()
    materiel: tuple[Materiel, ...] = ()
    cause: str | None = None
    means: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention in one sentence."""

    sentence: int  # index into Report.sentences
    trigger: Evidence
    event_type: str
    sub_event_type: str
    family: str  # "territory", "clash", "casualty", "operation", "remote", …
    generic: bool = False  # "operation", "died": absorbed by a specific mention
    anaphoric: bool = False  # "the clashes", "the operation", "the incident"
    supplement: bool = False  # adds to an earlier mention (cause, claimant) only
    actors: tuple[tuple[str, ActorMention], ...] = ()  # (role, actor)
    places: tuple[PlaceMention, ...] = ()
    split_places: bool = False  # one event per place (territory changing hands)
    date: DateSpan | None = None
    date_evidence: Evidence | None = None
    date_carried: bool = True  # taken from an earlier sentence, or the publication week
    claim: ClaimDraft = field(default_factory=ClaimDraft)


@dataclass(frozen=True, slots=True)
class Report:
    """A document on its way through the stages."""

    raw: RawDocument
    text: str = ""
    removed: tuple[Span, ...] = ()
    meta: Metadata = field(default_factory=Metadata)
    language: str = "en"
    paragraphs: tuple[tuple[int, int], ...] = ()
    doc: Any = None  # spacy.tokens.Doc
    sentences: tuple[tuple[int, int], ...] = ()
    countries: tuple[str, ...] = ()  # what the report is about, most mentioned first
    named: tuple[ActorMention, ...] | None = None  # the groups and forces it names (no
    # generic word: its country is not known yet); None: not looked for yet
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def document_id(self) -> str:
        return self.raw.document_id

    def unresolved_places(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """Place names of events the gazetteer could not resolve, once per occurrence:
        ``(name, country, the stand-in it fell back to)``."""
        found: dict[int, tuple[str, str | None, str | None]] = {}
        for mention in self.mentions:
            for place in mention.places:
                for p in (place, place.anchor):
                    if p is None or p.start == p.end or (p.resolved and not p.fallback):
                        continue
                    stand_in = p.resolved.resolved_name if p.resolved else None
                    country = p.resolved.country if p.resolved else None
                    found.setdefault(p.start, (p.name, country or _first(self.countries), stand_in))
        return tuple(found[k] for k in sorted(found))

    def document(self, *, with_text: bool = False) -> Document:
        m = self.meta
        return Document(
            document_id=self.document_id,
            url=m.url,
            title=m.title,
            outlet=m.outlet,
            author=m.author,
            published=m.published,
            original_source=m.original_source,
            language=self.language,
            text_chars=len(self.text),
            removed=self.removed,
            text=self.text if with_text else None,
        )

    def evidence(self, field_name: str, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed of surrounding spaces."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(field_name, start, end, self.text[start:end])


def _first(values: tuple[str, ...]) -> str | None:
    return values[0] if values else None
