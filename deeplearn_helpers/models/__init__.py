"""Models: ``nn.Module``s, the from-scratch cells and their mathematics (losses, ELBO, KL,
reparameterisation), and loaders of the shipped weights (``weights/``).

This room imports only ``core``, ``validate``, ``i18n`` and ``storage``: nothing here trains
or reads a data file (the recipes are in ``experiments``).  Recurrent models are time-first:
x (T, B, features); the others take a batch first, (B, …).  A model takes a config or its
fields as keywords, never both (``validate.build_config``).
"""
from .mlp import *  # noqa: F401,F403
from .recurrent import *  # noqa: F401,F403
from .sequence import *  # noqa: F401,F403
from .activations import *  # noqa: F401,F403
from .gan import *  # noqa: F401,F403
from .vae import *  # noqa: F401,F403
from .classifier import *  # noqa: F401,F403
from .gated import *  # noqa: F401,F403
from .ngram import *  # noqa: F401,F403
from .charlm import *  # noqa: F401,F403
from .seq2seq import *  # noqa: F401,F403
from .conditional import *  # noqa: F401,F403
