"""A readable terminal table of events, every figure next to the claimant who gives it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from frontlog.export import claim_summary

WIDE = 120  # columns: below this, one block per event instead of one wide table


def events_table(events: Iterable[dict[str, Any]], *, title: str = "frontlog events") -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=2)
    table.add_column("where", ratio=2)
    table.add_column("who", ratio=2)
    table.add_column("killed (says who)", justify="right", ratio=2, min_width=16)
    table.add_column("claims (who says what)", ratio=5, min_width=30)
    for e in events:
        table.add_row(
            _date(e["date"]),
            f"{e['sub_event_type']}\n[dim]{e['event_type']}[/dim]",
            _where(e["location"]),
            _who(e["actors"], e["disputed"]),
            _fatalities(e),
            "\n".join(f"• {claim_summary(c)}" for c in e["claims"]),
        )
    return table


def print_events(events: Iterable[dict[str, Any]], console: Console | None = None) -> int:
    items = list(events)
    console = console or Console()
    if not items:
        console.print("No events stored yet. Try: frontlog ingest REPORT.md")
        return 0
    if console.width >= WIDE:
        console.print(events_table(items))
    else:
        for event in items:
            console.print(event_block(event))
    console.print(f"{len(items)} events. Figures are claims: each is shown with who makes it.")
    return len(items)


def event_block(e: dict[str, Any]) -> Table:
    """One event as a two-column block, for terminals too narrow for the wide table."""
    block = Table(
        title=f"{e['sub_event_type']} [dim]({e['event_type']})[/dim]",
        title_justify="left",
        show_header=False,
        expand=True,
    )
    block.add_column("field", style="bold", no_wrap=True)
    block.add_column("value", ratio=1)
    block.add_row("date", _date(e["date"]).replace("\n", " "))
    block.add_row("where", _where(e["location"]).replace("\n", " "))
    block.add_row("who", _who(e["actors"], e["disputed"]).replace("\n", " "))
    block.add_row("killed", _fatalities(e).replace("\n", "; "))
    for claim in e["claims"]:
        block.add_row("claim", claim_summary(claim))
    return block


def _date(d: dict[str, Any]) -> str:
    span = d["start"] if d["start"] == d["end"] else f"{d['start']}\n– {d['end']}"
    return f"{span}\n[dim]precision {d['precision']}[/dim]"


def _where(loc: dict[str, Any]) -> str:
    name = loc["name"] or "?"
    resolved = loc["resolved_name"]
    shown = name if not resolved or resolved == name else f"{name} → {resolved}"
    return f"{shown} ({loc['country'] or '?'})\n[dim]geo_precision {loc['geo_precision']}[/dim]"


def _who(actors: list[dict[str, Any]], disputed: list[str]) -> str:
    names = {a["role"]: a["name"] for a in actors}
    one = " + ".join(n for r, n in names.items() if r in ("actor1", "assoc_actor1")) or "?"
    if "actor1" in disputed:
        one += " [yellow](disputed)[/yellow]"
    two = " + ".join(n for r, n in names.items() if r in ("actor2", "assoc_actor2")) or "?"
    return f"{one}\n→ {two}"


def _fatalities(e: dict[str, Any]) -> str:
    """Each figure with its claimant: a count is never shown without who gives it."""
    lines = []
    for claim in e["claims"]:
        figures = [c["count"] if c["count"] is not None else c["low"] for c in claim["killed"]]
        numbers = [f for f in figures if f is not None]
        if numbers:
            vague = any(c["count"] is None for c in claim["killed"])
            lines.append(f"{claim['claimant']}: {'≥' if vague else ''}{sum(numbers)}")
    if not lines:
        return "–"
    if "fatalities" in e["disputed"]:
        lines.append("[yellow]disputed[/yellow]")
    return "\n".join(lines)
