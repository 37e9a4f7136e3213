"""Experiments: one module per notebook, holding its tasks, training recipes, trials and
measured claims (``from deeplearn_helpers.experiments import basics as E``).

=================  ============================================================
``basics``         notebook 01: the learning curve, the depth sweep
``gated``          notebook 02: the adding problem, the row-by-row digit readers
``recurrent``      notebook 03: next value of a sine wave, the recall task
``generative``     notebook 04: the 2-D GANs, the digit classifier, the VAE's loss
``applications``   notebook 05: series, text, translation, topics, the conditional VAE
=================  ============================================================

This room may import ``data``, ``models``, ``train``, ``metrics`` and the ground floor
(``core``, ``validate``, ``i18n``, ``storage``, ``checks``); nothing in ``data``, ``models``
or ``train`` imports it.  Every training recipe returns a ``train.Trained`` and leaves the
caller's random numbers as they were (``core.kept_rng``).  Modules are imported by name,
not re-exported here, so that a notebook loads only its own experiments.
"""
