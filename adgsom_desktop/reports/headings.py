"""Headings that become contents entries and PDF bookmarks (``MarkedDocTemplate.afterFlowable``)."""

from __future__ import annotations

from typing import Any

from .paragraph import ScriptParagraph


class Heading(ScriptParagraph):
    """A heading that becomes a contents entry and a PDF bookmark."""

    def __init__(
        self,
        text: str,
        style: Any,
        *,
        key: str,
        level: int,
        toc_text: str = "",
        outline_text: str = "",
        toc: bool = True,
    ) -> None:
        super().__init__(text, style)
        self.bookmark_key = key
        self.toc_level = level
        self.toc_text = toc_text
        self.outline_text = outline_text
        self.in_toc = toc

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Never split: a heading that does not fit moves whole to the next page."""
        return []
