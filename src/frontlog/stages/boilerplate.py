"""What is not the report: boilerplate paragraphs, header lines and markdown markup.

``classify`` names the reason a paragraph is boilerplate (or returns None). ``Header``
reads the metadata lines that sit above a republished article (title, byline, outlet
and date line, the original outlet and its date) and the republication notice below it.
"""

from __future__ import annotations

import re
from datetime import datetime

from frontlog.records import OriginalSource
from frontlog.report import Metadata

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<(https?://[^>]+|mailto:[^>]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)

# (reason, pattern, words) — checked in order on the paragraph with markup stripped,
# lower-cased; a paragraph the pattern fits holds one of the words, which are looked for
# first (substring tests pass the many paragraphs no rule fits); no words: always tried
RULES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (reason, re.compile(pattern), words)
    for reason, pattern, words in (
        (
            "donation appeal",
            r"\b(?:donate|donation|paypal|patreon|support (?:the|our) "
            r"(?:project|work|journalism)|support us|if you like our content)\b",
            ("donat", "paypal", "patreon", "support", "if you like our content"),
        ),
        (
            "disclaimer",
            r"^\W*disclaimer\b|\bof sole responsibility of the author",
            ("disclaimer", "of sole responsibility of the author"),
        ),
        ("fair-use notice", r"\bfair use\b", ("fair use",)),
        (
            "copyright notice",
            r"^\W*(?:copyright|©)|\ball rights reserved\b",
            ("copyright", "©", "all rights reserved"),
        ),
        (
            "republication notice",
            r"^\W*the original source of this article is\b",
            ("the original source of this article is",),
        ),
        (
            "social link",
            r"\b(?:comment on|share (?:this|on)|follow us on|like us on)\b.*"
            r"\b(?:facebook|twitter|telegram|instagram|page|articles)\b",
            ("comment on", "share this", "share on", "follow us on", "like us on"),
        ),
        (
            "membership appeal",
            r"\bbecome a (?:member|subscriber|patron)\b|\bsubscribe to\b",
            ("become a ", "subscribe to"),
        ),
        ("media inquiries", r"^\W*for media (?:inquiries|enquiries)\b", ("for media ",)),
        ("byline", r"^\W*articles by:", ("articles by:",)),
        (
            "taxonomy labels",
            r"^\W*(?:region|theme|in-depth report|tags|categories|topics)\s*:",
            (":",),
        ),
        ("separator", r"^[\W_]+$", ()),
    )
)


def strip_markup(text: str) -> str:
    """Markdown links, emphasis and heading marks out; the words stay."""
    if "[" in text or "<" in text:
        text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    if "#" in text:
        text = _HEADING.sub("", text)
    if "*" in text or "_" in text:
        for _ in range(2):
            text = _EMPHASIS.sub(r"\2", text)
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def split_headings(paragraph: str) -> list[str]:
    """A short line without closing punctuation above text is a heading or caption."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    blocks: list[list[str]] = [[]]
    for line in lines:
        blocks[-1].append(line)
        if len(line.split()) <= 15 and not re.search(r"[.!?:;\"”’)\]]$", line):
            blocks.append([])
    return [" ".join(b) if len(b) > 1 else b[0] for b in blocks if b]


def classify(paragraph: str) -> str | None:
    """The reason this paragraph is boilerplate, or None if it may be report text."""
    lowered = strip_markup(paragraph).lower()
    for reason, pattern, words in RULES:
        if (not words or any(w in lowered for w in words)) and pattern.search(lowered):
            return reason
    if _link_only(paragraph):
        return "link-only line"
    return None


def _link_only(paragraph: str) -> bool:
    if not ("http" in paragraph or _MD_LINK.search(paragraph)):
        return False
    without = _MD_LINK.sub("", paragraph)
    without = re.sub(r"https?://\S+|www\.\S+", "", without)
    return not re.search(r"[A-Za-z]{2,}", without)


def parse_date(text: str) -> str | None:
    """ISO date of "August 15, 2017", "15 August 2017" or "2017-08-15"."""
    text = text.strip().rstrip(".").replace("Sept", "Sep")
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%b. %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


_DATED = re.compile(
    rf"^(?P<outlet>[A-Z][\w .&'’-]{{1,60}}?),?\s+(?P<date>{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})$"
)
_BYLINE = re.compile(r"^By\s+(?P<author>[A-Z][\w .,'’-]{1,80})$")
_ORIGINAL = re.compile(r"original source of this article is\s+(?P<outlet>[^\n]+?)\s*$", re.I)


class Header:
    """Reads metadata from the lines around a report; remembers what it found."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.author: str | None = None
        self.dated: list[tuple[str, str]] = []  # (outlet, iso date), in order
        self.original_outlet: str | None = None

    def read(self, paragraph: str) -> str | None:
        """If this header paragraph is metadata, note it and say which kind."""
        raw = paragraph.strip()
        plain = strip_markup(raw).strip()
        if raw.startswith("#") and self.title is None:
            self.title = plain
            return "metadata: title"
        byline = _BYLINE.match(plain)
        if byline:
            self.author = byline.group("author").strip()
            return "metadata: byline"
        dated = _DATED.match(plain)
        if dated:
            iso = parse_date(dated.group("date"))
            if iso:
                self.dated.append((dated.group("outlet").strip(), iso))
                return "metadata: outlet and date"
        return None

    def read_footer(self, paragraph: str) -> None:
        found = _ORIGINAL.search(strip_markup(paragraph).splitlines()[0])
        if found:
            self.original_outlet = found.group("outlet").strip().rstrip(".")

    def metadata(self) -> Metadata:
        outlet, published = self.dated[0] if self.dated else (None, None)
        original = None
        others = [(o, d) for o, d in self.dated[1:] if o != outlet]
        if self.original_outlet or others:
            name = self.original_outlet or others[0][0]
            date = next((d for o, d in others if o == name), others[0][1] if others else None)
            if name != outlet:
                original = OriginalSource(outlet=name, published=date)
        return Metadata(
            title=self.title,
            outlet=outlet,
            author=self.author,
            published=published,
            original_source=original,
        )
