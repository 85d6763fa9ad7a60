"""The compilation table's data (no reportlab here: the services build it without
loading the PDF machinery; ``compilation`` renders it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompilationLine:
    label: str  # the paragraph ("OP4", "new after OP6")
    current: str
    proposal: tuple[tuple[str, str], ...]  # (kind, text): "same", "added", "removed"
    reason: str
    state: str  # "To table", "Accepted", ...
    item: str = ""


@dataclass(frozen=True)
class CompilationDoc:
    title: str  # "Draft Joint Media Statement of the 6th ADGMIN (Rev. 3)"
    lines: tuple[CompilationLine, ...]


@dataclass(frozen=True)
class CompilationData:
    title: str
    subtitle: str
    our_delegation: str
    prepared: str
    documents: tuple[CompilationDoc, ...]


__all__ = ["CompilationData", "CompilationDoc", "CompilationLine"]
