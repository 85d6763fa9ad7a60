"""Search results: a list model over ``SearchHit`` records and a delegate that paints
the title, where it is, and the snippet with its matches highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.markup import escape_html as esc
from ...services.records import SearchHit
from ..common import theme
from ..common.labels import label_tr

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "item": QT_TRANSLATE_NOOP("Labels", "Agenda item"),
        "position": QT_TRANSLATE_NOOP("Labels", "Position"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "person": QT_TRANSLATE_NOOP("Labels", "Person"),
        "action": QT_TRANSLATE_NOOP("Labels", "Action item"),
        "outcome": QT_TRANSLATE_NOOP("Labels", "Outcome"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    }
    return label_tr(labels.get(kind, kind))


def snippet_html(hit: SearchHit) -> str:
    """The snippet, escaped, with every highlighted span in a marked run."""
    out: list[str] = []
    c = theme.current()
    last = 0
    for a, b in hit.spans:
        if a < last:
            continue
        out.append(esc(hit.snippet[last:a]))
        out.append(
            f"<span style='background-color:{c['search_hit_bg']}; color:{c['text']}; "
            f"font-weight:bold'>{esc(hit.snippet[a:b])}</span>"
        )
        last = b
    out.append(esc(hit.snippet[last:]))
    return "".join(out)


def hit_html(hit: SearchHit, selected: bool = False) -> str:
    c = theme.current()
    grey, blue = (
        (c["highlight_text"], c["highlight_text"]) if selected else (c["muted"], c["heading"])
    )
    where = f" <span style='color:{grey}'>· {esc(hit.context)}</span>" if hit.context else ""
    return (
        f"<span style='color:{blue}; font-size:small'>{esc(kind_label(hit.kind))}</span> "
        f"<b>{esc(hit.title)}</b>{where}<br>{snippet_html(hit)}"
    )


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.beginResetModel()
        self.hits = tuple(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        return None

    def hit(self, row: int) -> SearchHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines of rich text per hit (escaped: no markup from the store gets through)."""

    def _doc(
        self, option: QStyleOptionViewItem, hit: SearchHit, selected: bool = False
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(hit_html(hit, selected))
        width = option.rect.width()
        view = self.parent()
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()
        doc.setTextWidth(max(200, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self._doc(option, hit, selected)
        painter.save()
        painter.translate(option.rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return super().sizeHint(option, index)
        doc = self._doc(option, hit)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
