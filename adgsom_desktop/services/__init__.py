"""Use cases: one method = one user action = one transaction.

Services take plain values, return frozen dataclasses (``records`` and the
per-feature record modules), never ORM objects, and publish a ``Change`` after
each committed write so views refresh only what concerns them.  Record and
change modules import no SQLAlchemy, so the GUI can import them before the
first paint.
"""
