"""The schema as SQLAlchemy Core tables, one module per area (``db.tables.advice`` holds
``advice_talk`` and its link tables). Importing them does not load the ORM, so the command
line and the app's first checks can query without it. Nothing is re-exported here: a
table's name (``activity``) would clash with its module's name."""
