"""frontlog: conflict reporting in, structured, geocoded, source-attributed events out.

>>> import frontlog
>>> results = frontlog.extract(["report.md"])          # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"
