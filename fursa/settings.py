"""One settings object, read from FURSA_* environment variables and an optional TOML config file.

Precedence, highest first: environment (FURSA_DB, FURSA_MODEL, FURSA_AS_OF, ...), the file named by
FURSA_CONFIG, ./fursa.toml, then the defaults below.

Example fursa.toml:

    db = "/srv/fursa/fursa.duckdb"
    model = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"
    as_of = "2026-11-21"
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from fursa.errors import ConfigError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
# Bundled data (registry, vocabularies, demo recordings) lives beside the packages in the source tree.
PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"


class _TomlFile(PydanticBaseSettingsSource):
    """Reads the config file; a missing default file is fine, a missing named file is an error."""

    def get_field_value(self, field, field_name):  # pragma: no cover - required by the ABC, unused
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        named = os.environ.get("FURSA_CONFIG")
        path = Path(named) if named else Path("fursa.toml")
        if not path.exists():
            if named:
                raise ConfigError(f"FURSA_CONFIG names {path}, which does not exist")
            return {}
        try:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise ConfigError(f"{path}: cannot read config file: {exc}") from exc


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FURSA_", extra="ignore")

    db: Path = Field(Path("data/fursa.duckdb"), description="DuckDB database file")
    data_dir: Path = Field(PROJECT_DATA, description="bundled data: source registry, vocabularies, demo")
    model: str = Field(BUNDLED_MODEL, description="sentence-transformers model: hub name or local path")
    model_offline: bool = Field(True, description="never reach a model hub at run time")
    as_of: dt.date | None = Field(None, description="date that overrides today, for reproducible runs")
    lock_timeout: float = Field(30.0, ge=0, description="seconds to wait for a locked database")
    dashboard_port: int = 8501
    dashboard_url: str = "http://localhost:8501"
    # Dashboard refreshes crawl from these recordings (DIR/<source>/) instead of the live sites; unset, a
    # store holding exactly the demo's organizations replays data/demo/recorded (docs/dashboard.md).
    replay: Path | None = Field(None, description="recorded responses that dashboard refreshes replay")
    # Digest e-mail (docs/alerts.md). No host means digests can be printed but not sent.
    smtp_host: str | None = Field(None, description="SMTP server that sends digests")
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP port: 587 STARTTLS, 465 TLS, 25 none")
    smtp_security: Literal["starttls", "tls", "none"] = Field("starttls", description="how the link is encrypted")
    smtp_user: str | None = Field(None, description="SMTP login; none means no authentication")
    smtp_password: SecretStr | None = Field(None, description="SMTP password (never logged)")
    smtp_from: str = Field("Fursa <fursa@localhost>", description="From: address of digests")
    smtp_timeout: float = Field(30.0, gt=0, description="seconds before a silent SMTP server counts as down")

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings,
                                   file_secret_settings):
        return (init_settings, env_settings, _TomlFile(settings_cls))

    def today(self) -> dt.date:
        return self.as_of or dt.date.today()

    @property
    def registry_path(self) -> Path:
        return self.data_dir / "sources.toml"

    @property
    def staging_dir(self) -> Path:
        """Where crawls stage their runs before merging them: one folder per database file
        (fursa.store.staging.staging_folder, which the crawl worker uses, knowing only the database)."""
        # Imported here: the store modules pull in duckdb and pyarrow, which most settings readers never need.
        from fursa.store.staging import staging_folder

        return staging_folder(self.db)


@cache
def get_settings() -> Settings:
    """The process-wide settings; tests build their own `Settings(...)` and pass it in instead."""
    return load_settings()


def load_settings(**overrides: Any) -> Settings:
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting {field} (FURSA_{field.upper()}): {first['msg']}") from exc
