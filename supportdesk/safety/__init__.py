"""Keeping the team's records safe: change log, backups, permissions, personal data.

Importing the package makes every SQLite database file the process opens owner-only
(``permissions.install``); ``supportdesk.database`` imports it through the change log.
"""

from supportdesk.safety import permissions

permissions.install()
