"""Settings: FURSA_* environment variables over a fursa.toml over defaults; bad values named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fursa.errors import ConfigError
from fursa.settings import BUNDLED_MODEL, PROJECT_DATA, get_settings, load_settings

MULTILINGUAL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "site.toml"
    path.write_text(f'db = "/srv/fursa/fursa.duckdb"\nmodel = "{MULTILINGUAL}"\nas_of = "2026-11-21"\n'
                    "lock_timeout = 5\n")
    monkeypatch.setenv("FURSA_CONFIG", str(path))
    return path


def test_defaults_without_env_or_config(clean_env):
    s = load_settings()
    assert (s.db, s.data_dir, s.model, s.as_of, s.lock_timeout) == (
        Path("data/fursa.duckdb"), PROJECT_DATA, BUNDLED_MODEL, None, 30.0)
    assert s.today() == dt.date.today()
    assert s.registry_path == PROJECT_DATA / "sources.toml"


def test_environment_variables_are_read(clean_env, monkeypatch, tmp_path):
    monkeypatch.setenv("FURSA_DB", str(tmp_path / "store.duckdb"))
    monkeypatch.setenv("FURSA_AS_OF", "2027-03-01")
    monkeypatch.setenv("FURSA_LOCK_TIMEOUT", "2.5")
    monkeypatch.setenv("FURSA_MODEL_OFFLINE", "false")
    s = load_settings()
    assert (s.db, s.as_of, s.lock_timeout, s.model_offline) == (
        tmp_path / "store.duckdb", dt.date(2027, 3, 1), 2.5, False)
    assert s.today() == dt.date(2027, 3, 1)


def test_each_database_has_its_own_staging_folder_the_one_the_crawl_uses(clean_env, tmp_path):
    from fursa.store.staging import staging_folder

    main, trial = load_settings(db=tmp_path / "fursa.duckdb"), load_settings(db=tmp_path / "trial.duckdb")
    assert main.staging_dir.parent == trial.staging_dir.parent == tmp_path / "staging"
    assert main.staging_dir != trial.staging_dir  # side by side, they never merge each other's runs
    assert main.staging_dir == staging_folder(main.db)  # where the crawl worker stages this database's runs


def test_config_file_named_by_fursa_config_is_read(clean_env, config_file):
    s = load_settings()
    assert (s.db, s.model, s.as_of, s.lock_timeout) == (
        Path("/srv/fursa/fursa.duckdb"), MULTILINGUAL, dt.date(2026, 11, 21), 5.0)


def test_environment_wins_over_the_config_file(clean_env, config_file, monkeypatch, tmp_path):
    monkeypatch.setenv("FURSA_DB", str(tmp_path / "env.duckdb"))
    monkeypatch.setenv("FURSA_AS_OF", "2027-01-01")
    s = load_settings()
    assert (s.db, s.as_of) == (tmp_path / "env.duckdb", dt.date(2027, 1, 1))
    assert s.model == MULTILINGUAL  # not set in the environment: the file's value stands


def test_fursa_toml_in_the_working_directory_is_read_without_fursa_config(clean_env):
    Path("fursa.toml").write_text('as_of = "2026-12-31"\n')
    assert load_settings().as_of == dt.date(2026, 12, 31)


def test_explicit_arguments_win_over_environment(clean_env, monkeypatch):
    monkeypatch.setenv("FURSA_AS_OF", "2027-01-01")
    assert load_settings(as_of="2026-11-21").as_of == dt.date(2026, 11, 21)


@pytest.mark.parametrize(("name", "value"), [
    ("FURSA_AS_OF", "21/11/2026"),
    ("FURSA_AS_OF", "2026-02-30"),
    ("FURSA_LOCK_TIMEOUT", "-1"),
    ("FURSA_LOCK_TIMEOUT", "soon"),
])
def test_bad_environment_value_is_a_config_error_naming_the_variable(clean_env, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=f"\\({name}\\)"):
        load_settings()


def test_missing_named_config_file_is_a_config_error(clean_env, monkeypatch, tmp_path):
    monkeypatch.setenv("FURSA_CONFIG", str(tmp_path / "nowhere.toml"))
    with pytest.raises(ConfigError, match="FURSA_CONFIG names .*nowhere.toml, which does not exist"):
        load_settings()


def test_unreadable_config_file_is_a_config_error_naming_it(clean_env, monkeypatch, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('db = "unterminated\n')
    monkeypatch.setenv("FURSA_CONFIG", str(path))
    with pytest.raises(ConfigError, match=f"{path}: cannot read config file"):
        load_settings()


def test_get_settings_is_cached_until_cleared(clean_env, monkeypatch):
    monkeypatch.setenv("FURSA_AS_OF", "2027-01-01")
    first = get_settings()
    monkeypatch.setenv("FURSA_AS_OF", "2027-06-01")
    assert get_settings() is first
    get_settings.cache_clear()
    assert get_settings().as_of == dt.date(2027, 6, 1)
