"""Stage ``attribute``: who says it, and how.

"according to X", "X said / claimed / reported / announced", "X released a statement
claiming …", "X denied …". "The statement" points back to the last claimant who made a
statement. A mention with no claimant is the outlet's own assertion (stance
``asserted``); an attributed one is ``claimed``; a denial is ``denied``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from frontlog.context import Context
from frontlog.lexicon import Lexicon
from frontlog.report import ClaimDraft, Mention, Report
from frontlog.stages import syntax
from frontlog.stages.actor_match import by_nationality, find_actors

REQUIRES = ("doc", "sentences", "mentions")
ASSIGNS = ("mentions",)

REPORTING = {
    "say",
    "claim",
    "report",
    "announce",
    "state",
    "confirm",
    "deny",
    "allege",
    "add",
    "tell",
    "accuse",
    "insist",
    "assert",
    "acknowledge",
    "admit",
}
MOUTHPIECE = re.compile(r"([\w' ]+)-(?:linked|affiliated|run|controlled|backed)\b", re.IGNORECASE)
STATEMENT_NOUNS = {"statement", "report", "communique", "communiqué", "announcement", "release"}
LOCAL_LEADERS = r"\b(?:community|civil society|local|village|traditional|tribal) leaders?\b"
KIND_WORDS = (
    ("international", r"\b(?:UN|U\.N\.|United Nations|OCHA|UNHCR|ICRC|Red Cross|NATO)\b"),
    ("ngo", r"\b(?:Observatory|Human Rights|Amnesty|Watch|monitor|NGO)\b"),
    (
        "state",
        r"\b(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Aa]rmy|[Mm]ilitary|[Pp]olice|"
        r"[Cc]ommand|[Pp]resident|[Ss]pokesman|official)",
    ),
    ("media", r"\b(?:[Aa]gency|[Nn]ews|TV|[Tt]elevision|[Rr]adio|[Nn]ewspaper|[Cc]hannel)\b"),
    ("local_source", r"\b(?:[Ss]ources?|[Aa]ctivists?|[Rr]esidents?|[Ww]itness(?:es)?|locals?)\b"),
    ("local_source", LOCAL_LEADERS),
)


def run(report: Report, ctx: Context) -> Report:
    last_statement: ClaimDraft | None = None
    out: list[Mention] = []
    for mention in report.mentions:
        start, end = report.sentences[mention.sentence]
        sent = syntax.sentence_of(report.doc, start, end)
        draft = _claimant(report, ctx, sent, last_statement)
        if draft is not None:
            if "statement" in sent.text.lower() or draft.claimant_kind != "local_source":
                last_statement = draft
            claim = replace(
                mention.claim,
                claimant=draft.claimant,
                claimant_kind=draft.claimant_kind,
                speaks_for=draft.speaks_for,
                stance=draft.stance,
                evidence=mention.claim.evidence + draft.evidence,
            )
            out.append(replace(mention, claim=claim))
        else:
            out.append(mention)
    return replace(report, mentions=tuple(out))


def _claimant(
    report: Report, ctx: Context, sent: Any, last: ClaimDraft | None
) -> ClaimDraft | None:
    for token in sent:
        if token.lemma_ == "accord" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _resolve(report, ctx.lexicon, obj, "claimed", last)
    for token in sent:
        if token.lemma_ not in REPORTING or token.pos_ != "VERB":
            continue
        subject = min(  # of two, the one next to the verb: the parser may hang the told
            # clause's subject on it too ("ADF rebels killed …, a local leader said")
            (c for c in token.children if c.dep_ == "nsubj"),
            key=lambda c: abs(c.i - token.i),
            default=None,
        )
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None:  # "claimed by Da'esh"
            subject = next((c for c in agent.children if c.dep_ == "pobj"), subject)
        if subject is None and token.i > 0 and syntax.lost_speaker(token.doc[token.i - 1]):
            subject = token.doc[token.i - 1]  # "…, a local rescue team said"
        if subject is None and token.dep_ == "acl" and token.head.lower_ in STATEMENT_NOUNS:
            releaser = token.head.head
            subject = next((c for c in releaser.children if c.dep_ == "nsubj"), None)
        if subject is None or not _could_speak(subject):
            continue
        stance = "denied" if token.lemma_ == "deny" else "claimed"
        return _resolve(report, ctx.lexicon, subject, stance, last)
    return None


def _resolve(
    report: Report, lexicon: Lexicon, head: Any, stance: str, last: ClaimDraft | None
) -> ClaimDraft | None:
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    phrase = report.text[start:end]
    evidence = (report.evidence("claimant", start, end),)
    for claimant in lexicon.claimants:
        for alias in sorted(claimant.aliases, key=len, reverse=True):
            flags = 0 if alias[:1].isupper() else re.IGNORECASE
            if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", phrase, flags):
                return ClaimDraft(
                    claimant=claimant.name,
                    claimant_kind=claimant.kind,
                    speaks_for=claimant.speaks_for,
                    stance=stance,
                    evidence=evidence,
                )
    if head.lower_ in STATEMENT_NOUNS and last is not None:
        return replace(last, stance=stance, evidence=evidence)
    outlet = MOUTHPIECE.search(phrase)
    if outlet is not None:  # "an IS-linked news agency" speaks for IS
        owners = find_actors(outlet.group(1), start + outlet.start(1), lexicon, country=None)
        if owners:
            name = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE).strip()
            kind = "state" if owners[0].kind in ("state", "external") else "armed_group"
            return ClaimDraft(name, kind, owners[0].name, stance, evidence=evidence)
    actors = [  # "the Egyptian army": named after all, by its nationality word
        a
        for a in find_actors(phrase, start, lexicon, country=None)
        if not a.generic or by_nationality(a, lexicon)
    ]
    if actors:
        actor = actors[0]
        kind = "state" if actor.kind in ("state", "external") else "armed_group"
        return ClaimDraft(actor.name, kind, actor.name, stance, evidence=evidence)
    name = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE).strip()
    if not name or head.lower_ in STATEMENT_NOUNS:
        return None
    return ClaimDraft(name, _kind_of(name), None, stance, evidence=evidence)


def _could_speak(head: Any) -> bool:
    """A claimant is a named party or a word for one, not "it" or "the attacks"."""
    if head.pos_ == "PRON":
        return False
    words = list(head.subtree)
    if any(t.pos_ == "PROPN" for t in words):
        return True
    if any(re.search(pattern, head.text) for _, pattern in KIND_WORDS):
        return True
    named = head.doc[words[0].i : head.i + 1].text  # "a local civil society leader",
    return bool(re.search(LOCAL_LEADERS, named))  # not "the leader"


def _kind_of(name: str) -> str:
    for kind, pattern in KIND_WORDS:
        if re.search(pattern, name):
            return kind
    return "unknown"
