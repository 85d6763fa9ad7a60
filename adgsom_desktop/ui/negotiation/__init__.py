"""Negotiated text: a meeting's outcome documents, brackets and our amendments (Texts tab)."""
