from frontlog.records import Claim, Count
from frontlog.stages.reconcile import disputed, fatalities, total


def count(
    n: int | None, low: int | None = None, high: int | None = None, vague: str | None = None
) -> Count:
    return Count(n, low if n is None else n, high if n is None else n, "X", vague, "t")


def claim(
    name: str,
    killed: list[Count],
    injured: list[Count] = (),
    cause: str | None = None,
    stance: str = "claimed",
) -> Claim:  # type: ignore[assignment]
    return Claim(
        name,
        "d",
        name,
        "state",
        "o",
        stance,
        tuple(killed),
        tuple(injured),
        (),
        cause,
        (),
        (),  # type: ignore[arg-type]
    )


US = claim("US military", [count(2)], [count(5)], "not due to enemy contact")
AMAQ = claim("Amaq", [count(4)], [count(6)], "shelling")


def test_low_best_high_across_claims() -> None:
    f = fatalities([US, AMAQ])
    assert (f.low, f.best, f.high) == (2, 2, 4)
    assert fatalities([US, AMAQ], policy="maximum").best == 4
    assert fatalities([US, AMAQ, claim("c", [count(3)])], policy="median").best == 3


def test_no_figure_means_all_null() -> None:
    f = fatalities([claim("x", [])])
    assert (f.low, f.best, f.high) == (None, None, None)


def test_vague_counts_use_the_convention_figure() -> None:
    assert total([count(None, 10, None, "large numbers")]) == (10, None)
    assert total([count(2), count(None, 12, 99, "dozens")]) == (14, 101)


def test_disputed_fields() -> None:
    assert disputed([US, AMAQ]) == ("fatalities", "injured", "cause")
    assert disputed([US, US]) == ()
    assert "occurrence" in disputed([US, claim("y", [], stance="denied")])
