"""Feature types: what kind of place an entry is, and the words reports use for each.

Every gazetteer entry has one ``feature``. Administrative levels (``country``,
``admin1``, ``admin2``, ``admin3``) are areas; everything else is a point: a populated
``place`` or ``neighbourhood``, or a site such as an ``oilfield``, ``airbase``, ``dam``,
``camp``, ``mountain``, ``crossing`` or ``facility``. A ``road`` or ``river`` is a line.
"""

from __future__ import annotations

AREAS = ("country", "admin1", "admin2", "admin3")
LINES = ("road", "river")
SITES = ("oilfield", "airbase", "dam", "camp", "mountain", "crossing", "facility")
POINTS = ("place", "neighbourhood", *SITES)
FEATURES = (*AREAS, *LINES, *POINTS, "region")

# GeoNames feature class or class.code → our feature; the longest key that matches wins.
GEONAMES = {
    "P": "place",
    "P.PPLX": "neighbourhood",
    "A.PCLI": "country",
    "A.PCL": "country",
    "A.ADM1": "admin1",
    "A.ADM2": "admin2",
    "A.ADM3": "admin3",
    "A.ADM4": "admin3",
    "L.OILF": "oilfield",
    "S.OILW": "oilfield",
    "S.GOSP": "oilfield",
    "S.AIRB": "airbase",
    "S.AIRF": "airbase",
    "S.AIRP": "airbase",
    "S.DAM": "dam",
    "H.DAM": "dam",
    "S.CMP": "camp",
    "L.CMPRF": "camp",
    "S.MILB": "camp",
    "T.MT": "mountain",
    "T.MTS": "mountain",
    "T.HLL": "mountain",
    "T.HLLS": "mountain",
    "S.BDG": "crossing",
    "S.PSTB": "crossing",
    "R": "road",
    "H.STM": "river",
    "S": "facility",
    "L": "region",
    "T": "mountain",
}

# The word after a name that says what it is: "Teir Maaleh village", "Shaer oil field".
CLASSIFIERS = {
    "village": "place",
    "town": "place",
    "city": "place",
    "hamlet": "place",
    "locality": "place",
    "farm": "place",
    "farms": "place",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "quarter": "neighbourhood",
    "suburb": "neighbourhood",
    "slum": "neighbourhood",
    "district": "admin2",
    "county": "admin2",
    "territory": "admin2",
    "township": "admin2",
    "subdistrict": "admin3",
    "sub-district": "admin3",
    "nahiya": "admin3",
    "governorate": "admin1",
    "province": "admin1",
    "field": "oilfield",
    "fields": "oilfield",
    "oilfield": "oilfield",
    "oilfields": "oilfield",
    "airbase": "airbase",
    "airport": "airbase",
    "airfield": "airbase",
    "base": "camp",
    "dam": "dam",
    "camp": "camp",
    "mountain": "mountain",
    "mountains": "mountain",
    "mount": "mountain",
    "hill": "mountain",
    "hills": "mountain",
    "crossing": "crossing",
    "bridge": "crossing",
    "checkpoint": "facility",
    "refinery": "facility",
    "station": "facility",
    "prison": "facility",
    "hospital": "facility",
    "road": "road",
    "highway": "road",
    "river": "river",
}

# Which features fit a classifier word's feature: a "village" may be a place or a
# neighbourhood but not a district; a "district" is an admin2 or admin3.
COMPATIBLE = {
    "place": ("place", "neighbourhood"),
    "neighbourhood": ("neighbourhood", "place"),
    "admin2": ("admin2", "admin3"),
    "admin3": ("admin3", "admin2", "place"),
    "admin1": ("admin1",),
    "oilfield": ("oilfield", "facility"),
    "airbase": ("airbase", "facility", "camp"),
    "camp": ("camp", "airbase", "facility", "place"),
    "dam": ("dam", "facility"),
    "mountain": ("mountain",),
    "crossing": ("crossing", "facility", "place"),
    "facility": ("facility", "place", "camp"),
    "road": ("road",),
    "river": ("river",),
}


def geonames_feature(feature_class: str, feature_code: str) -> str | None:
    """Our feature for a GeoNames class and code, or None for kinds we do not keep."""
    code = f"{feature_class}.{feature_code}"
    for key in (code, code[:-1], feature_class):
        if key in GEONAMES:
            return GEONAMES[key]
    return None


VAGUE_WORDS = {"area", "areas", "region", "vicinity", "surroundings"}


def split_classifier(name: str) -> tuple[str, str | None]:
    """``"Teir Maaleh village"`` → ``("Teir Maaleh", "place")``; sites keep their word;
    a vague word goes and says nothing: ``"Ghouta area"`` → ``("Ghouta", None)``."""
    words = name.split()
    if len(words) < 2:
        return name, None
    last = words[-1].lower().strip(".,")
    if last in VAGUE_WORDS:
        return " ".join(words[:-1]), None
    feature = CLASSIFIERS.get(last)
    if feature is None:
        return name, None
    if last in ("field", "fields") and words[-2].lower() == "oil":
        return name, "oilfield"
    if feature in SITES or feature in LINES:
        return name, feature  # "Tabqa airbase" is not the town of Tabqa
    return " ".join(words[:-1]), feature


def site_base(name: str) -> str | None:
    """The town a site or road is named after: ``"Tabqa airbase"`` → ``"Tabqa"``,
    ``"the Aleppo highway"`` → ``"Aleppo"``; None for other names."""
    base, feature = split_classifier(name)
    if feature not in SITES and feature not in LINES:
        return None
    words = base.split()[:-1]
    if words and words[-1].lower() in ("oil", "gas", "air", "military"):
        words = words[:-1]
    return " ".join(words) or None


def alternatives(name: str) -> list[str]:
    """Names written as alternatives: ``"Abu Rasin/Zarkan"`` → ``["Abu Rasin", "Zarkan"]``."""
    return [part.strip() for part in name.split("/") if part.strip()] or [name]


def is_point(feature: str) -> bool:
    return feature in POINTS
