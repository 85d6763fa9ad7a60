"""The meeting's documents attached to the store (issue #23, item 3)."""
