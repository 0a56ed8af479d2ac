"""Persistence: schema, engine and sessions, Alembic migrations, reference data."""
