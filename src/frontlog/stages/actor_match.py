"""Finding actors in text: dictionary names, nationality + force words, generic words.

Shared by the ``counts`` stage (whose side is a count on?) and the ``actors`` stage
(who acted on whom?). Longest match wins; a generic word ("government troops",
"militants") names the forces of the report's main country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from frontlog.lexicon import ActorEntry, Lexicon
from frontlog.report import ActorMention
from frontlog.stages.actor_ethnic import find_ethnic
from frontlog.stages.place_words import ATTACK_WORDS

FORCE_WORDS = (
    r"(?:soldiers?|troops|forces|military|army|servicem[ae]n|service members?|personnel"
    r"|aircraft|warplanes?|jets?|helicopters?|gunships?|artillery|navy|air force|police"
    r"|policem[ae]n|police officers|drones?|tanks?|(?:air ?)?strikes?|airstrikes?|bombers"
    r"|warships?|gunboats?|commandos?|marines|paratroopers|snipers?|shelling|missiles?"
    r"|rockets?|shells|air defen[cs]es?|patrols?|convoys?|positions|outposts?|bases?"
    r"|checkpoints?|trench(?:es)?|units?|(?:border )?guards|(?:glide )?bombs?|bulldozers?"
    r"|armou?red vehicles?|prisoners? of war|POWs?)"
)
WEAPON_KINDS = r"guided|unguided|aerial|cruise|ballistic|long-range|kamikaze|attack"  # the
# first of two words between a nationality and its weapon
POLICE = re.compile(r"\bpolice", re.IGNORECASE)
ARMED_WORDS = r"(?:militiamen|militias?|militants|gunmen|rebels|guerrillas|insurgents|jihadists)"


_WORD = re.compile(r"\w+")
REACH_BACK = 200  # characters before a mention that "supporters of the" may take up
FOLLOWERS = re.compile(
    r"\b(?:supporters|sympathi[sz]ers|followers|relatives|families|voters)"
    r"\s+of\s+(?:the\s+)?(?:\w+\s+and\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
FOLLOWERS_AFTER = re.compile(  # "suspected Boko Haram collaborators"
    r"\s+(?:collaborators|supporters|sympathi[sz]ers|followers)\b", re.IGNORECASE
)
UNPLACED = re.compile(r"\s*\(\{country\}\)|\s+of \{country\}")


@cache
def _compiled(lexicon: Lexicon) -> list[tuple[str, int, re.Pattern[str], ActorEntry]]:
    """(key word, where it starts in the alias, pattern, actor) per alias, longest alias
    first. The key is the alias's longest word ("army" of "the army"): the alias is
    tried only where it stands, and a long word stands in fewer places than "the"."""
    pairs: list[tuple[str, ActorEntry]] = []
    for actor in lexicon.actors:
        for alias in actor.aliases:
            pairs.append((alias, actor))
    pairs.sort(key=lambda p: -len(p[0]))
    out = []
    for alias, actor in pairs:
        flags = re.IGNORECASE if alias.islower() or actor.generic else 0
        words = list(_WORD.finditer(alias.replace("’", "'")))
        longest = max(words, key=lambda w: len(w.group(0)), default=None)
        pattern = re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w]|-\w)", flags)
        key, lead = (longest.group(0).casefold(), longest.start()) if longest else ("", 0)
        out.append((key, lead, pattern, actor))
    return out


@cache
def _by_key_word(lexicon: Lexicon) -> dict[str, list[int]]:
    """Key word → the numbers of the aliases it is the key of (in :func:`_compiled`). An
    alias is tried only on a text holding its key word, in the order of ``_compiled``."""
    out: dict[str, list[int]] = {}
    for number, (key, _, _, _) in enumerate(_compiled(lexicon)):
        out.setdefault(key, []).append(number)
    return out


@cache
def country_isos(lexicon: Lexicon) -> dict[str, str]:
    """Country names → ISO codes: "Chad" → "TD"."""
    return {name: iso for iso, name in lexicon.country_names.items()}


@cache
def _nationals(lexicon: Lexicon) -> dict[str, str]:
    """Nationality words and country possessives → ISO code: "Chadian", "Chad's"."""
    owners = {f"{name}'s": iso for name, iso in country_isos(lexicon).items()}
    return {**owners, **lexicon.demonyms}


@cache
def _national_words(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the nationality words: a text without one has no match."""
    return frozenset(w.casefold() for n in _nationals(lexicon) for w in _WORD.findall(n)[:1])


@cache
def _demonym_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    nationals = _nationals(lexicon)
    names = "|".join(sorted((re.escape(d) for d in nationals), key=len, reverse=True))
    words = f"(?:{FORCE_WORDS}|(?P<armed>{ARMED_WORDS})|(?P<gov>government|authorities))"
    model = r"(?:\s+(?=[\w-]*[A-Z0-9])[\w-]+){2}"  # "a US MQ-9 Reaper drone"
    kind = rf"\s+(?:{WEAPON_KINDS})\s+[\w-]+"  # "a Russian guided aerial bomb"
    return re.compile(rf"(?<![\w-])(?P<dem>{names})(?:{kind}|\s+[\w-]+|{model})?\s+{words}\b")


@cache
def _first_of_two(lexicon: Lexicon) -> re.Pattern[str]:
    """The first nation of "Azerbaijani and Armenian soldiers" (the second is matched
    with its forces word by ``_demonym_pattern``)."""
    names = "|".join(sorted((re.escape(d) for d in _nationals(lexicon)), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<dem>{names})(?=\s+and\s+(?:{names})(?:\s+[\w-]+)?\s+{FORCE_WORDS}\b)"
    )


@cache
def _one_national(lexicon: Lexicon) -> re.Pattern[str]:
    """One person named by nationality: "a 17-year-old Palestinian", "a Syrian farmer"
    (not "a Syrian soldier", an army's)."""
    names = sorted(
        (re.escape(d) for d in lexicon.demonyms if d[:1].isupper() and " " not in d),
        key=len,
        reverse=True,
    )
    return re.compile(
        rf"(?<![\w-])[Aa]n?\s+(?:[\w-]+\s+){{0,2}}?(?P<dem>{'|'.join(names)})"
        rf"(?:(?:\s+(?:{KINDS_OF}))?\s+(?:{ONE_PERSON})(?![\w-])"
        rf"|(?=\s*[,.;:]|\s+(?:{CLAUSE_WORDS})\b|\s*$))"
    )


ONE_PERSON = r"man|woman|boy|girl|teenager|youth|child|civilian|farmer|shepherd|student|sailor"
ONE_PERSON += r"|fisherman|worker|journalist|trader|driver|teacher|doctor|nurse|priest|engineer"
ONE_PERSON += r"|pastor|missionary|businessman|tourist|professor|monk|nun|imam|lawyer|volunteer"
KINDS_OF = r"aid|health|rights|farm|construction|factory|hospital|camp"  # "a Swiss aid worker"
CLAUSE_WORDS = r"in|at|on|near|during|who|from|was|by|after|when|while|as|and|outside"


@cache
def _peoples(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Plural nationality nouns ("Palestinians", "Syrians"), and the counts that make
    them people rather than a state: "five Palestinians", "dozens of Syrians"."""
    plurals = {
        f"{d}s": iso
        for d, iso in lexicon.demonyms.items()
        if d[:1].isupper() and " " not in d and not d.endswith(("s", "sh", "ch", "ese"))
    }
    names = "|".join(sorted(map(re.escape, plurals), key=len, reverse=True))
    amounts = sorted({*lexicon.numbers, *lexicon.vague, "many", "some"}, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in amounts)
    counted = re.compile(rf"(?:\d[\d,]*|\b(?:{words}))(?:\s+of)?\s+$", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), counted


def find_actors(
    text: str, offset: int, lexicon: Lexicon, *, country: str | None, unplaced: bool = False
) -> list[ActorMention]:
    """Actors named in ``text`` (which starts at ``offset`` of the cleaned text).

    A generic word ("gunmen", "residents") names an actor of ``country``; when the
    country is unknown it is left out, or with ``unplaced`` named without a country
    ("Civilians"), so that who acted on whom still types the event."""
    original = text
    text = text.replace("’", "'")  # same length: offsets stay true
    taken: list[tuple[int, int]] = []
    found: list[ActorMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    starts: dict[str, list[int]] = {}  # each word → where it starts in the text
    for run in _WORD.finditer(text):
        starts.setdefault(run.group(0).casefold(), []).append(run.start())
    words = starts.keys()
    national = sorted(  # where a nationality word may start; none: no match
        p for w in words & _national_words(lexicon) for p in starts[w]
    )
    by_people = find_ethnic(text, offset, lexicon, country)  # "Dinka youths"
    for mention in [*(_by_nation(text, offset, lexicon, national) if national else ()), *by_people]:
        a, b = mention.start - offset, mention.end - offset
        if free(a, b):
            taken.append((a, b))
            found.append(replace(mention, text=original[a:b]))
    compiled, by_key = _compiled(lexicon), _by_key_word(lexicon)
    for number in sorted(n for w in words for n in by_key.get(w, ())):
        key, lead, pattern, actor = compiled[number]
        for match in _matches(pattern, text, starts[key], lead):
            if not free(match.start(), match.end()):
                continue
            if actor.generic and country is None and "{country}" in actor.name and not unplaced:
                continue
            taken.append((match.start(), match.end()))
            found.append(_mention(actor, match, offset, lexicon, country, original))
    aged = "old" in starts and (country or unplaced)  # "a 60-year-old woman"
    civilians = generic_entry(lexicon, "Civilians") if aged else None
    if civilians is not None:
        for match in AGED.finditer(text):
            if free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                found.append(_mention(civilians, match, offset, lexicon, country, original))
    found = [  # "supporters of Hezbollah", "Boko Haram collaborators" are not its forces
        m
        for m in found
        if not FOLLOWERS.search(
            text, max(m.start - offset - REACH_BACK, 0), max(m.start - offset, 0)
        )
        and not (not m.generic and FOLLOWERS_AFTER.match(text, m.end - offset))
    ]
    found = [_armed_with(m, text, offset, lexicon) for m in found]
    named_ends = [m.end for m in found if not m.generic]
    found = [  # "ISIS fighters", "SAA troops": the named actor says who they are
        m for m in found if not (m.generic and any(0 <= m.start - e <= 1 for e in named_ends))
    ]
    return sorted(found, key=lambda m: m.start)


AGED = re.compile(  # a person told by age: a civilian, unless a force word follows
    r"(?<![\w-])[\w-]+?[- ](?:year|month)s?[- ]olds?"
    r"(?:\s+(?:wom[ae]n|m[ae]n|boys?|girls?|child(?:ren)?|teenagers?|bab(?:y|ies)|infants?"
    r"|farmers?|shepherds?|students?)\b|(?=\s*[,.;:)]|\s+(?:and|in|at|on|was|were|who|near)\b))"
)
ARMED_WITH = re.compile(  # guns, not machetes or sticks: those make a mob
    r"\s+armed\s+with\s+(?:[\w-]+\s+)?(?:guns|rifles|shotguns|pistols|firearms|weapons"
    r"|AK-47s?|Kalashnikovs|grenades|explosives)\b"
)


def _armed_with(mention: ActorMention, text: str, offset: int, lexicon: Lexicon) -> ActorMention:
    """People "armed with" guns, or suspected of planning attacks, are armed men,
    unnamed: "illegal miners armed with shotguns attacked a police patrol", "police
    killed two men suspected of planning an attack" (villagers armed with machetes stay
    a mob's)."""
    if mention.kind != "civilians" or not mention.generic:
        return mention
    if not (
        ARMED_WITH.match(text, mention.end - offset) or PLOTTERS.match(text, mention.end - offset)
    ):
        return mention
    group = generic_entry(lexicon, "Armed Group")
    if group is None:
        return mention
    if mention.country is None:
        return replace(mention, name=UNPLACED.sub("", group.name), kind=group.kind)
    return replace(mention, name=lexicon.named_for(group.name, mention.country), kind=group.kind)


PLOTTERS = re.compile(
    r"\s+suspected\s+of\s+(?:planning|plotting|preparing|carrying\s+out|staging)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks?|bombings?|assaults?)\b"
)
NAME_WORD = re.compile(r"[A-Z][\w'-]*")


def inside_a_name(text: str, start: int, end: int) -> bool:
    """A nationality word between two capitalised words is part of a name: "Datu Saudi
    Ampatuan" is a town of the Philippines."""
    before, after = text[:start].split(), text[end:].split()
    return bool(
        before and after and NAME_WORD.fullmatch(before[-1]) and NAME_WORD.fullmatch(after[0])
    )


def _by_nation(
    text: str, offset: int, lexicon: Lexicon, where: list[int]
) -> Iterator[ActorMention]:
    """Actors named by a nationality word: "Israeli tanks", "Burundian militiamen" (an
    armed group of Burundi), "the Colombian government"; and "five Palestinians", the
    civilians of a nation (not a word of a name: "Datu Saudi Ampatuan")."""
    for mention in _nation_words(text, offset, lexicon, where):
        if not inside_a_name(text, mention.start - offset, mention.end - offset):
            yield mention


def _nation_words(
    text: str, offset: int, lexicon: Lexicon, where: list[int]
) -> Iterator[ActorMention]:
    """``where``: the starts of the words a nationality word may begin with; the forces
    patterns are tried there only (:func:`_matches`), not scanned over the text."""
    for match in _matches(_first_of_two(lexicon), text, where, 0):
        iso = _nationals(lexicon)[match.group("dem")]
        police = POLICE.search(text[match.end() : match.end() + 40]) is not None
        actor = forces_of(lexicon, iso, police=police)
        if actor:
            yield _mention(actor, match, offset, lexicon, iso, text)
    for match in _matches(_demonym_pattern(lexicon), text, where, 0):
        iso = _nationals(lexicon)[match.group("dem")]
        police = POLICE.search(match.group(0)) is not None
        if match.group("armed") or match.group("gov"):
            word = "Armed Group" if match.group("armed") else "Government of"
            actor = generic_entry(lexicon, word)
        else:
            actor = forces_of(lexicon, iso, police=police)
        if actor:
            yield _mention(actor, match, offset, lexicon, iso, text)
    civilians = next((a for a in lexicon.actors if a.generic and a.kind == "civilians"), None)
    if civilians is None:
        return
    peoples, counted = _peoples(lexicon)
    for match in peoples.finditer(text):
        if counted.search(text[max(0, match.start() - 30) : match.start()]):
            iso = lexicon.demonyms[match.group(0)[:-1]]
            yield _mention(civilians, match, offset, lexicon, iso, text)
    for match in _one_national(lexicon).finditer(text):
        iso = lexicon.demonyms[match.group("dem")]
        yield _mention(civilians, match, offset, lexicon, iso, text)


def _matches(
    pattern: re.Pattern[str], text: str, starts: list[int], lead: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where the alias's key word stands (it
    starts ``lead`` characters into the alias): one scan of the text for all aliases
    instead of one per alias."""
    after = 0
    for start in starts:
        if start - lead < after:
            continue
        match = pattern.match(text, start - lead)
        if match:
            after = match.end()
            yield match


def by_nationality(mention: ActorMention, lexicon: Lexicon) -> bool:
    """Named by a nationality word ("Israeli tanks", "Burundian militiamen"), not by its
    own name: such forces may be abroad, and such a generic actor is named after all."""
    return mention.text.split()[0] in lexicon.demonyms


def fired_from(token: Any) -> bool:
    """The name where fire came from: "shelling from Ukraine", "rockets fired from
    Lebanon", "a drone launched from Yemen" — not where it hit."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in ("across", "beyond") and prep.head.lower_ == "from":
        token, prep = prep, prep.head  # "fire from across the Dnipro"
    if token.dep_ not in ("pobj", "prep") or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    source = prep.head
    words = {source.lower_, source.lemma_.lower()}
    return bool(words & (ATTACK_WORDS | {"fire", "launch", "shell", "fired", "launched"}))


def forces_of(lexicon: Lexicon, iso: str, *, police: bool = False) -> ActorEntry | None:
    """A country's military forces ("Russian aircraft"), or its police ("Egyptian police")."""
    prefix = "Police Forces of" if police else "Military Forces of"
    for actor in lexicon.actors:
        state = actor.kind in ("state", "external") and not actor.generic
        if actor.country == iso and state and actor.name.startswith(prefix):
            return actor
    generic = "Police Forces" if police else "Military Forces"
    return generic_entry(lexicon, generic)


@cache
def generic_entry(lexicon: Lexicon, words: str) -> ActorEntry | None:
    """The dictionary's first generic entry whose name holds ``words`` ("Armed Group",
    "Military Forces", "Government of")."""
    return next((a for a in lexicon.actors if a.generic and words in a.name), None)


def _mention(
    actor: ActorEntry,
    match: re.Match[str],
    offset: int,
    lexicon: Lexicon,
    country: str | None,
    original: str,
) -> ActorMention:
    other = dict(actor.instead).get(country or "")
    actor = (lexicon.actor(other) if other else None) or actor  # "the coalition" in Yemen
    name, actor_country = actor.name, actor.country
    if actor.generic and country is None:
        name = UNPLACED.sub("", actor.name)  # "Civilians", "Unidentified Armed Group"
    elif actor.generic:
        iso = country or ""
        name = lexicon.named_for(actor.name, iso)
        actor_country = country
        known = next((a for a in lexicon.actors if a.name == name and not a.generic), None)
        if known:
            name = known.name
    return ActorMention(
        name=name,
        kind=actor.kind,
        country=actor_country,
        start=offset + match.start(),
        end=offset + match.end(),
        text=original[match.start() : match.end()],
        generic=actor.generic,
    )
