"""Translations (issue #24, item 3): every visible string goes through Qt's translation
system, the catalogues are current, and the language chosen in Settings is the one shown."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.i18n import TRANSLATED, ts_path
from adgsom_desktop.i18n.catalogue import load, parse
from adgsom_desktop.i18n.scan import scan_source, scan_tree
from adgsom_desktop.i18n.update import CATALOGUE_FILE, catalogue_source, lupdate_command, sources

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "adgsom_desktop"


# -- the scan: literals passed to Qt text setters outside tr() ------------------------------


def test_the_scan_finds_literals_outside_tr_and_accepts_tr() -> None:
    bad = """
class W(QWidget):
    def build(self, name):
        QLabel("Objective:", self)
        self.setWindowTitle(f"Settings of {name}")
        form.addRow("Red line:", edit)
        QMessageBox.warning(self, "Not saved", "The store is read-only.")
        button.setToolTip("Save " + name)
        table.setHorizontalHeaderLabels(["Due", self.tr("Owner")])
        menu.addAction("&Open…")
        self.setText(self.tr(name))
        label.setText(f"<b>{self.tr('Last met')}</b>")
"""
    found = scan_source(bad, "bad.py")
    assert sorted(f.text for f in found) == sorted(
        [
            "Objective:",
            "Settings of ",
            "Red line:",
            "Not saved",
            "The store is read-only.",
            "Save ",
            "Due",
            "&Open…",
            "self.tr(name)",
            "self.tr('Last met')",
        ]
    )
    good = """
class W(QWidget):
    def build(self, name, when):
        QLabel(self.tr("Objective:"), self)
        self.setWindowTitle(self.tr("Settings of %1").replace("%1", name))
        form.addRow(QCoreApplication.translate("Form", "Red line:"), edit)
        label.setText(f"{when:%H:%M} · {name}")
        label.setText(when.strftime("%d %b %Y"))
        self.setText("ไทย")  # i18n: data
        button.setText("↑")
        bar.setFormat("%p%")
"""
    assert scan_source(good, "good.py") == []


def test_no_user_visible_literal_outside_tr() -> None:
    found = scan_tree(PACKAGE / "ui", ROOT)
    app = PACKAGE / "app.py"
    found += scan_source(app.read_text(encoding="utf-8"), "adgsom_desktop/app.py")
    assert not found, "not marked for translation:\n" + "\n".join(map(str, found))


# -- the catalogues are current: every change translates its own strings --------------------


def test_label_catalogue_is_current() -> None:
    assert CATALOGUE_FILE.read_text(encoding="utf-8") == catalogue_source(), (
        "run: python -m adgsom_desktop.i18n.update"
    )


@pytest.mark.slow
def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over today's code adds nothing to the .ts files in the repository."""
    for language in TRANSLATED:
        copy = tmp_path / f"adgsom_{language}.ts"
        shutil.copy(ts_path(language), copy)
        cmd = [*lupdate_command(), *map(str, sources()), "-no-obsolete", "-locations", "none"]
        subprocess.run([*cmd, "-ts", str(copy)], check=True, capture_output=True)
        committed = {(m.context, m.source) for m in parse(ts_path(language)).messages}
        current = {(m.context, m.source) for m in parse(copy).messages}
        assert current - committed == set(), "run: python -m adgsom_desktop.i18n.update"
        assert committed - current == set(), "run: python -m adgsom_desktop.i18n.update"


# -- the language in Settings, applied with a QTranslator -----------------------------------


@pytest.fixture
def thai(qapp: Any) -> Iterator[Any]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, "th")
    yield qapp
    translation.install(qapp, "en")


def test_settings_offers_the_languages_and_keeps_the_choice(qtbot: Any, window: Any) -> None:
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    dlg = SettingsDialog(SettingsValues(language=window.preferences.language()), [])
    qtbot.addWidget(dlg)
    names = [dlg.language.itemText(i) for i in range(dlg.language.count())]
    assert names[1:] == ["English", "ไทย", "Tiếng Việt"]
    assert dlg.language.currentData() == ""  # the system's, by default
    dlg.language.setCurrentIndex(dlg.language.findData("th"))
    values = dlg.values()
    assert values.language == "th"
    window.apply_settings(values)
    assert window.preferences.language() == "th"
    assert "starts again" in window.statusBar().currentMessage()


def test_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from adgsom_desktop.ui.common import translation

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("vi_VN")))
    assert translation.resolve("") == "vi"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert translation.resolve("") == "en"
    assert translation.resolve("th") == "th"


def test_thai_is_shown_after_install(qtbot: Any, thai: Any) -> None:
    """The .ts is compiled with lrelease at first use and loaded into a QTranslator; the
    settings dialog built afterwards speaks Thai, and the locale writes Thai dates."""
    from PySide6.QtCore import QDate, QLocale

    from adgsom_desktop.ui.common import translation
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    assert translation.current_language() == "th"
    qm = translation.compiled("th")
    assert qm.suffix == ".qm" and qm.stat().st_size > 0
    dlg = SettingsDialog(SettingsValues(), [])
    qtbot.addWidget(dlg)
    expected = load("th").translate("SettingsDialog", "Settings")
    assert expected != "Settings"
    assert dlg.windowTitle() == expected
    assert QLocale().language() == QLocale.Language.Thai
    assert "มกราคม" in QLocale().toString(QDate(2026, 1, 12), QLocale.FormatType.LongFormat)


# -- the catalogues are complete and use the glossary's terms -------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_is_complete(language: str) -> None:
    catalogue = load(language, fresh=True)
    stale = [m for m in catalogue.messages if m.state in ("obsolete", "vanished")]
    missing = [m.source for m in catalogue.messages if not m.finished and m not in stale]
    assert not stale, f"{len(stale)} obsolete entries: run python -m adgsom_desktop.i18n.update"
    assert catalogue.stats().percent == 100.0, f"{len(missing)} untranslated: {missing[:10]}"


GLOSSARY = {  # English term: (Thai, Vietnamese), as docs/glossary.md fixes them
    "red line": ("เส้นต้องห้าม", "lằn ranh đỏ"),
    "head of delegation": ("หัวหน้าคณะผู้แทน", "trưởng đoàn"),
    "points to make": ("ประเด็นที่จะกล่าว", "điểm cần nêu"),
    "not for disclosure": ("ห้ามเปิดเผย", "không được tiết lộ"),
    "briefing pack": ("แฟ้มบรีฟ", "bộ tài liệu chuẩn bị"),
    "addendum": ("เอกสารเพิ่มเติม", "phụ lục bổ sung"),
    "fallback": ("ท่าทีสำรอง", "phương án lùi"),
    "defensive lines": ("ประเด็นตั้งรับ", "luận điểm phòng thủ"),
    "passphrase": ("วลีรหัสผ่าน", "cụm mật khẩu"),
    "position ladder": ("ลำดับขั้นท่าที", "thang lập trường"),
    "purpose": ("ประเภทวาระ", "mục đích"),  # an item's; not "objective" (review s31 G7)
    "brief": ("ท่าที", "lập trường"),  # the position on an item (review s35 T9)
    "steering brief": ("แนวทางการประชุม", "định hướng chỉ đạo"),
}
# On the pack's cover "brief" names the whole briefing pack.
PACK_AS_BRIEF = frozenset(
    {
        "Brief No. %s",
        "Brief for the Head of Delegation",
        "Brief for the delegation",
        "Brief for other agencies",
        "Brief reference",
        "This brief is the property of the delegation. Do not copy it or pass it on. "
        "Return it to the delegation secretary at the end of the meeting.",
    }
)


def glossary_terms(source: str) -> set[str]:
    """The glossary terms ``source`` speaks of: each as a word (or its plural), never inside
    a longer term ("brief" in "steering brief") nor a longer word ("briefing", "briefed")."""
    text, found = source.replace("&", "").casefold(), set()
    for term in sorted(GLOSSARY, key=len, reverse=True):
        pattern = rf"\b{re.escape(term)}s?\b"
        if re.search(pattern, text):
            found.add(term)
            text = re.sub(pattern, " ", text)
    if "brief" in found and source in PACK_AS_BRIEF:
        found = found - {"brief"} | {"briefing pack"}
    return found


def test_glossary_terms_are_found_as_words() -> None:
    assert glossary_terms("Export brief as &Word…") == {"brief"}
    assert glossary_terms("Nobody approves briefs in this store:") == {"brief"}
    assert glossary_terms("Steering brief") == {"steering brief"}
    assert glossary_terms("Print the briefing pack") == {"briefing pack"}
    assert glossary_terms("Meetings in the pack, items briefed") == set()
    assert glossary_terms("Brief No. %s") == {"briefing pack"}


def test_glossary_terms_are_used_consistently() -> None:
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    problems = []
    for term, (thai, viet) in GLOSSARY.items():
        row = next(ln for ln in glossary.splitlines() if ln.casefold().startswith(f"| {term} "))
        assert thai in row and viet in row.casefold(), row
    for language, column in (("th", 0), ("vi", 1)):
        for m in load(language, fresh=True).messages:
            text = m.translation.replace("&", "").casefold()
            for term in sorted(glossary_terms(m.source)):
                if GLOSSARY[term][column] not in text:
                    problems.append(f"{language} {term!r}: {m.source!r} -> {m.translation!r}")
    assert not problems, "\n".join(problems)
