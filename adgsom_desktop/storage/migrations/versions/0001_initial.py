"""Initial schema: delegations, people, events, meetings, agenda, positions with
history, stances, notes, actions, outcomes, packs and register, audit, settings.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-29 13:57:17.246773
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('adm_tag',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('parent_code', sa.String(length=16), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_adm_tag'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    op.create_table('delegation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('local_name', sa.String(length=200), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegation')),
    sa.UniqueConstraint('code', name=op.f('uq_delegation_code'))
    )
    op.create_table('store_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_store_setting'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('short_title', sa.String(length=100), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=200), nullable=False),
    sa.Column('host_delegation_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('steering_brief', sa.Text(), nullable=False),
    sa.Column('logistics', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['host_delegation_id'], ['delegation.id'], name=op.f('fk_event_host_delegation_id_delegation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('local_name', sa.String(length=200), nullable=False),
    sa.Column('honorific', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('agency', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('bio', sa.Text(), nullable=False),
    sa.Column('last_met', sa.Date(), nullable=True),
    sa.Column('last_met_where', sa.String(length=300), nullable=False),
    sa.Column('last_said', sa.Text(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_person_delegation_id_delegation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('series', sa.String(length=100), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=True),
    sa.Column('partner_delegation_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('chair', sa.String(length=300), nullable=False),
    sa.Column('format', sa.String(length=32), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_meeting_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_delegation_id'], ['delegation.id'], name=op.f('fk_meeting_partner_delegation_id_delegation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_series'), ['series'], unique=False)

    op.create_table('pack_issue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('variant', sa.String(length=32), nullable=False),
    sa.Column('classification', sa.String(length=100), nullable=False),
    sa.Column('addendum_no', sa.Integer(), nullable=True),
    sa.Column('based_on_issue_id', sa.Integer(), nullable=True),
    sa.Column('contents', sa.JSON(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['based_on_issue_id'], ['pack_issue.id'], name=op.f('fk_pack_issue_based_on_issue_id_pack_issue'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_pack_issue_event_id_event'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pack_issue'))
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('number_fixed', sa.Boolean(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('purpose', sa.String(length=32), nullable=False),
    sa.Column('lead_delegation_id', sa.Integer(), nullable=True),
    sa.Column('lead_text', sa.String(length=300), nullable=False),
    sa.Column('est_minutes', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source_item_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lead_delegation_id'], ['delegation.id'], name=op.f('fk_agenda_item_lead_delegation_id_delegation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_parent_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_item_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_source_item_id_agenda_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_parent_id'), ['parent_id'], unique=False)

    op.create_table('issued_copy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issue_id', sa.Integer(), nullable=False),
    sa.Column('copy_no', sa.Integer(), nullable=False),
    sa.Column('copies_total', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['pack_issue.id'], name=op.f('fk_issued_copy_issue_id_pack_issue'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_copy')),
    sa.UniqueConstraint('issue_id', 'copy_no', name=op.f('uq_issued_copy_issue_id'))
    )
    op.create_table('item_adm_tag',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('tag_code', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_item_adm_tag_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_code'], ['adm_tag.code'], name=op.f('fk_item_adm_tag_tag_code_adm_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'tag_code', name=op.f('pk_item_adm_tag'))
    )
    op.create_table('item_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_item_document_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_document'))
    )
    with op.batch_alter_table('item_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_document_item_id'), ['item_id'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('speaker_delegation_id', sa.Integer(), nullable=True),
    sa.Column('speaker_person_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('observed_stance', sa.String(length=32), nullable=True),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_note_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_note_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_delegation_id'], ['delegation.id'], name=op.f('fk_note_speaker_delegation_id_delegation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_person_id'], ['person.id'], name=op.f('fk_note_speaker_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_taken_at'), ['taken_at'], unique=False)

    op.create_table('person_interest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_person_interest_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_interest_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_interest')),
    sa.UniqueConstraint('person_id', 'item_id', name=op.f('uq_person_interest_person_id'))
    )
    op.create_table('position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('stance', sa.String(length=32), nullable=False),
    sa.Column('opening', sa.Text(), nullable=False),
    sa.Column('red_line', sa.Text(), nullable=False),
    sa.Column('authority', sa.String(length=32), nullable=False),
    sa.Column('tactical', sa.Text(), nullable=False),
    sa.Column('press_line', sa.Text(), nullable=False),
    sa.Column('background_releasable', sa.Text(), nullable=False),
    sa.Column('background_nfd', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_version_no', sa.Integer(), nullable=True),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['person.id'], name=op.f('fk_position_approved_by_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_position_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_position_owner_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position')),
    sa.UniqueConstraint('item_id', name=op.f('uq_position_item_id'))
    )
    op.create_table('speaking_interval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_speaking_interval_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_speaking_interval_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaking_interval'))
    )
    with op.batch_alter_table('speaking_interval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaking_interval_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('stance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('expected', sa.String(length=32), nullable=False),
    sa.Column('expected_note', sa.Text(), nullable=False),
    sa.Column('observed', sa.String(length=32), nullable=False),
    sa.Column('observed_note', sa.Text(), nullable=False),
    sa.Column('observed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_stance_delegation_id_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_stance_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stance')),
    sa.UniqueConstraint('item_id', 'delegation_id', name=op.f('uq_stance_item_id'))
    )
    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_delegation_id', sa.Integer(), nullable=True),
    sa.Column('owner_agency', sa.String(length=300), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_action_item_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_action_item_note_id_note'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_delegation_id'], ['delegation.id'], name=op.f('fk_action_item_owner_delegation_id_delegation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_action_item_owner_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('note_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_note_version_note_id_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_version')),
    sa.UniqueConstraint('note_id', 'version_no', name=op.f('uq_note_version_note_id'))
    )
    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('verb', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_outcome_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_outcome_note_id_note'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome'))
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_item_id'), ['item_id'], unique=False)

    op.create_table('position_defensive_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_position_defensive_line_position_id_position'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_defensive_line'))
    )
    with op.batch_alter_table('position_defensive_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_defensive_line_position_id'), ['position_id'], unique=False)

    op.create_table('position_fallback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_position_fallback_position_id_position'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_fallback'))
    )
    with op.batch_alter_table('position_fallback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_fallback_position_id'), ['position_id'], unique=False)

    op.create_table('position_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_position_point_position_id_position'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_point'))
    )
    with op.batch_alter_table('position_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_point_position_id'), ['position_id'], unique=False)

    op.create_table('position_their_objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('delegation_id', sa.Integer(), nullable=True),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('their_objective', sa.Text(), nullable=False),
    sa.Column('our_response', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_position_their_objective_delegation_id_delegation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_position_their_objective_position_id_position'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_their_objective'))
    )
    with op.batch_alter_table('position_their_objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_their_objective_position_id'), ['position_id'], unique=False)

    op.create_table('position_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('saved_by', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('comment', sa.String(length=300), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_position_version_position_id_position'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_version')),
    sa.UniqueConstraint('position_id', 'version_no', name=op.f('uq_position_version_position_id'))
    )


def downgrade() -> None:
    op.drop_table('position_version')
    with op.batch_alter_table('position_their_objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_their_objective_position_id'))

    op.drop_table('position_their_objective')
    with op.batch_alter_table('position_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_point_position_id'))

    op.drop_table('position_point')
    with op.batch_alter_table('position_fallback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_fallback_position_id'))

    op.drop_table('position_fallback')
    with op.batch_alter_table('position_defensive_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_defensive_line_position_id'))

    op.drop_table('position_defensive_line')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_item_id'))

    op.drop_table('outcome')
    op.drop_table('note_version')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_due_date'))

    op.drop_table('action_item')
    op.drop_table('stance')
    with op.batch_alter_table('speaking_interval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaking_interval_meeting_id'))

    op.drop_table('speaking_interval')
    op.drop_table('position')
    op.drop_table('person_interest')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_taken_at'))
        batch_op.drop_index(batch_op.f('ix_note_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_note_item_id'))

    op.drop_table('note')
    with op.batch_alter_table('item_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_document_item_id'))

    op.drop_table('item_document')
    op.drop_table('item_adm_tag')
    op.drop_table('issued_copy')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_parent_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    op.drop_table('pack_issue')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series'))
        batch_op.drop_index(batch_op.f('ix_meeting_event_id'))

    op.drop_table('meeting')
    op.drop_table('person')
    op.drop_table('event')
    op.drop_table('store_setting')
    op.drop_table('delegation')
    op.drop_table('audit_entry')
    op.drop_table('adm_tag')
