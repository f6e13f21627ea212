"""gazette-parse: Chinese government gazettes (政府公报) and official documents (公文) as structured data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["GazetteFile", "__version__", "parse"]

if TYPE_CHECKING:
    from .models import GazetteFile
    from .pipeline import parse


def __getattr__(name: str) -> Any:
    # Lazy: `gazette --version` must not pay for pydantic and the parser.
    if name == "parse":
        from .pipeline import parse

        return parse
    if name == "GazetteFile":
        from .models import GazetteFile

        return GazetteFile
    raise AttributeError(name)
