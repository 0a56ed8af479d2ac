"""The Qt desktop client. Calls supportdesk services; never SQL or a Session."""

from ui.pyside_scan import stop_source_scan

stop_source_scan()  # before any other module of the client is imported (see there)
