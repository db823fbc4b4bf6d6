"""The composition root: configuration, the daemon, its jobs and the command line.

Nothing imports this package; it builds the crawler's and the notifiers'
objects and wires them together.
"""
