"""Strings the services compose for print (Qt-free, and free of reportlab: a service
imports them when a store opens), listed for ``lupdate`` and translated with
``i18n.printing.translate("Pack", ...)`` in the document's language."""

from __future__ import annotations

from ..i18n.printing import QT_TRANSLATE_NOOP

# what ``ReportService.data`` composes, printed in the report's language
CAPITAL_TITLE = QT_TRANSLATE_NOOP("Pack", "Report to capital: %1")
OUTCOMES_TITLE = QT_TRANSLATE_NOOP("Pack", "Outcomes of the %1")
OUTCOMES_SUMMARY = QT_TRANSLATE_NOOP(
    "Pack",
    "Consolidated outcomes of the %1 (%2 outcomes on %3 items), for submission to the "
    "Ministers' meeting.",
)
AT_ITEM = QT_TRANSLATE_NOOP("Pack", " (agenda item %1)")

# what ``ProjectReportService.data`` composes, printed in the report's language
TRACKER_TITLE = QT_TRANSLATE_NOOP("Pack", "Cooperation tracker: report to capital")
PROJECTS_COUNT = QT_TRANSLATE_NOOP("Pack", "%1: %2")
INVOLVEMENT_COUNT = QT_TRANSLATE_NOOP("Pack", "%1 projects: %2")
INVOLVEMENT_ONE = QT_TRANSLATE_NOOP("Pack", "%1 project: %2")
BY_STATUS = QT_TRANSLATE_NOOP("Pack", "%1 %2")
AS_ROLE = QT_TRANSLATE_NOOP("Pack", "%1 as %2")
DUE_BEFORE = QT_TRANSLATE_NOOP("Pack", "before the %1 (%2)")
DUE_BY = QT_TRANSLATE_NOOP("Pack", "by %1")
DATES_FROM_TO = QT_TRANSLATE_NOOP("Pack", "%1 to %2")  # a project's months
PROJECT_ENDS = QT_TRANSLATE_NOOP("Pack", "Project ends")  # a due date (project_service.due)
SUMMARY_LABELS = (
    QT_TRANSLATE_NOOP("Pack", "Projects"),
    QT_TRANSLATE_NOOP("Pack", "Our involvement"),
)

# what the pack's services compose (pack_data, pack_briefs, pack_clearance, project_pages,
# negotiation.amendment_queries, issue_copies), printed in the pack's language
PACK_SERVICE_TEXTS = (
    QT_TRANSLATE_NOOP("Pack", "Delegation of %s"),
    QT_TRANSLATE_NOOP("Pack", "PREVIEW - NOT ISSUED"),
    QT_TRANSLATE_NOOP("Pack", "version %s"),
    QT_TRANSLATE_NOOP("Pack", "approved by %s on %s"),
    QT_TRANSLATE_NOOP("Pack", "approved by %s"),
    QT_TRANSLATE_NOOP("Pack", "approved on %s"),
    QT_TRANSLATE_NOOP("Pack", "no partner"),
    QT_TRANSLATE_NOOP("Pack", "(new project)"),
    QT_TRANSLATE_NOOP("Pack", "new after %s"),
    QT_TRANSLATE_NOOP("Pack", "%s of %s (no longer in %s)"),
)
