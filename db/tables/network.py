"""The network area's Core tables (temporary: taken from the ORM models)."""

from db.models.network import NetworkMembership

network_membership = NetworkMembership.__table__

__all__ = ["network_membership"]
