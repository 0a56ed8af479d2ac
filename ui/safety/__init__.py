"""Safety in the desktop app: the change-log viewer, restoring a backup, and the choice
offered when the database is damaged. The logic lives in ``supportdesk.safety``."""
