"""The Beheer (administration) page and its tabs."""
