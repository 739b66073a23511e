"""The source registry file: loading, refusals, and appending a feed without losing what was written."""

from __future__ import annotations

import tomllib

import pytest

from fursa.errors import InputError, NotFound
from fursa.registry import Source, add_source, find_source, load_registry, sync_sources
from fursa.store import open_store

UNDP_FEED = Source(name="undp_syria_feed", kind="feed", url="https://www.undp.org/syria/rss.xml")


@pytest.fixture
def registry(data_dir):
    return data_dir / "sources.toml"


def test_bundled_registry_loads_with_spiders_resolved(registry):
    sources = {s.name: s for s in load_registry(registry)}
    assert {"eu_funding_tenders", "fundsforngos", "arabic_calls_feed", "grants_gov", "un_partner_portal",
            "wphf"} <= set(sources)
    assert sources["arabic_calls_feed"].spider == "feed"        # generic feed spider
    assert sources["eu_funding_tenders"].spider == "eu_funding_tenders"
    assert all(s.enabled and s.schedule in {"daily", "weekly"} for s in sources.values())


def test_duplicate_source_names_are_refused(registry):
    registry.write_text(registry.read_text() + '\n[[source]]\nname = "fundsforngos"\nkind = "feed"\n'
                        'url = "https://example.org/feed/"\n')
    with pytest.raises(InputError, match="source names must be unique, repeated: fundsforngos"):
        load_registry(registry)


@pytest.mark.parametrize(("entry", "location"), [
    ('name = "bad_url"\nkind = "feed"\nurl = "javascript:alert(1)"', "source #{next}:url"),
    ('name = "Bad Name"\nkind = "feed"\nurl = "https://example.org/feed/"', "source #{next}:name"),
    ('name = "no_schedule"\nkind = "feed"\nurl = "https://example.org/feed/"\nschedule = "monthly"',
     "source #{next}:schedule"),
    ('name = "no_url"\nkind = "feed"', "source #{next}:url"),
    ('name = "takes_url"\nkind = "feed"\nurl = "https://example.org/feed/"\noptions = { url = "https://x.org/" }',
     "source #{next}:options"),
    ('name = "bad_key"\nkind = "feed"\nurl = "https://example.org/feed/"\noptions = { "Link-Pattern" = "/c/" }',
     "source #{next}:options"),
    ('name = "comma"\nkind = "grants_gov_api"\nurl = "https://example.org/"\noptions = { keywords = ["a, b"] }',
     "source #{next}:options"),
])
def test_bad_entry_is_refused_naming_its_position_and_field(registry, entry, location):
    position = len(load_registry(registry)) + 1
    registry.write_text(registry.read_text() + "\n[[source]]\n" + entry + "\n")
    with pytest.raises(InputError) as info:
        load_registry(registry)
    assert info.value.location == f"{registry}:{location.format(next=position)}"


def test_options_reach_the_spider_as_string_arguments():
    source = Source(name="grants_gov", kind="grants_gov_api", url="https://api.grants.gov/v1/api/search2",
                    options={"keywords": ["Syria", "civil society"], "follow": False, "rows": 50,
                             "link_pattern": "/calls/[^/]+/$", "paging": {"max_pages": 5, "by": "page"}})
    assert source.spider_args == {"keywords": "Syria,civil society", "follow": "false", "rows": "50",
                                  "link_pattern": "/calls/[^/]+/$", "paging": '{"by": "page", "max_pages": 5}'}


def test_missing_or_broken_registry_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_registry(tmp_path / "sources.toml")
    (tmp_path / "sources.toml").write_text("[[source]\nname = ")
    with pytest.raises(InputError, match="not valid TOML"):
        load_registry(tmp_path / "sources.toml")


def test_find_source_by_name_and_unknown_name_is_not_found(registry):
    sources = load_registry(registry)
    assert find_source(sources, "fundsforngos").kind == "wordpress_rss"
    with pytest.raises(NotFound, match="no source named 'reliefweb'"):
        find_source(sources, "reliefweb")


def test_add_source_appends_and_the_registry_reloads_with_it(registry):
    before = load_registry(registry)
    add_source(registry, UNDP_FEED)
    after = load_registry(registry)
    assert after == [*before, UNDP_FEED]
    assert not registry.with_suffix(".toml.tmp").exists()


def test_add_source_keeps_the_files_comments_and_existing_text(registry):
    original = registry.read_text()
    add_source(registry, UNDP_FEED)
    text = registry.read_text()
    assert text.startswith(original.rstrip())
    assert "# The sources Fursa crawls." in text


def test_add_source_with_options_writes_them_under_that_source(registry):
    source = Source(name="minah_ar", kind="feed", url="https://minah.example.org/ar/feed/",
                    options={"language": "ar", "paging": {"max_pages": 5}})
    add_source(registry, source)
    assert load_registry(registry)[-1] == source
    assert "options" not in tomllib.loads(registry.read_text())["source"][0]


def test_add_source_to_a_registry_written_as_an_inline_array_still_works(registry):
    registry.write_text('source = [{ name = "fundsforngos", kind = "wordpress_rss", '
                        'url = "https://www2.fundsforngos.org/feed/" }]\n')
    add_source(registry, UNDP_FEED)
    assert [s.name for s in load_registry(registry)] == ["fundsforngos", "undp_syria_feed"]


def test_add_source_refuses_a_taken_name_and_leaves_the_file_alone(registry):
    original = registry.read_bytes()
    with pytest.raises(InputError, match="a source named 'fundsforngos' already exists"):
        add_source(registry, Source(name="fundsforngos", kind="feed", url="https://example.org/feed/"))
    assert registry.read_bytes() == original


def test_add_source_creates_a_missing_registry(tmp_path):
    path = tmp_path / "sources.toml"
    add_source(path, UNDP_FEED)
    assert load_registry(path) == [UNDP_FEED]


def test_sync_sources_mirrors_the_registry_into_the_store_and_updates_changes(registry, db_path):
    sources = load_registry(registry)
    with open_store(db_path) as con:
        sync_sources(con, sources)
        sync_sources(con, [sources[0].model_copy(update={"enabled": False, "schedule": "weekly"})])
        rows = con.execute("SELECT name, kind, schedule, enabled FROM sources ORDER BY name").fetchall()
    first = sources[0]
    expected = sorted([(first.name, first.kind, "weekly", False)]
                      + [(s.name, s.kind, s.schedule, s.enabled) for s in sources[1:]])
    assert rows == expected
