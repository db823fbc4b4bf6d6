"""Fetching and understanding documents: spiders, extraction, matching, storage.

Nothing here imports :mod:`scheduler` or :mod:`notifiers`; the daemon builds the
objects and passes them in.
"""
