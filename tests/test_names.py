import pytest

from frontlog.gazetteer.names import name_keys, normalize, skeleton


@pytest.mark.parametrize(
    ("written", "gazetteer"),
    [
        ("Deir Ezzor", "Dayr az Zawr"),
        ("Deir ez-Zor", "Deir Ezzor"),
        ("Sukhna", "As Sukhnah"),
        ("Maadan", "Ma‘dān"),
        ("Tal-Afar", "Tall ‘Afar"),
        ("Raqqa", "Ar Raqqah"),
        ("Khirbet Makman", "Khirbat Makman"),
        ("al-Kadir", "Al-Qadir"),
    ],
)
def test_transliteration_variants_share_a_skeleton(written: str, gazetteer: str) -> None:
    assert skeleton(written) == skeleton(gazetteer)


@pytest.mark.parametrize(("a", "b"), [("Homs", "Hama"), ("Raqqa", "Aleppo"), ("Idlib", "Deir")])
def test_different_places_stay_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_normalize_folds_accents_and_punctuation() -> None:
    assert normalize("  Ḩimş—Governorate ") == "hims governorate"
    assert name_keys("Homs")[0] == "homs"
