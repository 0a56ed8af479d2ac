"""PDF export from the app: the actions (Ctrl+E), the questions and the worker thread."""
