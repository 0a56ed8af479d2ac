"""One module per page of the main window's navigation."""
