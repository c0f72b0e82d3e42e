/* lectern-search-private.h: the search index's part of the schema
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Fills both search tables from the library (used by the migration and by
 * lectern_search_rebuild_sync()). Highlight rows are id*4+1, story notes
 * story_id*4+2, entities story_entities.id*4+3. */
#define LECTERN_SEARCH_REBUILD_SQL \
  "INSERT INTO search_stories (search_stories) VALUES ('rebuild');" \
  "DELETE FROM search_notes;" \
  "INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "  SELECT h.id * 4 + 1, h.quote, h.note," \
  "   coalesce ((SELECT group_concat (t.name, ' ') FROM highlight_tags AS ht" \
  "     JOIN tags AS t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id), '')," \
  "   '', h.story_id FROM highlights AS h;" \
  "INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "  SELECT story_id * 4 + 2, '', note, '', '', story_id FROM story_notes;" \
  "INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "  SELECT id * 4 + 3, '', '', '', name || ' ' || replace (forms, char (31), ' '), story_id" \
  "  FROM story_entities;"

/* Schema 4 (issue 13): the search index, and the people and organizations
 * of every story for the library-wide entity pages. Triggers keep the index
 * in step inside each write's own transaction. story_entities holds each
 * story's corrected entities (people and organizations), refreshed by
 * lectern-dossier.c when story_entities_state says it is stale: a changed
 * text, another extractor version, or a correction whose form the story's
 * text contains. */
#define LECTERN_SEARCH_SCHEMA_SQL \
  "CREATE VIRTUAL TABLE search_stories USING fts5 (title, text," \
  "  content = 'stories', content_rowid = 'id', tokenize = 'lectern');" \
  "INSERT INTO search_stories (search_stories, rank) VALUES ('rank', 'lectern_rank(8.0, 1.0)');" \
  "CREATE VIRTUAL TABLE search_notes USING fts5 (text, note, tags, names," \
  "  story_id UNINDEXED, tokenize = 'lectern');" \
  "INSERT INTO search_notes (search_notes, rank) VALUES ('rank', 'lectern_rank(1.5, 1.5, 2.0, 2.0)');" \
  "CREATE TABLE story_entities (" \
  "  id INTEGER PRIMARY KEY," \
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE," \
  "  key TEXT NOT NULL," \
  "  alias TEXT," \
  "  name TEXT NOT NULL," \
  "  type TEXT NOT NULL," \
  "  forms TEXT NOT NULL," \
  "  mentions TEXT NOT NULL," \
  "  n_mentions INTEGER NOT NULL" \
  ");" \
  "CREATE INDEX story_entities_key ON story_entities (key);" \
  "CREATE INDEX story_entities_alias ON story_entities (alias) WHERE alias IS NOT NULL;" \
  "CREATE INDEX story_entities_story ON story_entities (story_id);" \
  "CREATE TABLE story_entities_state (" \
  "  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE," \
  "  version TEXT NOT NULL" \
  ");" \
  "CREATE TABLE library_entity_splits (" \
  "  key TEXT PRIMARY KEY," \
  "  created_at INTEGER NOT NULL" \
  ");" \
  "CREATE TRIGGER search_stories_insert AFTER INSERT ON stories BEGIN" \
  "  INSERT INTO search_stories (rowid, title, text) VALUES (new.id, new.title, new.text);" \
  "END;" \
  "CREATE TRIGGER search_stories_delete AFTER DELETE ON stories BEGIN" \
  "  INSERT INTO search_stories (search_stories, rowid, title, text)" \
  "    VALUES ('delete', old.id, old.title, old.text);" \
  "END;" \
  "CREATE TRIGGER search_stories_update AFTER UPDATE OF title, text ON stories BEGIN" \
  "  INSERT INTO search_stories (search_stories, rowid, title, text)" \
  "    VALUES ('delete', old.id, old.title, old.text);" \
  "  INSERT INTO search_stories (rowid, title, text) VALUES (new.id, new.title, new.text);" \
  "END;" \
  "CREATE TRIGGER story_entities_text AFTER UPDATE OF text ON stories BEGIN" \
  "  DELETE FROM story_entities WHERE story_id = new.id;" \
  "  DELETE FROM story_entities_state WHERE story_id = new.id;" \
  "END;" \
  "CREATE TRIGGER search_highlights_insert AFTER INSERT ON highlights BEGIN" \
  "  DELETE FROM search_notes WHERE rowid = new.id * 4 + 1;" \
  "  INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "    VALUES (new.id * 4 + 1, new.quote, new.note, '', '', new.story_id);" \
  "END;" \
  "CREATE TRIGGER search_highlights_update AFTER UPDATE OF quote, note ON highlights BEGIN" \
  "  UPDATE search_notes SET text = new.quote, note = new.note WHERE rowid = new.id * 4 + 1;" \
  "END;" \
  "CREATE TRIGGER search_highlights_delete AFTER DELETE ON highlights BEGIN" \
  "  DELETE FROM search_notes WHERE rowid = old.id * 4 + 1;" \
  "END;" \
  "CREATE TRIGGER search_tags_insert AFTER INSERT ON highlight_tags BEGIN" \
  "  UPDATE search_notes SET tags = coalesce ((SELECT group_concat (t.name, ' ')" \
  "    FROM highlight_tags AS ht JOIN tags AS t ON t.id = ht.tag_id" \
  "    WHERE ht.highlight_id = new.highlight_id), '')" \
  "  WHERE rowid = new.highlight_id * 4 + 1;" \
  "END;" \
  "CREATE TRIGGER search_tags_delete AFTER DELETE ON highlight_tags BEGIN" \
  "  UPDATE search_notes SET tags = coalesce ((SELECT group_concat (t.name, ' ')" \
  "    FROM highlight_tags AS ht JOIN tags AS t ON t.id = ht.tag_id" \
  "    WHERE ht.highlight_id = old.highlight_id), '')" \
  "  WHERE rowid = old.highlight_id * 4 + 1;" \
  "END;" \
  "CREATE TRIGGER search_story_notes_insert AFTER INSERT ON story_notes BEGIN" \
  "  DELETE FROM search_notes WHERE rowid = new.story_id * 4 + 2;" \
  "  INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "    VALUES (new.story_id * 4 + 2, '', new.note, '', '', new.story_id);" \
  "END;" \
  "CREATE TRIGGER search_story_notes_update AFTER UPDATE OF note ON story_notes BEGIN" \
  "  UPDATE search_notes SET note = new.note WHERE rowid = new.story_id * 4 + 2;" \
  "END;" \
  "CREATE TRIGGER search_story_notes_delete AFTER DELETE ON story_notes BEGIN" \
  "  DELETE FROM search_notes WHERE rowid = old.story_id * 4 + 2;" \
  "END;" \
  "CREATE TRIGGER search_entities_insert AFTER INSERT ON story_entities BEGIN" \
  "  INSERT INTO search_notes (rowid, text, note, tags, names, story_id)" \
  "    VALUES (new.id * 4 + 3, '', '', '', new.name || ' ' || replace (new.forms, char (31), ' ')," \
  "            new.story_id);" \
  "END;" \
  "CREATE TRIGGER search_entities_delete AFTER DELETE ON story_entities BEGIN" \
  "  DELETE FROM search_notes WHERE rowid = old.id * 4 + 3;" \
  "END;" \
  /* A correction changes the entities of the stories whose text holds \
   * its forms, and of its own story. */ \
  "CREATE TRIGGER story_entities_correction_insert AFTER INSERT ON entity_corrections BEGIN" \
  "  DELETE FROM story_entities_state WHERE story_id = new.story_id" \
  "    OR (new.general = 1 AND story_id IN (SELECT rowid FROM search_stories" \
  "        WHERE search_stories MATCH lectern_phrase (new.form, new.value)));" \
  "END;" \
  "CREATE TRIGGER story_entities_correction_delete AFTER DELETE ON entity_corrections BEGIN" \
  "  DELETE FROM story_entities_state WHERE story_id = old.story_id" \
  "    OR (old.general = 1 AND story_id IN (SELECT rowid FROM search_stories" \
  "        WHERE search_stories MATCH lectern_phrase (old.form, old.value)));" \
  "END;" \
  LECTERN_SEARCH_REBUILD_SQL

/* Schema 9: the stories' ranking names its table, to read the sizes of
 * all the stories in one pass when a word is in most of them (see
 * lectern_rank). And stories are indexed later, not by the write that adds or
 * changes them, and in one go: before every search, and whenever the app
 * is idle (lectern_search_update_sync()). Indexing a story inside its own
 * write cost FTS5 a segment per story, and inside a batch a segment per
 * savepoint: three times the import itself. New stories need no trigger
 * at all (a trigger on insert cost a fifth of the import, compiled into
 * every insert): the index holds every story up to
 * search_state.indexed_upto, and those above wait. A story changed below
 * it waits in search_queue. Both are written in the write's own
 * transaction, so a crash loses nothing. A story still waiting has
 * nothing in search_stories to delete; when the newest story goes, the
 * mark comes down so that its id, given again, counts as new. A
 * correction must also reach the waiting stories, which no MATCH finds. */
#define LECTERN_SEARCH_WAITING(id) \
  "(" id " > (SELECT indexed_upto FROM search_state)" \
  " OR " id " IN (SELECT story_id FROM search_queue))"

#define LECTERN_SEARCH_QUEUE_SQL \
  "INSERT INTO search_stories (search_stories, rank)" \
  "  VALUES ('rank', 'lectern_rank(8.0, 1.0, ''search_stories'')');" \
  "CREATE TABLE search_state (" \
  "  id INTEGER PRIMARY KEY CHECK (id = 1)," \
  "  indexed_upto INTEGER NOT NULL" \
  ");" \
  "INSERT INTO search_state (id, indexed_upto) SELECT 1, coalesce (max (id), 0) FROM stories;" \
  "CREATE TABLE search_queue (" \
  "  story_id INTEGER PRIMARY KEY" \
  ");" \
  "DROP TRIGGER search_stories_insert;" \
  "DROP TRIGGER search_stories_delete;" \
  "DROP TRIGGER search_stories_update;" \
  "DROP TRIGGER story_entities_correction_insert;" \
  "DROP TRIGGER story_entities_correction_delete;" \
  "CREATE TRIGGER search_stories_delete AFTER DELETE ON stories BEGIN" \
  "  INSERT INTO search_stories (search_stories, rowid, title, text)" \
  "    SELECT 'delete', old.id, old.title, old.text WHERE NOT " \
  LECTERN_SEARCH_WAITING ("old.id") ";" \
  "  DELETE FROM search_queue WHERE story_id = old.id;" \
  "  UPDATE search_state SET indexed_upto = (SELECT coalesce (max (id), 0) FROM stories)" \
  "    WHERE indexed_upto > (SELECT coalesce (max (id), 0) FROM stories);" \
  "END;" \
  "CREATE TRIGGER search_stories_update AFTER UPDATE OF title, text ON stories BEGIN" \
  "  INSERT INTO search_stories (search_stories, rowid, title, text)" \
  "    SELECT 'delete', old.id, old.title, old.text WHERE NOT " \
  LECTERN_SEARCH_WAITING ("old.id") ";" \
  "  INSERT OR IGNORE INTO search_queue (story_id)" \
  "    SELECT new.id WHERE new.id <= (SELECT indexed_upto FROM search_state);" \
  "END;" \
  "CREATE TRIGGER story_entities_correction_insert AFTER INSERT ON entity_corrections BEGIN" \
  "  DELETE FROM story_entities_state WHERE story_id = new.story_id" \
  "    OR (new.general = 1 AND (story_id IN (SELECT rowid FROM search_stories" \
  "        WHERE search_stories MATCH lectern_phrase (new.form, new.value))" \
  "      OR " LECTERN_SEARCH_WAITING ("story_id") "));" \
  "END;" \
  "CREATE TRIGGER story_entities_correction_delete AFTER DELETE ON entity_corrections BEGIN" \
  "  DELETE FROM story_entities_state WHERE story_id = old.story_id" \
  "    OR (old.general = 1 AND (story_id IN (SELECT rowid FROM search_stories" \
  "        WHERE search_stories MATCH lectern_phrase (old.form, old.value))" \
  "      OR " LECTERN_SEARCH_WAITING ("story_id") "));" \
  "END;"

/* How many stories wait. */
#define LECTERN_SEARCH_WAITING_SQL \
  "SELECT (SELECT count(*) FROM search_queue)" \
  " + (SELECT count(*) FROM stories WHERE id > (SELECT indexed_upto FROM search_state))"

/* Indexes the waiting stories in id order: every queued one is below the
 * mark, and FTS5 appends rowids in order without flushing. */
#define LECTERN_SEARCH_CATCH_UP_SQL \
  "INSERT INTO search_stories (rowid, title, text)" \
  "  SELECT s.id, s.title, s.text FROM search_queue AS q JOIN stories AS s ON s.id = q.story_id" \
  "  ORDER BY q.story_id;" \
  "INSERT INTO search_stories (rowid, title, text)" \
  "  SELECT id, title, text FROM stories" \
  "  WHERE id > (SELECT indexed_upto FROM search_state) ORDER BY id;" \
  "DELETE FROM search_queue;" \
  "UPDATE search_state SET indexed_upto = (SELECT coalesce (max (id), 0) FROM stories);"
