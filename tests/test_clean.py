"""Cleaning the bundled example: boilerplate out with reasons, metadata in."""

import pytest

from frontlog.errors import EmptyDocumentError, LanguageError
from frontlog.report import RawDocument, Report
from frontlog.stages import clean
from frontlog.stages.language import detect

from .conftest import EXAMPLE


def cleaned(content: str, kind: str = "markdown") -> Report:
    return clean.run(Report(raw=RawDocument("d1", "test", content, kind)))


@pytest.fixture(scope="module")
def example() -> Report:
    return cleaned(EXAMPLE.read_text(encoding="utf-8"))


def test_metadata_of_a_republished_article(example: Report) -> None:
    meta = example.meta
    assert meta.outlet == "Global Research"
    assert meta.published == "2017-08-15"
    assert meta.author == "South Front"
    assert meta.original_source is not None
    assert (meta.original_source.outlet, meta.original_source.published) == (
        "South Front",
        "2017-08-14",
    )
    assert meta.title is not None and meta.title.startswith("Video: ISIS Retreat")


def test_boilerplate_removed_with_reasons(example: Report) -> None:
    reasons = {s.reason for s in example.removed}
    assert {"donation appeal", "disclaimer", "fair-use notice", "copyright notice"} <= reasons
    assert {"social link", "membership appeal", "media inquiries"} <= reasons
    raw = example.raw.content
    for span in example.removed:
        assert raw[span.start : span.end].strip()
    for words in ("PayPal", "Disclaimer", "fair use", "Become a Member", "Facebook"):
        assert words not in example.text
    assert "Two US soldiers died" in example.text


def test_markdown_markup_is_gone(example: Report) -> None:
    assert "](#)" not in example.text and "*" not in example.text


def test_paragraph_offsets_cover_the_text(example: Report) -> None:
    for start, end in example.paragraphs:
        assert example.text[start:end].strip() == example.text[start:end]


def test_nothing_left_is_an_error() -> None:
    with pytest.raises(EmptyDocumentError):
        cleaned("**[Become a Member of Global Research](#)**\n\nCopyright © X, 2017")


def test_non_english_report_is_an_error() -> None:
    french = (
        "Les forces gouvernementales ont repris le contrôle de la ville après des combats "
        "qui ont duré trois jours, selon le ministère de la Défense."
    )
    with pytest.raises(LanguageError) as info:
        cleaned(french)
    assert "'fr'" in info.value.one_line()
    assert detect("مقتل ثلاثة جنود في هجوم على حاجز في ريف حلب") == "ar"
    assert detect("Three soldiers were killed in an attack on a checkpoint near Aleppo.") == "en"


def test_arabic_names_do_not_make_an_english_headline_spanish() -> None:
    # "al", "el" are Spanish function words, and the articles of Arabic names
    assert detect("14 shells hit Dahya al-Assad an clashes continue around Ter Ma'la") != "es"
    assert detect("Al Safsaf village, near Al Tabaqa, Raqqa governorate, Syria") != "es"
    spanish = "El ejército sirio bombardeó la ciudad de Idlib con el apoyo de la aviación rusa."
    assert detect(spanish) == "es"


def test_html_goes_through_trafilatura() -> None:
    html = (
        "<html><head><title>Clashes in Idlib</title></head><body><nav>Home | About</nav>"
        "<article><h1>Clashes in Idlib</h1><p>Government forces and rebels clashed near "
        "Saraqib on Monday, killing at least 12 fighters, according to local sources. The "
        "fighting lasted for several hours and spread to nearby villages.</p></article>"
        "<footer>Copyright 2020</footer></body></html>"
    )
    report = cleaned(html, "html")
    assert "Saraqib" in report.text
    assert "Home | About" not in report.text


def test_a_text_without_letters_has_no_language() -> None:
    assert detect("12 34, 56. -- 2017-08-15") is None  # all ASCII
    assert detect("12 34 — 56 × 78 ÷ 9") is None  # not all ASCII
    assert detect("Ceasefire talks resumed in Genève and Zürich on Monday, officials said.") == "en"


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("If you can, please support our work: **donate** today.", "donation appeal"),
        ("*Disclaimer*: the views are the author's own.", "disclaimer"),
        ("This article is of sole responsibility of the author(s).", "disclaimer"),
        ("This site contains copyrighted material, used under fair use.", "fair-use notice"),
        ("© Global Research, 2017", "copyright notice"),
        ("The original source of this article is South Front", "republication notice"),
        ("Share on [Twitter](https://t.co/x) and Facebook", "social link"),
        ("Become a Member of Global Research", "membership appeal"),
        ("For media inquiries: publications@example.org", "media inquiries"),
        ("Articles by: South Front", "byline"),
        ("Tags : Syria, ISIS", "taxonomy labels"),
        ("* * *", "separator"),
        ("[https://example.org/a](https://example.org/a)", "link-only line"),
        ("Government troops recaptured the village of Humaymah on Monday.", None),
        ("Troops took Deir ez-Zor, a copyright-free photo showed.", None),  # not the start
    ],
)
def test_each_boilerplate_rule_names_its_paragraphs(paragraph: str, reason: str | None) -> None:
    from frontlog.stages.boilerplate import classify

    assert classify(paragraph) == reason
