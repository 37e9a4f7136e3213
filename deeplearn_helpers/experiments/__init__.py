"""Experiments: one module per notebook, holding its tasks, training recipes, trials and
measured claims (``from deeplearn_helpers.experiments import basics as E``).

This room may import ``data``, ``models``, ``train`` and ``metrics``; nothing in ``data`` or
``models`` imports it.  Modules are imported by name, not re-exported here, so that a
notebook loads only its own experiments.
"""
