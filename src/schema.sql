-- schema.sql — the --seen database (SPEC §8), compiled into src/store.c
-- (src/mkschema.sh writes it as the C string store_schema_sql).
--
-- One row per distinct story: its fingerprint (fingerprint.h), kind, the
-- article a blurb promotes and when it was first and last seen (seconds
-- since the epoch, UTC).  No story text.  The 64-bit hashes are stored as
-- SQLite's signed integers (the same 64 bits); an absent one (0) is NULL,
-- so that it is never equal to anything and stays out of the indexes.
--
-- store.c runs this once, in the transaction that creates the file.  A
-- change to the schema is a new user_version, and store.c's STORE_VERSION
-- with it; store.c refuses a file whose version is newer than its own.

-- "sift": marks the file as storysift's, whatever its name.
PRAGMA application_id = 1936287348;
PRAGMA user_version = 1;

-- row is the rowid (an INTEGER PRIMARY KEY), so that VACUUM keeps it and
-- a row found by one lookup is still the row store_touch updates.
-- kind: 0 article, 1 blurb (enum kind in story.h).
CREATE TABLE story (
	row        INTEGER PRIMARY KEY,
	id         INTEGER,
	lead       INTEGER,
	opening    INTEGER,
	headline   INTEGER,
	kind       INTEGER NOT NULL,
	promotes   INTEGER,
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL
);

-- The same story: ids within 3 bits (FINGERPRINT_SAME_BITS).  Of two such
-- ids' four 16-bit blocks at least one is equal (three differing bits
-- spoil at most three blocks), so the four blocks are indexed and store.c
-- checks each candidate's id bit by bit.  Each index holds the id too,
-- so that the candidates are checked without reading their rows: a
-- million stories give some 60 candidates a lookup.  store.c's lookup
-- must write each expression exactly as here, or SQLite will not use
-- the index.
CREATE INDEX story_id0 ON story(id & 65535, id) WHERE id IS NOT NULL;
CREATE INDEX story_id1 ON story((id >> 16) & 65535, id)
	WHERE id IS NOT NULL;
CREATE INDEX story_id2 ON story((id >> 32) & 65535, id)
	WHERE id IS NOT NULL;
CREATE INDEX story_id3 ON story((id >> 48) & 65535, id)
	WHERE id IS NOT NULL;

-- ...or equal leads.
CREATE INDEX story_lead ON story(lead) WHERE lead IS NOT NULL;

-- The article a blurb promotes: equal openings or headlines.  Only
-- articles are ever looked up this way.
CREATE INDEX story_opening ON story(opening)
	WHERE kind = 0 AND opening IS NOT NULL;
CREATE INDEX story_headline ON story(headline)
	WHERE kind = 0 AND headline IS NOT NULL;

-- Forgetting the stories not seen for --seen-keep days.
CREATE INDEX story_last_seen ON story(last_seen);
