"""Data: synthetic sets made on the fly, and loaders for the files shipped in ``files/``.

Nothing is ever downloaded; see ``files/DATA_LICENSES.md`` for where each file comes from.

This room holds data only (it imports nothing but ``core``, ``validate`` and ``i18n``).
Shapes: a data set of examples is batch-first, (N, …), as ``train.fit`` takes it (toy 2-D
points, digits, ``make_windows``); a batch of *sequences* made for a recurrent model is
time-first, (T, B, features), as ``models`` read it (``recall_batch``, ``adding_batch``,
``sine_waves``).  Vocabularies put ``<pad>`` at id 0.
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
