"""SupportDesk's run-time data as package data: reference data, fonts, translations, icons.

A package (not a plain folder) so that a wheel, an sdist and a PyInstaller bundle carry
it and ``importlib.resources.files("resources")`` finds it wherever it is installed;
``db.paths.resource`` is the one way the code reaches these files.
"""
