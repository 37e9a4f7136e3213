from .mlp import *  # noqa: F401,F403
