"""Domain: SQLAlchemy models (``domain.models``), enums, text rules, reference data.

Kept light on purpose: ``domain.enums``, ``domain.text`` and
``domain.reference`` import no SQLAlchemy, so the GUI can paint its first
window before the ORM is loaded.
"""
