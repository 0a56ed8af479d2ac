"""The local_government area's Core tables (temporary: taken from the ORM models)."""

from db.models.local_government import LocalGovernment, LocalGovernmentAlias, partnership_member

local_government = LocalGovernment.__table__
local_government_alias = LocalGovernmentAlias.__table__

__all__ = ["local_government", "local_government_alias", "partnership_member"]
