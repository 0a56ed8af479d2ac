"""Reusable pieces for every page: paged table model, table view, filter bar, date edits,
the base editor dialog, check lists and the local-government field."""
