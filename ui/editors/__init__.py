"""Editor dialogs, one module per kind of record, built on ``ui.widgets.editor``."""
