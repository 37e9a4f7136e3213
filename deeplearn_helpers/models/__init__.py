from .mlp import *  # noqa: F401,F403
from .recurrent import *  # noqa: F401,F403
from .sequence import *  # noqa: F401,F403
from .activations import *  # noqa: F401,F403
from .gan import *  # noqa: F401,F403
from .vae import *  # noqa: F401,F403
from .classifier import *  # noqa: F401,F403
from .gated import *  # noqa: F401,F403
