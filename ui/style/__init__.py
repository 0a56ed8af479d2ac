"""The look shared by every screen: icons per kind of record and status chips."""
