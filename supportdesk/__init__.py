"""SupportDesk core: services, search, indicators, reports and the command line. No Qt."""

__version__ = "0.1.0"
