#include "store/Schema.h"

#include "store/Indexer.h"

namespace yiping::store {

namespace {

// Version 1 as it shipped. Frozen: later changes go into new steps.
constexpr const char *kV1 = R"sql(
CREATE TABLE sync_cursor(collection TEXT PRIMARY KEY, cursor INTEGER NOT NULL DEFAULT 0,
    last_sync INTEGER);
CREATE TABLE pending_annotation(id TEXT PRIMARY KEY, json TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0, queued_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, conflict TEXT);
CREATE TABLE regions(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, code TEXT, name TEXT, level INTEGER, parent_id TEXT,
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL, c_lon REAL, c_lat REAL);
CREATE INDEX regions_parent ON regions(parent_id);
CREATE TABLE persons(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, name TEXT, id_number TEXT, phone TEXT, category TEXT, risk_level INTEGER,
    status TEXT, region_id TEXT, address TEXT, lon REAL, lat REAL);
CREATE INDEX persons_region ON persons(region_id);
CREATE TABLE sites(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, name TEXT, kind TEXT, risk_level INTEGER, region_id TEXT, address TEXT,
    lon REAL, lat REAL);
CREATE INDEX sites_region ON sites(region_id);
CREATE TABLE orgs(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, name TEXT, uscc TEXT, kind TEXT, region_id TEXT, lon REAL, lat REAL);
CREATE TABLE events(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, source TEXT, category TEXT, severity INTEGER, occurred_at INTEGER,
    status TEXT, region_id TEXT, lon REAL, lat REAL);
CREATE INDEX events_time ON events(occurred_at);
CREATE TABLE cases(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, case_no TEXT, title TEXT, kind TEXT, stage TEXT, agency TEXT,
    opened_at INTEGER, due_at INTEGER, closed_at INTEGER, region_id TEXT);
CREATE INDEX cases_stage ON cases(stage);
CREATE TABLE disputes(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, kind TEXT, channel TEXT, status TEXT, received_at INTEGER,
    closed_at INTEGER, region_id TEXT, lon REAL, lat REAL);
CREATE TABLE services(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, channel TEXT, kind TEXT, received_at INTEGER, closed_at INTEGER,
    satisfaction INTEGER, region_id TEXT);
CREATE TABLE tracks(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, person_id TEXT, at INTEGER, source TEXT, lon REAL, lat REAL);
CREATE INDEX tracks_person ON tracks(person_id, at);
CREATE TABLE relations(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, from_type TEXT, from_id TEXT, to_type TEXT, to_id TEXT, kind TEXT,
    weight REAL);
CREATE INDEX relations_from ON relations(from_id);
CREATE INDEX relations_to ON relations(to_id);
CREATE TABLE surveys(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, region_id TEXT, period TEXT, score REAL);
CREATE TABLE alerts(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, rule TEXT, level TEXT, status TEXT, raised_at INTEGER, region_id TEXT,
    subject_type TEXT, subject_id TEXT);
CREATE TABLE assessments(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, unit_type TEXT, unit_id TEXT, period TEXT, total REAL, rank INTEGER);
CREATE TABLE annotations(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL,
    json TEXT NOT NULL, target_type TEXT, target_id TEXT, kind TEXT, author TEXT,
    created_at INTEGER);
CREATE INDEX annotations_target ON annotations(target_id);
)sql";

// Search: `search_text` holds each searchable record's text for substring queries of 3+
// characters (trigram); `search_short` holds the 1- and 2-character pieces of names and
// addresses plus their pinyin spellings as whole tokens, for short and pinyin queries.
// Both are contentless (the text lives in the collection tables); the rowid is
// (kind << 32 | rid). Spatial: an R*Tree per located collection, and one over the
// bounding boxes of grid cells.
constexpr const char *kV2 = R"sql(
CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize='trigram', content='',
    contentless_delete=1);
CREATE VIRTUAL TABLE search_short USING fts5(tokens, tokenize='unicode61', content='',
    contentless_delete=1, detail=none);
CREATE VIRTUAL TABLE persons_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE sites_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE orgs_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE disputes_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE tracks_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE cells_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);
)sql";

// The map page's queries. Time-ordered covering indexes let a choropleth over a window
// count per region without reading a single row's JSON; events_window replaces v1's
// events_time, which it starts with (one index fewer for every event a sync writes). person_links
// lists the persons named in events, cases and disputes (their person_ids arrays), kept by the
// Indexer on every write, so that a person's profile finds them without scanning 300,000 records.
constexpr const char *kV3Indexes = R"sql(
CREATE INDEX events_window ON events(occurred_at, region_id, status);
DROP INDEX events_time;
CREATE INDEX disputes_window ON disputes(received_at, region_id, status);
CREATE INDEX alerts_window ON alerts(raised_at, region_id, status);
CREATE INDEX alerts_subject ON alerts(subject_id);
CREATE TABLE person_links(person_id TEXT NOT NULL, collection TEXT NOT NULL,
    rid INTEGER NOT NULL, PRIMARY KEY(person_id, collection, rid)) WITHOUT ROWID;
CREATE INDEX person_links_record ON person_links(collection, rid);
)sql";

// The backfill of person_links for one table of an existing cache; %1 is the table name.
// From then on the Indexer keeps the links as it writes each record (it has the record
// parsed; a trigger re-parsing the JSON cost a city sync a quarter of its time).
constexpr const char *kV3LinksOf = R"sql(
INSERT OR IGNORE INTO person_links SELECT j.value, '%1', t.rid FROM %1 t, json_each(t.json, '$.person_ids') j
    WHERE j.type = 'text';
)sql";

void migrateTo3(Database &db)
{
    db.exec(kV3Indexes);
    for (const char *table : {"events", "cases", "disputes"}) {
        const QByteArray sql = QByteArray(kV3LinksOf).replace("%1", table);
        db.exec(sql.constData());
    }
}

void setVersion(Database &db, int v)
{
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(v);
    db.exec(sql.constData());
}

} // namespace

int Schema::version(Database &db)
{
    return int(db.scalarInt("PRAGMA user_version"));
}

void Schema::migrate(Database &db, int target)
{
    for (int v = version(db) + 1; v <= target; ++v) {
        Transaction tx(db);
        // Another connection (the map page and the status bar open a new cache at the same
        // moment) may have taken this step while this one waited for the write lock.
        if (version(db) >= v)
            continue;
        switch (v) {
        case 1:
            db.exec(kV1);
            break;
        case 2:
            db.exec(kV2);
            Indexer(db).rebuildAll();
            break;
        case 3:
            migrateTo3(db);
            break;
        }
        setVersion(db, v);
        tx.commit();
    }
}

} // namespace yiping::store
