"""Command line: headless and scripted use of a store (no Qt)."""
