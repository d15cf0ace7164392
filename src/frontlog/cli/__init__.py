"""The ``frontlog`` command: a thin layer over :mod:`frontlog.api`."""
