"""Dialogs that are neither a record editor nor a page (imports, merges)."""
