"""What a sentence tells as background, not as the event: a deed someone is accused
or suspected of, a group those arrested are said to back, people warned to leave
before a strike, captives named with their captors. Used by the ``mentions``,
``counts`` and ``actors`` stages."""

from __future__ import annotations

from typing import Any

from frontlog.stages.syntax import Token, misattached, span_of

ACCUSED = {"accuse", "accused", "suspect", "suspected", "convict", "charge", "suspicion"}


def accused_of(token: Token) -> bool:
    """A deed someone is accused, suspected or convicted of is background, not news:
    "the home of a Palestinian accused of killing a soldier"."""
    return _accusation(token) is not None


BACKING = {"support", "help", "aid", "assist", "collaborate", "shelter", "harbour", "harbor"}
BACKING |= {"feed", "finance", "fund", "supply", "pass", "spy", "inform"}


def accused_of_backing(token: Token) -> bool:
    """A group those arrested are accused of backing, not of belonging to: "on
    suspicion of supporting the PDF", "accusing them of links to Fano", "a resident
    who was passing positions to Russian intelligence" (civilians arrested), where
    "people suspected of links to the Islamic State" are its men."""
    for above in list(token.ancestors)[:4]:
        if above.dep_ == "relcl" and above.lemma_ in BACKING:
            return True  # "a resident who was passing positions to Russian intelligence"
    found = _accusation(token)
    if found is None:
        return False
    accuser, path = found
    return any(t.lemma_ in BACKING for t in path) or (
        accuser.lemma_ == "accuse" and accuser.tag_ == "VBG"
    )


def _accusation(token: Token) -> tuple[Token, list[Token]] | None:
    """Who or what accuses (the verb or noun), and the words from ``token`` up to it,
    when ``token`` is in what someone is accused of."""
    tok, path = token, [token]
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if misattached(tok):
            return None  # "dragged two men suspected of stealing a phone and beat them"
        accuser = head.head
        if head.lower_ in ("of", "with") and accuser.lemma_ in ACCUSED:
            # "Ukraine accused Russian troops of using gas" is Ukraine's claim of an
            # event, not background; "a note that accused him of helping the police" is
            # background
            if accuser.tag_ not in ("VBD", "VBZ", "VBP") or accuser.dep_ == "relcl":
                return accuser, path
            return None
        if head.lower_ == "to" and accuser.lemma_ == "belong" and _alleged(accuser):
            return accuser, path  # "beat two men to death, saying they belonged to a gang"
        tok = head
        path.append(tok)
    return None


def _alleged(verb: Token) -> bool:
    """A clause someone says or claims: "saying they belonged to a gang"."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in ("say", "claim", "allege", "insist")


LEAVING = {"leave", "evacuate", "flee", "vacate", "go"}


def warned_to_leave(token: Token) -> bool:
    """Those warned or ordered to leave before a strike were not its victims: "after
    warning its residents to leave"."""
    head = token.head
    return (
        token.dep_ == "dobj"
        and head.lemma_ in ("warn", "order", "tell", "urge", "call")
        and any(c.dep_ == "xcomp" and c.lemma_ in LEAVING for c in head.children)
    )


CAPTORS = {"bandits", "gunmen", "kidnappers", "militants", "fighters", "rebels", "gangs"}
CAPTORS |= {"pirates", "abductors", "insurgents", "jihadists", "men", "captors"}


def _held_by_them(token: Token) -> bool:
    """Captives named with their captors ("bandits holding 18 travellers fled after a
    gunfight with soldiers") are no side of what the captors did."""
    head = token.head
    if token.dep_ != "dobj" or head.dep_ != "acl" or head.lemma_ not in ("hold", "keep"):
        return False
    return head.head.lower_ in CAPTORS  # not "a barracks holding prisoners of war"


def background_words(doc: Any, start: int, end: int, *, backing: bool = False) -> bool:
    """Whether the words at ``start:end`` are background, not a party: in what someone
    is accused of ("a Palestinian accused of killing a soldier" names no soldier of
    this event; with ``backing``, of backing: :func:`accused_of_backing`), those
    warned to leave (:func:`warned_to_leave`), or captives named with their captors."""
    span = span_of(doc, start, end)
    if span is None:
        return False
    if warned_to_leave(span.root) or _held_by_them(span.root):
        return True
    return accused_of_backing(span.root) if backing else accused_of(span.root)
