"""The Qt desktop client. Calls supportdesk services; never SQL or a Session."""
