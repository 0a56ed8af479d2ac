"""The shared UI fixture gives a working context on a real database."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def test_ctx_has_a_seeded_database_and_private_settings(ctx, isolated_settings):
    ctx.settings().setValue("probe", 1)
    ctx.settings().sync()
    assert QSettings().fileName().startswith(str(isolated_settings))
    assert ctx.current_member_id() is None
    with ctx.db.read() as session:
        count = session.connection().exec_driver_sql("select count(*) from local_government")
        assert count.scalar() >= 285
