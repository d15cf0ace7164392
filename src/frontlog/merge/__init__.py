"""Stage ``merge``, run where the store is: reports of one incident become one event.

``match`` decides whether a new report is a stored incident, ``combine`` recomputes
the incident from its reports, ``syndication`` finds republished copies.
"""
