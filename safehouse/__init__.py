"""Safehouse: records, rooms, counseling and reports for a small safehouse community."""

from functools import cache


@cache
def version() -> str:
    """The program's version. One source: the package's metadata, from pyproject.toml's
    version (a bundle carries the metadata too). Read when first asked: importing
    importlib.metadata costs tens of milliseconds that the start-up need not pay."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version("safehouse")
    except PackageNotFoundError:  # a source tree run without installing it
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
