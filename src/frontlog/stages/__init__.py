"""The named stages a report flows through, in order.

    load → clean → parse → mentions → attribute → counts → dates → places → actors → incidents

Each module has one entry point ``run(report, context) -> Report`` (``load`` turns paths
into documents instead) and declares ``REQUIRES`` and ``ASSIGNS``: the ``Report`` fields
it reads and the ones it fills, checked by :mod:`frontlog.pipeline`.
"""
