"""``frontlog eval``: accuracy measured on public evaluation data, reproducible by anyone."""
