"""The command line: ``supportdesk [--db D] COMMAND ...``."""
