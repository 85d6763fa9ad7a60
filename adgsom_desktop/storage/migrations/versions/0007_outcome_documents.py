"""Negotiated text: a meeting's outcome documents, their revisions and paragraphs
(aligned with the previous revision), brackets, tracked proposals and our amendments.

Revision ID: 0007_outcome_documents
Revises: 0006_cooperation_tracker
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007_outcome_documents'
down_revision = '0006_cooperation_tracker'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outcome_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('symbol', sa.String(length=100), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_outcome_document_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_outcome_document_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_document'))
    )
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_document_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('document_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['outcome_document.id'], name=op.f('fk_document_revision_document_id_outcome_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_revision')),
    sa.UniqueConstraint('document_id', 'seq', name=op.f('uq_document_revision_document_id'))
    )
    with op.batch_alter_table('document_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_revision_document_id'), ['document_id'], unique=False)

    op.create_table('text_paragraph',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('status_at', sa.DateTime(), nullable=True),
    sa.Column('change', sa.String(length=32), nullable=False),
    sa.Column('moved', sa.Boolean(), nullable=False),
    sa.Column('inserted_by', sa.String(length=200), nullable=False),
    sa.Column('deleted_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['document_revision.id'], name=op.f('fk_text_paragraph_revision_id_document_revision'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_paragraph')),
    sa.UniqueConstraint('revision_id', 'ord', name=op.f('uq_text_paragraph_revision_id'))
    )
    with op.batch_alter_table('text_paragraph', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_text_paragraph_revision_id'), ['revision_id'], unique=False)

    op.create_table('our_amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('new_paragraph', sa.Boolean(), nullable=False),
    sa.Column('base_text', sa.Text(), nullable=False),
    sa.Column('proposed_text', sa.Text(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('state_note', sa.Text(), nullable=False),
    sa.Column('state_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['outcome_document.id'], name=op.f('fk_our_amendment_document_id_outcome_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_our_amendment_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['paragraph_id'], ['text_paragraph.id'], name=op.f('fk_our_amendment_paragraph_id_text_paragraph'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_our_amendment'))
    )
    with op.batch_alter_table('our_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_our_amendment_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_our_amendment_paragraph_id'), ['paragraph_id'], unique=False)

    op.create_table('paragraph_origin',
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('origin_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['origin_id'], ['text_paragraph.id'], name=op.f('fk_paragraph_origin_origin_id_text_paragraph'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paragraph_id'], ['text_paragraph.id'], name=op.f('fk_paragraph_origin_paragraph_id_text_paragraph'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('paragraph_id', 'origin_id', name=op.f('pk_paragraph_origin'))
    )
    with op.batch_alter_table('paragraph_origin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraph_origin_origin_id'), ['origin_id'], unique=False)

    op.create_table('text_bracket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('proponents', sa.String(length=300), nullable=False),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('state_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['paragraph_id'], ['text_paragraph.id'], name=op.f('fk_text_bracket_paragraph_id_text_paragraph'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_bracket'))
    )
    with op.batch_alter_table('text_bracket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_text_bracket_paragraph_id'), ['paragraph_id'], unique=False)

    op.create_table('text_proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('old_text', sa.Text(), nullable=False),
    sa.Column('new_text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=True),
    sa.Column('made_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_text_proposal_delegation_id_delegation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['paragraph_id'], ['text_paragraph.id'], name=op.f('fk_text_proposal_paragraph_id_text_paragraph'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_proposal'))
    )
    with op.batch_alter_table('text_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_text_proposal_paragraph_id'), ['paragraph_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('text_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_text_proposal_paragraph_id'))

    op.drop_table('text_proposal')
    with op.batch_alter_table('text_bracket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_text_bracket_paragraph_id'))

    op.drop_table('text_bracket')
    with op.batch_alter_table('paragraph_origin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraph_origin_origin_id'))

    op.drop_table('paragraph_origin')
    with op.batch_alter_table('our_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_our_amendment_paragraph_id'))
        batch_op.drop_index(batch_op.f('ix_our_amendment_document_id'))

    op.drop_table('our_amendment')
    with op.batch_alter_table('text_paragraph', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_text_paragraph_revision_id'))

    op.drop_table('text_paragraph')
    with op.batch_alter_table('document_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_revision_document_id'))

    op.drop_table('document_revision')
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_document_meeting_id'))

    op.drop_table('outcome_document')
