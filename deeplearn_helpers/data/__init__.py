"""Data: synthetic sets made on the fly, and loaders for the files shipped in ``files/``.

Nothing is ever downloaded; see ``files/DATA_LICENSES.md`` for where each file comes from.
"""
from .toy2d import *  # noqa: F401,F403  (each module lists its public names in __all__)
from .digits import *  # noqa: F401,F403
from .gaussians import *  # noqa: F401,F403
from .sequences import *  # noqa: F401,F403
from .adding import *  # noqa: F401,F403
from .series import *  # noqa: F401,F403
from .text import *  # noqa: F401,F403
from .numbers_kk import *  # noqa: F401,F403
from .gan2d_results import *  # noqa: F401,F403
