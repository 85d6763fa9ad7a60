"""The cooperation tracker: frameworks, tags that carry their framework, projects.

Frameworks (the ADM 2025, the ADM 2026-2030, the annual work plans) hold the
elements items are tagged with.  The old ``adm_tag`` (keyed by its code, "DO3") is
rebuilt with an id and a framework: every existing tag becomes an element of the
ADM 2025, and every item's tags are carried over.  Then the project tables.

Revision ID: 0006_cooperation_tracker
Revises: 0005_programme
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0006_cooperation_tracker"
down_revision = "0005_programme"
branch_labels = None
depends_on = None

# Frozen copies of the reference data as this revision seeds it.
_FRAMEWORKS = (
    (1, "ADM2025", "ASEAN Digital Masterplan 2025", "masterplan", None, 2021, 2025, 0),
    (2, "ADM2030", "ASEAN Digital Masterplan 2026-2030", "masterplan", None, 2026, 2030, 1),
    (3, "ADWP2026", "ASEAN Digital Work Plan 2026", "work_plan", 2, 2026, 2026, 2),
)
_ADM2030_OUTCOMES = (
    ("O1", "Harmonised digital policies and regulatory frameworks across ASEAN"),
    ("O2", "Meaningful connectivity for all, and digital divides narrowed"),
    ("O3", "Innovation and the responsible use of emerging technologies, including AI"),
    ("O4", "A safe, secure and resilient digital ASEAN"),
    ("O5", "Digital skills for people, youth and the young workforce"),
    ("O6", "Trusted digital government and cross-border digital services"),
)
_EA = re.compile(r"^EA\s*(\d{1,2})\.")


def _enum() -> sa.String:
    return sa.String(length=32)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "framework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", _enum(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["framework.id"], name=op.f("fk_framework_parent_id_framework"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework")),
        sa.UniqueConstraint("code", name=op.f("uq_framework_code")),
    )
    for fid, code, title, kind, parent, start, end, ord_ in _FRAMEWORKS:
        bind.execute(
            sa.text(
                "INSERT INTO framework (id, code, title, kind, parent_id, start_year, end_year,"
                " ord, notes) VALUES (:i, :c, :t, :k, :p, :s, :e, :o, '')"
            ),
            {"i": fid, "c": code, "t": title, "k": kind, "p": parent, "s": start, "e": end,
             "o": ord_},
        )

    # The old tables step aside (renaming updates the foreign key that points at them).
    op.rename_table("item_adm_tag", "item_adm_tag_old")
    op.rename_table("adm_tag", "adm_tag_old")
    if bind.dialect.name == "postgresql":
        # A primary key's index is a relation of its own on PostgreSQL: its name goes too.
        for table in ("item_adm_tag", "adm_tag"):
            op.execute(
                f"ALTER TABLE {table}_old RENAME CONSTRAINT pk_{table} TO pk_{table}_old"
            )
    op.create_table(
        "adm_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("kind", _enum(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"], ["framework.id"], name=op.f("fk_adm_tag_framework_id_framework"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["adm_tag.id"], name=op.f("fk_adm_tag_parent_id_adm_tag"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adm_tag")),
        sa.UniqueConstraint("framework_id", "code", name=op.f("uq_adm_tag_framework_id")),
    )
    op.create_index(op.f("ix_adm_tag_framework_id"), "adm_tag", ["framework_id"], unique=False)
    op.create_table(
        "item_adm_tag",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_item_adm_tag_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["adm_tag.id"], name=op.f("fk_item_adm_tag_tag_id_adm_tag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "tag_id", name=op.f("pk_item_adm_tag")),
    )
    op.create_index(op.f("ix_item_adm_tag_tag_id"), "item_adm_tag", ["tag_id"], unique=False)

    # Every existing tag is an element of the ADM 2025, its Enabling Actions under their DO.
    old = bind.execute(
        sa.text("SELECT code, kind, parent_code, title, ord FROM adm_tag_old ORDER BY ord, code")
    ).fetchall()
    ids: dict[str, int] = {}
    for n, (code, kind, _parent, title, ord_) in enumerate(old, start=1):
        bind.execute(
            sa.text(
                "INSERT INTO adm_tag (id, framework_id, code, kind, parent_id, title, ord)"
                " VALUES (:i, 1, :c, :k, NULL, :t, :o)"
            ),
            {"i": n, "c": code, "k": kind, "t": title or "", "o": ord_},
        )
        ids[code] = n
    for code, _kind, parent, _title, _ord in old:
        m = _EA.match(code)
        parent_code = parent or (f"DO{int(m.group(1))}" if m else None)
        if parent_code and parent_code in ids:
            bind.execute(
                sa.text("UPDATE adm_tag SET parent_id = :p WHERE id = :i"),
                {"p": ids[parent_code], "i": ids[code]},
            )
    bind.execute(
        sa.text(
            "INSERT INTO item_adm_tag (item_id, tag_id) SELECT o.item_id, t.id"
            " FROM item_adm_tag_old AS o JOIN adm_tag AS t"
            " ON t.framework_id = 1 AND t.code = o.tag_code"
        )
    )
    next_id = len(old) + 1
    for n, (code, title) in enumerate(_ADM2030_OUTCOMES):
        bind.execute(
            sa.text(
                "INSERT INTO adm_tag (id, framework_id, code, kind, parent_id, title, ord)"
                " VALUES (:i, 2, :c, 'outcome', NULL, :t, :o)"
            ),
            {"i": next_id + n, "c": code, "t": title, "o": n},
        )
    op.drop_table("item_adm_tag_old")
    op.drop_table("adm_tag_old")

    op.create_table(
        "project_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_import")),
    )
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("funder", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.String(length=32), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("implementing_body", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("phase", sa.String(length=60), nullable=False),
        sa.Column("status", _enum(), nullable=False),
        sa.Column("involvement", _enum(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("next_phase", sa.Text(), nullable=False),
        sa.Column("our_stance", _enum(), nullable=True),
        sa.Column("our_position", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["delegation.id"], name=op.f("fk_project_partner_id_delegation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    op.create_index(op.f("ix_project_partner_id"), "project", ["partner_id"], unique=False)
    op.create_table(
        "project_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"], ["project_import.id"],
            name=op.f("fk_project_change_import_id_project_import"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_change_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_change")),
    )
    op.create_index(op.f("ix_project_change_import_id"), "project_change", ["import_id"])
    op.create_index(op.f("ix_project_change_project_id"), "project_change", ["project_id"])
    op.create_table(
        "project_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_document_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_document")),
    )
    op.create_index(op.f("ix_project_document_project_id"), "project_document", ["project_id"])
    op.create_table(
        "project_focal_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"],
            name=op.f("fk_project_focal_point_project_id_project"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_focal_point")),
    )
    op.create_index(
        op.f("ix_project_focal_point_project_id"), "project_focal_point", ["project_id"]
    )
    op.create_table(
        "project_lead",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"],
            name=op.f("fk_project_lead_delegation_id_delegation"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_lead_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "delegation_id", name=op.f("pk_project_lead")),
    )
    op.create_index(op.f("ix_project_lead_delegation_id"), "project_lead", ["delegation_id"])
    op.create_table(
        "project_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("kind", _enum(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_milestone_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_milestone")),
    )
    op.create_index(op.f("ix_project_milestone_due_date"), "project_milestone", ["due_date"])
    op.create_index(op.f("ix_project_milestone_project_id"), "project_milestone", ["project_id"])
    op.create_table(
        "project_outcome",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_outcome_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["adm_tag.id"], name=op.f("fk_project_outcome_tag_id_adm_tag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "tag_id", name=op.f("pk_project_outcome")),
    )
    op.create_index(op.f("ix_project_outcome_tag_id"), "project_outcome", ["tag_id"])
    op.create_table(
        "project_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("meeting_label", sa.String(length=300), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", _enum(), nullable=True),
        sa.Column("progress", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_project_progress_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_progress_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_progress")),
    )
    op.create_index(op.f("ix_project_progress_meeting_id"), "project_progress", ["meeting_id"])
    op.create_index(op.f("ix_project_progress_project_id"), "project_progress", ["project_id"])
    op.create_table(
        "item_project",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_item_project_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_item_project_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "project_id", name=op.f("pk_item_project")),
    )
    op.create_index(op.f("ix_item_project_project_id"), "item_project", ["project_id"])


def downgrade() -> None:
    raise NotImplementedError("The cooperation tracker's tables are not taken out again.")
