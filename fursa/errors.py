"""Errors a person may see. Each carries a message that names what failed and where, never a traceback."""


class FursaError(Exception):
    """Base for every error the CLI and dashboard turn into a plain message and a non-zero exit."""

    exit_code = 1


class ConfigError(FursaError):
    """A setting is missing or wrong (bad FURSA_* value, unreadable config file)."""


class StoreBusy(FursaError):
    """The database stayed locked by another process for longer than the lock timeout."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class StoreCorrupt(FursaError):
    """The database file exists but is not a readable DuckDB database; it is left untouched."""


class InputError(FursaError):
    """A user-supplied file or value is malformed. `location` is file:line:field where known."""

    exit_code = 65  # EX_DATAERR

    def __init__(self, message: str, location: str | None = None):
        self.location = location
        super().__init__(f"{location}: {message}" if location else message)


class ModelUnavailable(FursaError):
    """The configured embedding model cannot be loaded offline."""


class NotFound(FursaError):
    """A profile, call, shortlist or source named on the command line does not exist."""
