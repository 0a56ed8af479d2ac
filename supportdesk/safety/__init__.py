"""Keeping the team's records safe: change log, backups, permissions, personal data."""
