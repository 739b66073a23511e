"""The versioned schema. Migrations are append-only: never edit one that has shipped, add the next.

`schema_version` records every migration applied, so `open_store` knows where a file stands.
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE sources (
            name        VARCHAR PRIMARY KEY,
            kind        VARCHAR NOT NULL,
            url         VARCHAR NOT NULL,
            schedule    VARCHAR NOT NULL DEFAULT 'daily',
            enabled     BOOLEAN NOT NULL DEFAULT TRUE,
            options     JSON,
            updated_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
        );
        CREATE SEQUENCE crawl_run_ids START 1;
        CREATE TABLE crawl_runs (
            id          BIGINT PRIMARY KEY DEFAULT nextval('crawl_run_ids'),
            source      VARCHAR NOT NULL,
            started_at  TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            -- running | ok | partial (some items failed) | broken (required fields vanished) | failed
            status      VARCHAR NOT NULL,
            seen        INTEGER NOT NULL DEFAULT 0,
            new         INTEGER NOT NULL DEFAULT 0,
            updated     INTEGER NOT NULL DEFAULT 0,
            unchanged   INTEGER NOT NULL DEFAULT 0,
            failed      INTEGER NOT NULL DEFAULT 0,
            closed      INTEGER NOT NULL DEFAULT 0,
            errors      JSON NOT NULL DEFAULT '[]',
            duration_s  DOUBLE
        );
        CREATE TABLE calls (
            id                  VARCHAR PRIMARY KEY,
            title               VARCHAR NOT NULL,
            funder              VARCHAR NOT NULL,
            url                 VARCHAR NOT NULL,
            language            VARCHAR NOT NULL,
            description         VARCHAR NOT NULL,
            published           DATE,
            deadline            DATE,
            amount_min          DOUBLE,
            amount_max          DOUBLE,
            currency            VARCHAR,
            eligible_countries  VARCHAR[] NOT NULL,
            eligible_applicants VARCHAR[] NOT NULL,
            themes              VARCHAR[] NOT NULL,
            extra               JSON NOT NULL DEFAULT '{}',
            source              VARCHAR NOT NULL,
            source_id           VARCHAR NOT NULL,
            -- open | closed (deadline passed or closed at source) | unavailable (gone from its source)
            status              VARCHAR NOT NULL DEFAULT 'open',
            status_changed_at   TIMESTAMP,
            first_seen          TIMESTAMP NOT NULL,
            last_seen           TIMESTAMP NOT NULL,
            content_hash        VARCHAR NOT NULL,
            raw                 JSON
        );
        -- One call may be published by several sources (the same EU call on the portal and on a feed).
        CREATE TABLE call_sources (
            source      VARCHAR NOT NULL,
            source_id   VARCHAR NOT NULL,
            call_id     VARCHAR NOT NULL,
            url         VARCHAR NOT NULL,
            first_seen  TIMESTAMP NOT NULL,
            last_seen   TIMESTAMP NOT NULL,
            PRIMARY KEY (source, source_id)
        );
        CREATE TABLE call_changes (
            call_id     VARCHAR NOT NULL,
            changed_at  TIMESTAMP NOT NULL,
            run_id      BIGINT,
            field       VARCHAR NOT NULL,
            old_value   JSON,
            new_value   JSON
        );
        CREATE TABLE profiles (
            id                VARCHAR PRIMARY KEY,
            name              VARCHAR NOT NULL,
            language          VARCHAR NOT NULL,
            mission           VARCHAR NOT NULL,
            countries         VARCHAR[] NOT NULL,
            registered_in     VARCHAR,
            org_type          VARCHAR NOT NULL,
            annual_budget_usd DOUBLE,
            themes            VARCHAR[] NOT NULL,
            extra             JSON NOT NULL DEFAULT '{}',
            content_hash      VARCHAR NOT NULL,
            created_at        TIMESTAMP NOT NULL,
            updated_at        TIMESTAMP NOT NULL
        );
        -- Keyed by what was embedded, not by whom: a call whose text did not change is never re-embedded.
        CREATE TABLE embeddings (
            model        VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            chunk        INTEGER NOT NULL DEFAULT 0,
            vector       FLOAT[] NOT NULL,
            created_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
            PRIMARY KEY (model, content_hash, chunk)
        );
        CREATE TABLE matches (
            profile_id   VARCHAR NOT NULL,
            call_id      VARCHAR NOT NULL,
            rank         INTEGER NOT NULL,
            score        DOUBLE NOT NULL,
            verdict      VARCHAR NOT NULL,
            reasons      JSON NOT NULL DEFAULT '[]',
            explanation  JSON NOT NULL DEFAULT '{}',
            components   JSON NOT NULL DEFAULT '{}',
            model        VARCHAR NOT NULL,
            as_of        DATE NOT NULL,
            computed_at  TIMESTAMP NOT NULL,
            PRIMARY KEY (profile_id, call_id)
        );
        CREATE TABLE shortlists (
            id          VARCHAR PRIMARY KEY,
            name        VARCHAR NOT NULL,
            description VARCHAR NOT NULL DEFAULT '',
            created_at  TIMESTAMP NOT NULL,
            updated_at  TIMESTAMP NOT NULL
        );
        CREATE TABLE shortlist_items (
            shortlist_id      VARCHAR NOT NULL,
            call_id           VARCHAR NOT NULL,
            -- to_review | preparing | submitted | won | lost | dropped
            status            VARCHAR NOT NULL DEFAULT 'to_review',
            owner_profile_id  VARCHAR,
            notes             VARCHAR NOT NULL DEFAULT '',
            added_at          TIMESTAMP NOT NULL,
            updated_at        TIMESTAMP NOT NULL,
            PRIMARY KEY (shortlist_id, call_id)
        );
        CREATE TABLE saved_searches (
            id           VARCHAR PRIMARY KEY,
            profile_id   VARCHAR NOT NULL,
            name         VARCHAR NOT NULL,
            query        VARCHAR NOT NULL DEFAULT '',
            filters      JSON NOT NULL DEFAULT '{}',
            cadence      VARCHAR NOT NULL DEFAULT 'weekly',
            recipients   VARCHAR[] NOT NULL DEFAULT [],
            last_sent_at TIMESTAMP,
            created_at   TIMESTAMP NOT NULL
        );
        -- Saves and dismissals per profile: what the ranking learns from.
        CREATE TABLE feedback (
            profile_id VARCHAR NOT NULL,
            call_id    VARCHAR NOT NULL,
            action     VARCHAR NOT NULL,
            acted_at   TIMESTAMP NOT NULL,
            PRIMARY KEY (profile_id, call_id)
        );
        """,
    ),
    (
        2,
        "incremental crawling and cross-source links",
        """
        -- Per link: what this source last published (its own content hash), the keys that match the same
        -- call on other sources, and when the source stopped listing it. A call is unavailable only when
        -- every one of its links is gone.
        ALTER TABLE call_sources ADD COLUMN content_hash VARCHAR;
        ALTER TABLE call_sources ADD COLUMN match_keys VARCHAR[];
        ALTER TABLE call_sources ADD COLUMN gone_at TIMESTAMP;
        UPDATE call_sources SET content_hash = c.content_hash
            FROM calls c WHERE c.id = call_sources.call_id;
        UPDATE call_sources SET gone_at = c.status_changed_at
            FROM calls c WHERE c.id = call_sources.call_id AND c.status = 'unavailable';
        -- linked: items of this run that joined a call first published by another source;
        -- pages: HTTP responses received; not_modified: pages the server answered 304 Not Modified.
        ALTER TABLE crawl_runs ADD COLUMN linked INTEGER DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN pages INTEGER DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN not_modified INTEGER DEFAULT 0;
        """,
    ),
    (
        3,
        "digest log",
        """
        -- Every digest delivery attempt. The last 'sent' row of a subject is where its next digest starts;
        -- a failed attempt is kept (with its error) but moves nothing, so the next run retries it.
        CREATE TABLE digest_log (
            subject     VARCHAR NOT NULL,   -- 'search:<id>' or 'profile:<id>'
            attempted_at TIMESTAMP NOT NULL,
            since       TIMESTAMP NOT NULL,
            status      VARCHAR NOT NULL,   -- sent | failed
            channel     VARCHAR NOT NULL,   -- email | output
            recipients  VARCHAR[] NOT NULL DEFAULT [],
            call_ids    VARCHAR[] NOT NULL DEFAULT [],
            error       VARCHAR,
            PRIMARY KEY (subject, attempted_at)
        );
        """,
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
