"""The first start of a new database: the welcome dialog and what follows from it."""
