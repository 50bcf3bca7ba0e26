"""counseling: counselors, meeting places, sessions and their repeating series

Revision ID: 0009_counseling
Revises: 0011_care_plans
Create Date: 2026-11-30

New tables only: ``counselors`` (an account or someone from outside), ``meeting_places``
(the house's rooms for sessions, apart from the bedrooms), ``session_series`` (an RFC 5545
rule from a wall-clock start in a zone, with its EXDATEs), ``session_series_members``,
``counseling_sessions`` (every occurrence materialised: UTC start and end, the original
start of an occurrence of a series, the fields it changed on its own, status),
``session_participants`` and ``session_notes`` (sealed under the confidential key).
Downgrade drops them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009_counseling'
down_revision = "0011_care_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_places')),
    sa.UniqueConstraint('name', name=op.f('uq_meeting_places_name'))
    )
    op.create_table('counselors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_counselors_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counselors')),
    sa.UniqueConstraint('user_id', name=op.f('uq_counselors_user_id'))
    )
    op.create_table('session_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rrule', sa.Text(), nullable=False),
    sa.Column('dtstart', sa.DateTime(), nullable=False),
    sa.Column('tzid', sa.String(length=64), nullable=False),
    sa.Column('exdates', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('counselor_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('place_text', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['counselor_id'], ['counselors.id'], name=op.f('fk_session_series_counselor_id_counselors')),
    sa.ForeignKeyConstraint(['place_id'], ['meeting_places.id'], name=op.f('fk_session_series_place_id_meeting_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_series'))
    )
    with op.batch_alter_table('session_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_series_counselor_id'), ['counselor_id'], unique=False)

    op.create_table('counseling_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('original_start', sa.DateTime(), nullable=True),
    sa.Column('departs', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('counselor_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('place_text', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cancelled_by', sa.String(length=20), nullable=True),
    sa.CheckConstraint("cancelled_by IS NULL OR cancelled_by IN ('member', 'counselor', 'house')", name=op.f('ck_counseling_sessions_cancelled_by')),
    sa.CheckConstraint("cancelled_by IS NULL OR status = 'cancelled'", name=op.f('ck_counseling_sessions_cancelled_by_only_when_cancelled')),
    sa.CheckConstraint("kind IN ('individual', 'couple', 'family', 'group')", name=op.f('ck_counseling_sessions_kind')),
    sa.CheckConstraint("status IN ('scheduled', 'completed', 'cancelled', 'no_show')", name=op.f('ck_counseling_sessions_status')),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_counseling_sessions_starts_before_ends')),
    sa.ForeignKeyConstraint(['counselor_id'], ['counselors.id'], name=op.f('fk_counseling_sessions_counselor_id_counselors')),
    sa.ForeignKeyConstraint(['place_id'], ['meeting_places.id'], name=op.f('fk_counseling_sessions_place_id_meeting_places')),
    sa.ForeignKeyConstraint(['series_id'], ['session_series.id'], name=op.f('fk_counseling_sessions_series_id_session_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counseling_sessions'))
    )
    with op.batch_alter_table('counseling_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_counseling_sessions_counselor_starts', ['counselor_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_counseling_sessions_place_starts', ['place_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_counseling_sessions_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_counseling_sessions_starts_at'), ['starts_at'], unique=False)

    op.create_table('session_series_members',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_session_series_members_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['session_series.id'], name=op.f('fk_session_series_members_series_id_session_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('series_id', 'member_id', name=op.f('pk_session_series_members'))
    )
    with op.batch_alter_table('session_series_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_series_members_member_id'), ['member_id'], unique=False)

    op.create_table('session_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('written_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['counseling_sessions.id'], name=op.f('fk_session_notes_session_id_counseling_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['written_by'], ['users.id'], name=op.f('fk_session_notes_written_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_notes')),
    sa.UniqueConstraint('session_id', name=op.f('uq_session_notes_session_id'))
    )
    op.create_table('session_participants',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_session_participants_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['counseling_sessions.id'], name=op.f('fk_session_participants_session_id_counseling_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'member_id', name=op.f('pk_session_participants'))
    )
    with op.batch_alter_table('session_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_participants_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_participants_member_id'))

    op.drop_table('session_participants')
    op.drop_table('session_notes')
    with op.batch_alter_table('session_series_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_series_members_member_id'))

    op.drop_table('session_series_members')
    with op.batch_alter_table('counseling_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counseling_sessions_starts_at'))
        batch_op.drop_index(batch_op.f('ix_counseling_sessions_series_id'))
        batch_op.drop_index('ix_counseling_sessions_place_starts')
        batch_op.drop_index('ix_counseling_sessions_counselor_starts')

    op.drop_table('counseling_sessions')
    with op.batch_alter_table('session_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_series_counselor_id'))

    op.drop_table('session_series')
    op.drop_table('counselors')
    op.drop_table('meeting_places')
