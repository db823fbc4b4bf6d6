"""Turning alerts into messages and delivering them (Apprise lives in ``dispatch``).

Nothing here imports :mod:`crawler` or :mod:`scheduler`: the scheduler maps
stored facts to :class:`notifiers.model.Alert` values.
"""
