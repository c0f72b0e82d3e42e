/* lectern-store.c: the library database
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-store"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "lectern-import.h"
#include "lectern-locks-private.h"
#include "lectern-search.h"
#include "lectern-search-private.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"
#include "lectern-structure.h"

#include <glib/gi18n.h>
#include <inttypes.h>

/* "Lect": written into the header so a foreign SQLite file is never taken
 * for ours and migrated. */
#define LECTERN_APPLICATION_ID 0x4c656374

#define DEFAULT_BUSY_TIMEOUT_MSEC 2000

struct _LecternStore
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;
  gboolean      read_only;
  /* Open write transactions of this connection: the outermost is BEGIN,
   * nested ones (inside a batch) are savepoints. */
  guint         tx_depth;
  /* Serializes the _sync calls; recursive so that one public call may use
   * another. */
  GRecMutex     mutex;
  /* One thread: the only one that touches the database for async work. */
  GThreadPool  *pool;
  /* Batches open from this thread (lectern_store_begin_batch_sync()); SQLite
   * may end their transaction by itself on an I/O error. */
  guint         batch_depth;
  /* PRAGMA data_version when last polled: other connections' commits
   * change it, ours do not. */
  gint64        data_version;
  /* The check on open found damage: reading goes on, writing is refused. */
  gboolean      damaged;
  gboolean      locks_registered;
};

G_DEFINE_FINAL_TYPE (LecternStore, lectern_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (lectern-store-error-quark, lectern_store_error)

/* Each entry upgrades the schema from version i to i + 1, and sets
 * user_version itself (PRAGMA takes no parameters). Never edit an entry
 * once released; add one. */
static const char *const migrations[] = {
  /* 0 → 1: stories, highlights, cached entities. */
  "CREATE TABLE stories ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  source TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL,"
  "  n_chars INTEGER NOT NULL,"
  "  encoding TEXT NOT NULL DEFAULT 'UTF-8',"
  "  imported_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  content_hash TEXT NOT NULL"
  ");"
  "CREATE INDEX stories_content_hash ON stories (content_hash);"
  "CREATE TABLE highlights ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  start_pos INTEGER NOT NULL,"
  "  end_pos INTEGER NOT NULL,"
  "  quote TEXT NOT NULL,"
  "  prefix TEXT NOT NULL DEFAULT '',"
  "  suffix TEXT NOT NULL DEFAULT '',"
  "  color TEXT NOT NULL DEFAULT 'yellow',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL,"
  "  CHECK (start_pos >= 0 AND end_pos > start_pos)"
  ");"
  "CREATE INDEX highlights_story ON highlights (story_id, start_pos);"
  "CREATE TABLE entity_cache ("
  "  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
  "  version TEXT NOT NULL,"
  "  data TEXT NOT NULL"
  ");"
  "PRAGMA application_id = 1281713012;"
  "PRAGMA user_version = 1;",

  /* 1 → 2: annotations (issue 4): category names, styles, tags, story
   * notes, stable highlight ids for exchange, orphans. */
  "CREATE TABLE categories ("
  "  color TEXT PRIMARY KEY,"
  "  name TEXT,"  /* NULL: the translated default */
  "  position INTEGER NOT NULL"
  ");"
  "INSERT INTO categories (color, name, position) VALUES"
  "  ('yellow', NULL, 0), ('green', NULL, 1), ('blue', NULL, 2), ('pink', NULL, 3),"
  "  ('purple', NULL, 4);"
  "ALTER TABLE highlights ADD COLUMN style TEXT NOT NULL DEFAULT 'highlight'"
  "  CHECK (style IN ('highlight', 'underline'));"
  "ALTER TABLE highlights ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE highlights ADD COLUMN uuid TEXT;"
  /* A random version-4 UUID for each existing highlight. */
  "UPDATE highlights SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))"
  "  || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'"
  "  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
  "  || '-' || lower(hex(randomblob(6)));"
  "CREATE UNIQUE INDEX highlights_uuid ON highlights (uuid);"
  "CREATE TABLE tags ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
  ");"
  "CREATE TABLE highlight_tags ("
  "  highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (highlight_id, tag_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX highlight_tags_tag ON highlight_tags (tag_id);"
  "CREATE TABLE story_notes ("
  "  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
  "  note TEXT NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "ALTER TABLE stories ADD COLUMN author TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE stories ADD COLUMN url TEXT NOT NULL DEFAULT '';"
  "PRAGMA user_version = 2;",

  /* 2 → 3: user corrections of entity lists (issue 3). One row per
   * correction, undone by deleting it. Rows marked general also form the
   * user gazetteer applied to other stories, so they outlive their story;
   * the others go with it. */
  "CREATE TABLE entity_corrections ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL"
  "    CHECK (kind IN ('rename', 'type', 'merge', 'split', 'remove', 'add')),"
  "  form TEXT NOT NULL CHECK (form <> ''),"
  "  value TEXT,"        /* rename: the new name; merge: the other form */
  "  entity_type TEXT,"  /* type and add: 'person', 'organization', … */
  "  general INTEGER NOT NULL DEFAULT 1,"
  "  created_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX entity_corrections_story ON entity_corrections (story_id);"
  "CREATE INDEX entity_corrections_general ON entity_corrections (id) WHERE general = 1;"
  "CREATE TRIGGER stories_delete_corrections BEFORE DELETE ON stories BEGIN"
  "  DELETE FROM entity_corrections WHERE story_id = old.id AND general = 0;"
  "END;"
  "PRAGMA user_version = 3;",

  /* 3 → 4: a revision per highlight, raised by every write, so that a
   * write based on an old read (another program changed the row since)
   * fails instead of overwriting (issue 12). */
  "ALTER TABLE highlights ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
  /* Listing the library newest first walks this index instead of sorting
   * every story's text through temporary files (2 s for 60 MB). */
  "CREATE INDEX stories_imported ON stories (imported_at, id);"
  "PRAGMA user_version = 4;",

  /* 4 → 5: a stable UUID for each story (issue 11), so exports name it
   * the same way every time and two stories with equal text stay apart. */
  "ALTER TABLE stories ADD COLUMN uuid TEXT;"
  "UPDATE stories SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))"
  "  || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'"
  "  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
  "  || '-' || lower(hex(randomblob(6)));"
  "CREATE UNIQUE INDEX stories_uuid ON stories (uuid);"
  "PRAGMA user_version = 5;",

  /* 5 → 6: stories as they come (issue 7): where a web page, Markdown
   * file or e-book came from, and the structure it gave ("" when the
   * structure is detected from the lines of plain text). */
  "ALTER TABLE stories ADD COLUMN site TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE stories ADD COLUMN published TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE stories ADD COLUMN lang TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE stories ADD COLUMN blocks TEXT NOT NULL DEFAULT '';"
  "PRAGMA user_version = 6;",

  /* 6 → 7: quotations (issue 10). The speaker a quote highlight is from,
   * and the user's corrections of found quotations: "not a quote", or
   * another speaker (NULL: nobody). A story's corrections go with it. */
  "ALTER TABLE highlights ADD COLUMN speaker TEXT;"
  "CREATE TABLE quote_corrections ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  start_pos INTEGER NOT NULL,"
  "  end_pos INTEGER NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('not-quote', 'speaker')),"
  "  speaker TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  CHECK (start_pos >= 0 AND end_pos > start_pos)"
  ");"
  "CREATE INDEX quote_corrections_story ON quote_corrections (story_id);"
  "PRAGMA user_version = 7;",

  /* 7 → 8: the full-text search index and the people and organizations
   * of every story (issue 13; lectern-search-private.h), built from what
   * the library holds. */
  LECTERN_SEARCH_SCHEMA_SQL
  "PRAGMA user_version = 8;",

  /* 8 → 9: stories are indexed in groups, after their write (issue 13's
   * import speed; lectern-search-private.h). */
  LECTERN_SEARCH_QUEUE_SQL
  "PRAGMA user_version = 9;",

  /* 9 → 10: the library page lists every story from this index alone,
   * never reading their texts (issue 13: 10,000 stories in under 100 ms;
   * the table scan read 50 MB for it). */
  "CREATE INDEX stories_library ON stories"
  "  (imported_at, id, title, site, author, published, source);"
  "PRAGMA user_version = 10;",

  /* 10 → 11 (issue 13): the quotations the quote finder attributes to a
   * person or organization in each story, written with the story's list of
   * entities (lectern-dossier.c) and made again when it is stale: a new
   * text, a correction of an entity or of a quotation. Every list is made
   * again once for them (the extractor's results stay cached). How far
   * the reader got in each story, and the tags of whole stories. */
  "CREATE TABLE story_quotes ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  speaker TEXT NOT NULL,"
  "  start_pos INTEGER NOT NULL,"
  "  end_pos INTEGER NOT NULL,"
  "  quote TEXT NOT NULL,"
  "  speaker_text TEXT"
  ");"
  "CREATE INDEX story_quotes_key ON story_quotes (key);"
  "CREATE INDEX story_quotes_story ON story_quotes (story_id);"
  "CREATE TRIGGER story_quotes_text AFTER UPDATE OF text ON stories BEGIN"
  "  DELETE FROM story_quotes WHERE story_id = new.id;"
  "END;"
  "CREATE TRIGGER story_quotes_correction_insert AFTER INSERT ON quote_corrections BEGIN"
  "  DELETE FROM story_entities_state WHERE story_id = new.story_id;"
  "END;"
  "CREATE TRIGGER story_quotes_correction_delete AFTER DELETE ON quote_corrections BEGIN"
  "  DELETE FROM story_entities_state WHERE story_id = old.story_id;"
  "END;"
  "DELETE FROM story_entities_state;"
  "CREATE TABLE story_progress ("
  "  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
  "  fraction REAL NOT NULL CHECK (fraction >= 0 AND fraction <= 1),"
  "  char_offset INTEGER NOT NULL CHECK (char_offset >= 0),"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE story_tags ("
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (story_id, tag_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX story_tags_tag ON story_tags (tag_id);"
  /* A story's own tags are searched as a row of search_notes, rowid
   * story_id * 4 (the fourth kind: see LECTERN_SEARCH_REBUILD_SQL). */
  "CREATE TRIGGER search_story_tags_insert AFTER INSERT ON story_tags BEGIN"
  "  DELETE FROM search_notes WHERE rowid = new.story_id * 4;"
  "  INSERT INTO search_notes (rowid, text, note, tags, names, story_id)"
  "    SELECT new.story_id * 4, '', '', group_concat (t.name, ' '), '', new.story_id"
  "    FROM story_tags AS st JOIN tags AS t ON t.id = st.tag_id"
  "    WHERE st.story_id = new.story_id HAVING count (*) > 0;"
  "END;"
  "CREATE TRIGGER search_story_tags_delete AFTER DELETE ON story_tags BEGIN"
  "  DELETE FROM search_notes WHERE rowid = old.story_id * 4;"
  "  INSERT INTO search_notes (rowid, text, note, tags, names, story_id)"
  "    SELECT old.story_id * 4, '', '', group_concat (t.name, ' '), '', old.story_id"
  "    FROM story_tags AS st JOIN tags AS t ON t.id = st.tag_id"
  "    WHERE st.story_id = old.story_id HAVING count (*) > 0;"
  "END;"
  "PRAGMA user_version = 11;",

  /* 11 → 12 (issue 13): the page of a name in thousands of stories reads
   * indexes, then only the rows it shows (lectern-dossier.c): the name's
   * rows of story_entities together with all the page takes from them,
   * the stories' order without their texts, the highlights' places to
   * count those near its mentions, the places of its found quotations.
   * Each replaces the narrower index it starts with. */
  "CREATE INDEX story_entities_page ON story_entities"
  "  (key, story_id, type, name, n_mentions, forms, mentions);"
  "DROP INDEX IF EXISTS story_entities_key;"
  "CREATE INDEX stories_entity_page ON stories (id, imported_at);"
  "CREATE INDEX highlights_entity_page ON highlights"
  "  (story_id, start_pos, end_pos, orphaned, speaker);"
  "DROP INDEX IF EXISTS highlights_story;"
  "CREATE INDEX story_quotes_page ON story_quotes (key, story_id, start_pos, end_pos);"
  "DROP INDEX IF EXISTS story_quotes_key;"
  "PRAGMA user_version = 12;",

  /* 12 → 13 (issue 13): each story's people and organizations joined, as
   * the library page's filter matches them: one short row a story to read
   * on the page's first open, rather than a grouped scan of every row of
   * story_entities (145 ms more on 10,000 stories). Written with
   * story_entities (lectern-dossier.c); kept when a correction only marks
   * the list stale, so the names stay findable until it is made again. */
  "CREATE TABLE story_names ("
  "  story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
  "  names TEXT NOT NULL"
  ");"
  "INSERT INTO story_names (story_id, names)"
  "  SELECT story_id, group_concat (DISTINCT name) FROM story_entities"
  "  WHERE type IN ('person', 'organization') GROUP BY story_id;"
  "CREATE TRIGGER story_names_text AFTER UPDATE OF text ON stories BEGIN"
  "  DELETE FROM story_names WHERE story_id = new.id;"
  "END;"
  "PRAGMA user_version = 13;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == LECTERN_STORE_SCHEMA_VERSION);

typedef struct
{
  LecternStoreFunc  func;
  gpointer          data;
  GDestroyNotify    data_free;
  GDestroyNotify    result_free;
} RunData;

static void
run_data_free (gpointer pointer)
{
  RunData *run = pointer;

  if (run->data_free != NULL && run->data != NULL)
    run->data_free (run->data);
  g_free (run);
}

static gboolean
folder_is_read_only (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  return g_file_test (folder, G_FILE_TEST_IS_DIR) && g_access (folder, W_OK) != 0;
}

/* Turns an SQLite failure into a message for people. `rc` may be an
 * extended result code. */
static void
set_sqlite_error (const char  *path,
                  sqlite3     *db,
                  int          rc,
                  GError     **error)
{
  int sys_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_debug ("SQLite error %d (errno %d) on %s: %s", rc, sys_errno, path, detail);

  switch (rc & 0xff)
    {
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY,
                   _("The library at %s is read-only. Lectern can show it but cannot save "
                     "changes to it."), path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_LOCKED,
                   _("The library at %s is in use by another program. Close the other "
                     "program or try again in a moment."), path);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT,
                   _("The file at %s is not a Lectern library, or it is damaged. Lectern "
                     "left it untouched."), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FULL,
                   _("The disk holding the library at %s is full. Free some space and try "
                     "again."), path);
      break;
    case SQLITE_CANTOPEN:
      if (sys_errno == EACCES || sys_errno == EROFS || sys_errno == EPERM
          || folder_is_read_only (path))
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY,
                     _("The library at %s cannot be created or written: its folder is "
                       "read-only."), path);
      else
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_OPEN,
                     _("Could not open the library at %s: %s."), path, g_strerror (sys_errno));
      break;
    case SQLITE_IOERR:
      if (sys_errno == ENOSPC || sys_errno == EDQUOT)
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FULL,
                     _("The disk holding the library at %s is full. Free some space and try "
                       "again."), path);
      else if (sys_errno == EACCES || sys_errno == EROFS || sys_errno == EPERM)
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY,
                     _("The library at %s is read-only. Lectern can show it but cannot save "
                       "changes to it."), path);
      else
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                     _("Could not read or write the library at %s: %s."), path,
                     /* SQLite's own words ("disk I/O error") are not ours to show. */
                     g_strerror (sys_errno != 0 ? sys_errno : EIO));
      break;
    default:
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("The library at %s reported an error: %s."), path, detail);
      break;
    }
}

static void
set_not_found (GError     **error,
               const char  *what,
               gint64       id)
{
  /* `what` picks one of three full sentences, for translators. */
  if (g_str_equal (what, "story"))
    g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND,
                 _("There is no story with id %" PRId64 " in the library."), id);
  else if (g_str_equal (what, "correction"))
    g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND,
                 _("There is no correction with id %" PRId64 " in the library."), id);
  else
    g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND,
                 _("There is no highlight with id %" PRId64 " in the library."), id);
}

static sqlite3_stmt *
prepare (LecternStore  *self,
         const char    *sql,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return stmt;
}

static gboolean
exec (LecternStore  *self,
      const char    *sql,
      GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Steps a statement that returns no rows. */
static gboolean
step_done (LecternStore  *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

static void
set_read_only_error (LecternStore  *self,
                     GError       **error)
{
  g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY,
               _("The library at %s is read-only. Lectern can show it but cannot save "
                 "changes to it."), self->path);
}

/* Takes the write lock up front, so a busy database fails here rather than
 * halfway through. Inside a batch the write becomes a savepoint of the
 * batch's transaction. */
static void
set_damaged_error (LecternStore  *self,
                   GError       **error)
{
  g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT,
               _("The library at %s is damaged. Lectern can still show and export what it "
                 "reads from it, but will not write into it."), self->path);
}

static gboolean
begin_write (LecternStore  *self,
             GError       **error)
{
  if (self->read_only)
    {
      set_read_only_error (self, error);
      return FALSE;
    }
  /* Writing into a damaged b-tree can spread the damage to what is still
   * readable. */
  if (self->damaged)
    {
      set_damaged_error (self, error);
      return FALSE;
    }
  /* SQLite ended this batch's transaction after an error: a write now
   * would commit on its own, outside the all-or-nothing batch. */
  if (self->batch_depth > 0 && self->tx_depth == 0)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("The changes to the library at %s were undone after an error; "
                     "nothing of them was saved."), self->path);
      return FALSE;
    }

  if (!exec (self, self->tx_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT lectern_write", error))
    return FALSE;

  self->tx_depth++;
  return TRUE;
}

static void
rollback (LecternStore *self)
{
  if (self->tx_depth == 0)
    return;

  self->tx_depth--;
  /* SQLite may already have rolled back by itself (SQLITE_FULL, …). */
  if (sqlite3_get_autocommit (self->db))
    {
      self->tx_depth = 0;
      return;
    }

  if (self->tx_depth == 0)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  else
    sqlite3_exec (self->db, "ROLLBACK TO lectern_write; RELEASE lectern_write", NULL, NULL, NULL);
}

static gboolean
commit (LecternStore  *self,
        GError       **error)
{
  g_assert (self->tx_depth > 0);

  if (!exec (self, self->tx_depth == 1 ? "COMMIT" : "RELEASE lectern_write", error))
    {
      rollback (self);
      return FALSE;
    }

  self->tx_depth--;
  return TRUE;
}

static gboolean
query_int (LecternStore  *self,
           const char    *sql,
           gint64        *out_value,
           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
      return FALSE;
    }

  *out_value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
migrate (LecternStore  *self,
         gint64         from,
         int            to,
         GError       **error)
{
  if (from >= to)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY,
                   _("The library at %s is read-only, and Lectern needs to update it to "
                     "this version first."), self->path);
      return FALSE;
    }

  if (!begin_write (self, error))
    return FALSE;

  /* Someone else may have migrated it while we waited for the lock. */
  if (!query_int (self, "PRAGMA user_version", &from, error))
    {
      rollback (self);
      return FALSE;
    }

  for (gint64 version = from; version < to; version++)
    {
      g_autoptr(GError) local_error = NULL;

      g_debug ("Migrating %s from schema %" G_GINT64_FORMAT, self->path, version);
      if (!exec (self, migrations[version], &local_error))
        {
          rollback (self);
          /* A schema that does not match its version number (a table of a
           * later version already there) is damage, not a disk problem:
           * say so instead of passing on SQLite's words. */
          if (g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED))
            g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT,
                         _("The library at %s could not be updated for this version of "
                           "Lectern: its tables do not match its version number, so it was "
                           "damaged or changed by another program. Lectern left it "
                           "untouched."), self->path);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return commit (self, error);
}

static gboolean
path_is_read_only (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;

  /* Root may write anything, but a library whose owner removed every write
   * bit was made read-only on purpose: respect it. */
  return (st.st_mode & 0222) == 0 || g_access (path, W_OK) != 0;
}

/* Checks that the file is ours and usable, then sets the connection up.
 * Only reads until the file is known to be ours: a foreign or damaged file
 * must come out of this byte for byte unchanged. */
static gboolean
check_and_configure (LecternStore  *self,
                     gint64        *out_user_version,
                     GError       **error)
{
  gint64 application_id, user_version, n_objects;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT_MSEC);

  /* One read transaction, so that the three values come from the same
   * state of the file: another process creating the same library commits
   * its first migration (application id, version and tables together) in
   * between otherwise, and a half-seen library looks foreign. */
  if (!exec (self, "BEGIN", error))
    return FALSE;
  if (!query_int (self, "PRAGMA application_id", &application_id, error)
      || !query_int (self, "PRAGMA user_version", &user_version, error)
      || !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if ((application_id != 0 && application_id != LECTERN_APPLICATION_ID)
      || (application_id == 0 && (user_version != 0 || n_objects != 0)))
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT,
                   _("The file at %s is a database of another program, not a Lectern "
                     "library. Lectern left it untouched."), self->path);
      return FALSE;
    }

  /* user_version is any 32-bit number; a negative one is no version we
   * ever wrote (and must not index the migrations). */
  if (user_version < 0)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT,
                   _("The library at %s is damaged: its version number (%" PRId64 ") is "
                     "not one Lectern writes. Lectern left it untouched."),
                   self->path, user_version);
      return FALSE;
    }

  if (user_version > LECTERN_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_TOO_NEW,
                   _("The library at %s was made by a newer version of Lectern. Update "
                     "Lectern to open it."), self->path);
      return FALSE;
    }

  if (!exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!self->read_only)
    {
      /* WAL lets the GUI read while a write is in flight; NORMAL sync is
       * still safe against the app being killed. */
      if (!exec (self, "PRAGMA journal_mode = WAL", error)
          || !exec (self, "PRAGMA synchronous = NORMAL", error))
        return FALSE;
    }

  *out_user_version = user_version;
  return TRUE;
}

/* Libraries up to this size get a full PRAGMA quick_check on open (it
 * reads every page: tens of milliseconds for a typical library). Bigger
 * ones are checked table by table within DAMAGE_CHECK_BUDGET_US: first the
 * tables every write touches (the highlights and what hangs on them), so a
 * damaged one refuses writes whatever the size of the stories around it,
 * then the others (story texts, the search index) as far as time allows. */
#define QUICK_CHECK_MAX_BYTES (G_GINT64_CONSTANT (64) * 1024 * 1024)
#define DAMAGE_CHECK_BUDGET_US (G_GINT64_CONSTANT (150) * 1000)

/* Stops the check at its deadline: SQLite's progress handler is not
 * called inside one quick_check step (a table's whole b-tree), but
 * sqlite3_interrupt(), from another thread, is honoured there. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean done;
  gint64   deadline;
  sqlite3 *db;
} Watchdog;

static gpointer
watchdog_thread (gpointer data)
{
  Watchdog *watchdog = data;

  g_mutex_lock (&watchdog->lock);
  while (!watchdog->done)
    if (!g_cond_wait_until (&watchdog->cond, &watchdog->lock, watchdog->deadline))
      {
        if (!watchdog->done)
          sqlite3_interrupt (watchdog->db);
        break;
      }
  g_mutex_unlock (&watchdog->lock);

  return NULL;
}

/* Runs one quick_check statement; TRUE when it found damage. *out_done
 * is FALSE when the check stopped at the deadline or on another error. */
static gboolean
run_quick_check (LecternStore *self,
                 const char   *sql,
                 gboolean     *out_done)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, NULL);
  gboolean damaged = FALSE;

  *out_done = FALSE;
  if (stmt == NULL)
    return (sqlite3_errcode (self->db) & 0xff) == SQLITE_CORRUPT
           || (sqlite3_errcode (self->db) & 0xff) == SQLITE_NOTADB;

  switch (sqlite3_step (stmt) & 0xff)
    {
    case SQLITE_ROW:
      *out_done = TRUE;
      damaged = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0;
      if (damaged)
        g_debug ("%s: %s: %s", self->path, sql, sqlite3_column_text (stmt, 0));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      damaged = TRUE;
      break;
    default:
      /* SQLITE_INTERRUPT at the deadline, a lock: not damage. */
      break;
    }

  return damaged;
}

/* Big libraries: the table-by-table check within the time budget. */
static gboolean
big_library_is_damaged (LecternStore *self,
                        gint64        page_count)
{
  g_autoptr(sqlite3_stmt) tables = NULL;
  gint64 freelist = 0;
  gint64 deadline = g_get_monotonic_time () + DAMAGE_CHECK_BUDGET_US;
  gboolean damaged = FALSE, done = TRUE;
  guint checked = 0;
  int rc = SQLITE_OK;
  Watchdog watchdog = { 0, };
  GThread *thread;

  /* The header's own numbers must agree. */
  if (!query_int (self, "PRAGMA freelist_count", &freelist, NULL))
    return (sqlite3_errcode (self->db) & 0xff) == SQLITE_CORRUPT;
  if (freelist < 0 || freelist >= page_count)
    {
      g_debug ("%s: %" G_GINT64_FORMAT " free pages of %" G_GINT64_FORMAT, self->path, freelist,
               page_count);
      return TRUE;
    }

  tables = prepare (self, "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
                    " ORDER BY name NOT IN ('highlights', 'highlight_tags', 'tags', 'story_notes',"
                    " 'categories'), name", NULL);
  if (tables == NULL)
    return (sqlite3_errcode (self->db) & 0xff) == SQLITE_CORRUPT;

  watchdog.deadline = deadline;
  watchdog.db = self->db;
  g_mutex_init (&watchdog.lock);
  g_cond_init (&watchdog.cond);
  thread = g_thread_new ("lectern-check", watchdog_thread, &watchdog);
  while (!damaged && done && (rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      /* A name from the schema, quoted by SQLite: pragmas take no parameters. */
      char *sql = sqlite3_mprintf ("PRAGMA quick_check(%Q)", sqlite3_column_text (tables, 0));

      damaged = run_quick_check (self, sql, &done);
      checked += done;
      sqlite3_free (sql);
    }
  if (!damaged && done && (rc & 0xff) == SQLITE_CORRUPT)
    damaged = TRUE;
  g_mutex_lock (&watchdog.lock);
  watchdog.done = TRUE;
  g_cond_signal (&watchdog.cond);
  g_mutex_unlock (&watchdog.lock);
  g_thread_join (thread);
  g_mutex_clear (&watchdog.lock);
  g_cond_clear (&watchdog.cond);
  g_debug ("%s: %u tables checked whole in %" G_GINT64_FORMAT " ms%s", self->path, checked,
           (g_get_monotonic_time () - deadline + DAMAGE_CHECK_BUDGET_US) / 1000,
           damaged ? ", damaged" : "");

  return damaged;
}

/* Sets self->damaged when the file is cut short or a b-tree is broken.
 * Errors other than damage (a lock, say) are left to the first real use. */
static void
check_damage (LecternStore *self)
{
  gint64 page_count, page_size;
  gboolean done;
  GStatBuf st;

  if (!query_int (self, "PRAGMA page_count", &page_count, NULL)
      || !query_int (self, "PRAGMA page_size", &page_size, NULL))
    {
      self->damaged = (sqlite3_errcode (self->db) & 0xff) == SQLITE_CORRUPT;
      return;
    }

  /* With WAL the newest pages may still be in the -wal file, so only a
   * file shorter than its last checkpoint is cut short. */
  if (g_stat (self->path, &st) == 0 && st.st_size % page_size != 0)
    {
      g_debug ("%s: size %" G_GINT64_FORMAT " is not a number of pages", self->path,
               (gint64) st.st_size);
      self->damaged = TRUE;
      return;
    }

  if (page_count * page_size > QUICK_CHECK_MAX_BYTES)
    self->damaged = big_library_is_damaged (self, page_count);
  else
    self->damaged = run_quick_check (self, "PRAGMA quick_check(1)", &done);
}

/* `immutable` is the last resort for a library in a folder nobody can
 * write: SQLite then reads without the -shm file it cannot create, which
 * is safe because nobody can write the library there either. */
static int
open_connection_raw (LecternStore *self,
                     gboolean      immutable);

/* Every connection gets the search tokenizer before anything reads the
 * schema (issue 13). */
static int
open_connection (LecternStore *self,
                 gboolean      immutable)
{
  g_autoptr(GError) error = NULL;
  int rc = open_connection_raw (self, immutable);

  if (rc == SQLITE_OK && !lectern_search_register (self->db, &error))
    {
      g_warning ("%s", error->message);
      return SQLITE_ERROR;
    }
  /* Search and entity pages read across the whole library: a 32 MB page
   * cache (instead of 2 MB) keeps their pages in memory between queries. */
  if (rc == SQLITE_OK)
    sqlite3_exec (self->db, "PRAGMA cache_size = -32768", NULL, NULL, NULL);

  return rc;
}

static int
open_connection_raw (LecternStore *self,
                     gboolean      immutable)
{
  g_autofree char *uri = NULL;

  g_clear_pointer (&self->db, sqlite3_close);

  if (immutable)
    {
      /* File URIs need an absolute path; --db is often relative. */
      g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
      g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);

      if (file_uri == NULL)
        return SQLITE_CANTOPEN;
      uri = g_strconcat (file_uri, "?immutable=1", NULL);
      return sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }

  return sqlite3_open_v2 (self->path, &self->db,
                          self->read_only ? SQLITE_OPEN_READONLY
                                          : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                          NULL);
}

static gboolean
open_database (LecternStore  *self,
               int            max_version,
               GError       **error)
{
  gboolean in_memory = g_str_equal (self->path, ":memory:");
  gboolean exists = !in_memory && g_file_test (self->path, G_FILE_TEST_EXISTS);
  g_autoptr(GError) local_error = NULL;
  gint64 user_version = 0;
  gint64 deadline = g_get_monotonic_time () + DEFAULT_BUSY_TIMEOUT_MSEC * 1000;
  int rc;

  /* SQLite would block forever opening a FIFO, and read a device. */
  if (exists)
    {
      GStatBuf st;

      if (g_stat (self->path, &st) == 0 && !S_ISREG (st.st_mode))
        {
          g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_OPEN,
                       S_ISDIR (st.st_mode)
                       ? _("The library at %s is a folder, not a file. Give the path of a "
                           "file in it.")
                       : _("The library at %s is not a regular file (it is a pipe, a device "
                           "or a socket). Lectern left it untouched."), self->path);
          return FALSE;
        }
    }

  if (!in_memory && !exists)
    {
      g_autofree char *folder = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, LECTERN_STORE_ERROR,
                       saved_errno == EACCES || saved_errno == EROFS
                       ? LECTERN_STORE_ERROR_READ_ONLY : LECTERN_STORE_ERROR_OPEN,
                       _("Could not create the folder %s for the library: %s."),
                       folder, g_strerror (saved_errno));
          return FALSE;
        }
    }

  self->read_only = exists && path_is_read_only (self->path);

  rc = open_connection (self, FALSE);
  if (rc != SQLITE_OK && exists && !self->read_only)
    {
      /* Perhaps the folder is read-only; reading may still work. */
      self->read_only = TRUE;
      rc = open_connection (self, FALSE);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  /* A file in a read-only folder fails only now, when SQLite wants its
   * -wal and -shm files beside it: try read-only, then immutable. */
  for (int attempt = 0; !check_and_configure (self, &user_version, &local_error); attempt++)
    {
      /* While another process creates the library or turns on WAL, SQLite
       * returns SQLITE_BUSY from steps that do not call the busy handler
       * (journal mode change, WAL recovery): wait as the handler would. */
      if (g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_LOCKED)
          && g_get_monotonic_time () < deadline)
        {
          g_clear_error (&local_error);
          g_usleep (g_random_int_range (5, 25) * 1000);
          attempt--;
          continue;
        }
      if (!exists || attempt == 2
          || !g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_debug ("Opening %s %s: %s", self->path, attempt == 0 ? "read-only" : "immutable",
               local_error->message);
      g_clear_error (&local_error);
      self->read_only = TRUE;
      rc = open_connection (self, attempt == 1);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (self->path, self->db, rc, error);
          g_clear_pointer (&self->db, sqlite3_close);
          return FALSE;
        }
    }

  if (!in_memory)
    check_damage (self);
  /* The baseline for lectern_store_poll_changes_sync(). */
  query_int (self, "PRAGMA data_version", &self->data_version, NULL);

  while (!migrate (self, user_version, max_version, &local_error))
    {
      if (!g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_LOCKED)
          || g_get_monotonic_time () >= deadline)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_clear_error (&local_error);
      g_usleep (g_random_int_range (5, 25) * 1000);
    }

  return TRUE;
}

static void
pool_func (gpointer item,
           gpointer user_data)
{
  g_autoptr(GTask) task = item;
  LecternStore *self = g_task_get_source_object (task);
  RunData *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  result = run->func (self, run->data, g_task_get_cancellable (task), &error);
  if (error != NULL)
    {
      if (result != NULL && run->result_free != NULL)
        run->result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    {
      g_task_return_pointer (task, result, run->result_free);
    }
}

static void
lectern_store_finalize (GObject *object)
{
  LecternStore *self = (LecternStore *) object;

  /* Queued tasks hold a reference on us, so the pool is idle by now. */
  if (self->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, TRUE);
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->locks_registered)
    lectern_locks_unregister (self->path);
  g_clear_pointer (&self->path, g_free);
  g_rec_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (lectern_store_parent_class)->finalize (object);
}

static void
lectern_store_class_init (LecternStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_store_finalize;
}

static void
lectern_store_init (LecternStore *self)
{
  g_rec_mutex_init (&self->mutex);
}

char *
lectern_store_default_path (void)
{
  const char *env = g_getenv ("LECTERN_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "lectern", "library.db", NULL);
}

LecternStore *
lectern_store_new_with_version (const char  *path,
                                int          max_version,
                                GError     **error)
{
  g_autoptr(LecternStore) self = NULL;
  g_autoptr(GError) pool_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_version >= 1 && max_version <= LECTERN_STORE_SCHEMA_VERSION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (LECTERN_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* Before SQLite takes its first lock on the file (issue 12, item 2). */
  lectern_locks_install ();
  if (!g_str_equal (path, ":memory:"))
    {
      lectern_locks_register (path);
      self->locks_registered = TRUE;
    }

  if (!open_database (self, max_version, error))
    return NULL;

  self->pool = g_thread_pool_new (pool_func, self, 1, FALSE, &pool_error);
  if (self->pool == NULL)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("Could not start the library’s worker thread: %s."),
                   pool_error->message);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * lectern_store_new:
 * @path: the database file, or ":memory:"
 * @error: return location for a #LECTERN_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the open store.
 */
LecternStore *
lectern_store_new (const char  *path,
                   GError     **error)
{
  return lectern_store_new_with_version (path, LECTERN_STORE_SCHEMA_VERSION, error);
}

static void
new_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  LecternStore *store;

  if (g_task_return_error_if_cancelled (task))
    return;

  store = lectern_store_new (task_data, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
lectern_store_new_async (const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lectern_store_new_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, new_thread);
}

LecternStore *
lectern_store_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
lectern_store_get_path (LecternStore *self)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);

  return self->path;
}

gboolean
lectern_store_is_read_only (LecternStore *self)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), TRUE);

  return self->read_only;
}

void
lectern_store_set_busy_timeout (LecternStore *self,
                                int           msec)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_if_fail (LECTERN_IS_STORE (self));

  locker = g_rec_mutex_locker_new (&self->mutex);
  sqlite3_busy_timeout (self->db, msec);
}

void
lectern_store_set_max_pages (LecternStore *self,
                             gint64        n_pages)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_if_fail (LECTERN_IS_STORE (self));

  locker = g_rec_mutex_locker_new (&self->mutex);
  /* PRAGMA takes no parameters; n_pages is a number we format. */
  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, n_pages);
  stmt = prepare (self, sql, NULL);
  if (stmt != NULL)
    sqlite3_step (stmt);
}

gboolean
lectern_store_begin_batch_sync (LecternStore  *self,
                                GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Held until the batch ends: other threads wait for the whole batch. */
  g_rec_mutex_lock (&self->mutex);
  if (!begin_write (self, error))
    {
      g_rec_mutex_unlock (&self->mutex);
      return FALSE;
    }

  self->batch_depth++;
  return TRUE;
}

gboolean
lectern_store_end_batch_sync (LecternStore  *self,
                              gboolean       keep,
                              GError       **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->batch_depth--;
  /* After SQLITE_FULL or an I/O error SQLite rolls the whole transaction
   * back by itself (rollback() then finds nothing open): the batch is
   * already gone, and keeping it is no longer possible. */
  if (self->tx_depth <= self->batch_depth)
    {
      self->tx_depth = 0;
      if (keep)
        {
          g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                       _("The changes to the library at %s were undone after an error; "
                         "nothing of them was saved."), self->path);
          ok = FALSE;
        }
    }
  else if (keep)
    ok = commit (self, error);
  else
    rollback (self);

  g_rec_mutex_unlock (&self->mutex);
  return ok;
}

void
lectern_store_run_async (LecternStore        *self,
                         LecternStoreFunc     func,
                         gpointer             data,
                         GDestroyNotify       data_free,
                         GDestroyNotify       result_free,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *run;

  g_return_if_fail (LECTERN_IS_STORE (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run = g_new0 (RunData, 1);
  run->func = func;
  run->data = data;
  run->data_free = data_free;
  run->result_free = result_free;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lectern_store_run_async);
  g_task_set_task_data (task, run, run_data_free);
  /* The pool owns the task's reference until the worker has run. */
  g_thread_pool_push (self->pool, g_steal_pointer (&task), NULL);
}

gpointer
lectern_store_run_finish (LecternStore  *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Stories */

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  int len = sqlite3_column_bytes (stmt, column);

  if (text == NULL)
    return g_strdup ("");

  /* The file may have been edited by other tools; never hand invalid
   * UTF-8 to the UI. */
  return g_utf8_make_valid (text, len);
}

#define STORY_COLUMNS \
  "id, title, source, text, encoding, imported_at, modified_at, author, url, uuid, site," \
  " published, lang, blocks"

static LecternStory *
story_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *title = column_text (stmt, 1);
  g_autofree char *source = column_text (stmt, 2);
  g_autofree char *text = column_text (stmt, 3);
  LecternStory *story = lectern_story_new (title, source, text);

  story->id = sqlite3_column_int64 (stmt, 0);
  g_free (story->encoding);
  story->encoding = column_text (stmt, 4);
  story->imported_at = sqlite3_column_int64 (stmt, 5);
  story->modified_at = sqlite3_column_int64 (stmt, 6);
  g_free (story->author);
  story->author = column_text (stmt, 7);
  g_free (story->url);
  story->url = column_text (stmt, 8);
  g_free (story->uuid);
  story->uuid = column_text (stmt, 9);
  g_free (story->site);
  story->site = column_text (stmt, 10);
  g_free (story->published);
  story->published = column_text (stmt, 11);
  g_free (story->lang);
  story->lang = column_text (stmt, 12);
  story->blocks = lectern_structure_parse ((const char *) sqlite3_column_text (stmt, 13),
                                           story->n_chars);

  return story;
}

/* Binds site, published, lang and blocks from `first`. */
static void
bind_story_metadata (sqlite3_stmt       *stmt,
                     int                 first,
                     const LecternStory *story)
{
  sqlite3_bind_text (stmt, first, story->site != NULL ? story->site : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, first + 1, story->published != NULL ? story->published : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, first + 2, story->lang != NULL ? story->lang : "", -1,
                     SQLITE_TRANSIENT);
  if (story->blocks != NULL)
    sqlite3_bind_text (stmt, first + 3, lectern_structure_serialize (story->blocks), -1, g_free);
  else
    sqlite3_bind_text (stmt, first + 3, "", -1, SQLITE_STATIC);
}

gint64
lectern_store_add_story_sync (LecternStore  *self,
                              LecternStory  *story,
                              GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), 0);
  g_return_val_if_fail (story != NULL && story->text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  locker = g_rec_mutex_locker_new (&self->mutex);

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, story->text, -1);
  if (story->uuid == NULL || *story->uuid == '\0')
    {
      g_free (story->uuid);
      story->uuid = g_uuid_string_random ();
    }

  if (!begin_write (self, error))
    return 0;

  stmt = prepare (self,
                  "INSERT INTO stories (title, source, text, n_chars, encoding, imported_at,"
                  " modified_at, content_hash, author, url, uuid, site, published, lang, blocks)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    {
      rollback (self);
      return 0;
    }

  sqlite3_bind_text (stmt, 1, story->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, story->source != NULL ? story->source : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, story->text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, story->n_chars);
  sqlite3_bind_text (stmt, 5, story->encoding != NULL ? story->encoding : "UTF-8", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, story->imported_at);
  sqlite3_bind_int64 (stmt, 7, story->modified_at);
  sqlite3_bind_text (stmt, 8, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, story->author != NULL ? story->author : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, story->url != NULL ? story->url : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, story->uuid, -1, SQLITE_TRANSIENT);
  bind_story_metadata (stmt, 12, story);

  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return 0;
    }

  if (!commit (self, error))
    return 0;

  story->id = sqlite3_last_insert_rowid (self->db);
  return story->id;
}

/* Prepares SQL, binds ID to its one parameter and steps: the statement on
 * the row, or NULL with set_not_found's error for WHAT or SQLite's. */
static sqlite3_stmt *
select_by_id (LecternStore  *self,
              const char    *sql,
              const char    *what,
              gint64         id,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_not_found (error, what, id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&stmt);
}

LecternStory *
lectern_store_get_story_sync (LecternStore  *self,
                              gint64         story_id,
                              GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = select_by_id (self, "SELECT " STORY_COLUMNS " FROM stories WHERE id = ?",
                       "story", story_id, error);
  if (stmt == NULL)
    return NULL;

  return story_from_row (stmt);
}

GPtrArray *
lectern_store_list_stories_sync (LecternStore  *self,
                                 GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT " STORY_COLUMNS " FROM stories"
                  " ORDER BY imported_at DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;

  stories = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_story_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (stories, story_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&stories);
}

/* Runs one single-row write (UPDATE or DELETE by id) in its own transaction;
 * FALSE with NOT_FOUND when no row matched. */
static gboolean
write_by_id (LecternStore  *self,
             sqlite3_stmt  *stmt,
             const char    *what,
             gint64         id,
             GError       **error)
{
  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return FALSE;
    }

  if (sqlite3_changes (self->db) == 0)
    {
      rollback (self);
      set_not_found (error, what, id);
      return FALSE;
    }

  return commit (self, error);
}

/* Deletes the row `id` with `sql` in its own transaction; FALSE with
 * NOT_FOUND when there is no such row. */
static gboolean
delete_by_id (LecternStore  *self,
              const char    *sql,
              const char    *kind,
              gint64         id,
              GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  locker = g_rec_mutex_locker_new (&self->mutex);
  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);

  return write_by_id (self, stmt, kind, id, error);
}

gboolean
lectern_store_delete_story_sync (LecternStore  *self,
                                 gint64         story_id,
                                 GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_by_id (self, "DELETE FROM stories WHERE id = ?", "story", story_id, error);
}

gint64
lectern_store_count_highlights_sync (LecternStore  *self,
                                     gint64         story_id,
                                     GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT count(*) FROM highlights WHERE story_id = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, story_id);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Highlights */

#define HIGHLIGHT_COLUMNS \
  "id, story_id, start_pos, end_pos, quote, prefix, suffix, color, note, created_at," \
  " updated_at, style, orphaned, uuid," \
  " (SELECT group_concat (t.name, char (31)) FROM highlight_tags AS ht" \
  "  JOIN tags AS t ON t.id = ht.tag_id WHERE ht.highlight_id = highlights.id)," \
  " revision, speaker"

static LecternHighlight *
highlight_from_row (sqlite3_stmt *stmt)
{
  LecternHighlight *highlight = g_new0 (LecternHighlight, 1);

  highlight->id = sqlite3_column_int64 (stmt, 0);
  highlight->story_id = sqlite3_column_int64 (stmt, 1);
  highlight->start = sqlite3_column_int64 (stmt, 2);
  highlight->end = sqlite3_column_int64 (stmt, 3);
  highlight->quote = column_text (stmt, 4);
  highlight->prefix = column_text (stmt, 5);
  highlight->suffix = column_text (stmt, 6);
  highlight->color = column_text (stmt, 7);
  highlight->note = column_text (stmt, 8);
  highlight->created_at = sqlite3_column_int64 (stmt, 9);
  highlight->updated_at = sqlite3_column_int64 (stmt, 10);
  highlight->style = column_text (stmt, 11);
  highlight->orphaned = sqlite3_column_int (stmt, 12) != 0;
  highlight->uuid = column_text (stmt, 13);
  if (sqlite3_column_type (stmt, 14) == SQLITE_NULL)
    {
      highlight->tags = g_new0 (char *, 1);
    }
  else
    {
      g_autofree char *joined = column_text (stmt, 14);
      g_auto(GStrv) tags = g_strsplit (joined, "\x1f", -1);

      lectern_highlight_set_tags (highlight, (const char *const *) tags);
    }
  highlight->revision = sqlite3_column_int64 (stmt, 15);
  if (sqlite3_column_type (stmt, 16) != SQLITE_NULL)
    highlight->speaker = column_text (stmt, 16);

  return highlight;
}

/* Replaces the tags of a highlight; inside the caller's transaction. */
static gboolean
write_tags (LecternStore  *self,
            gint64         highlight_id,
            char         **tags,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) add_tag = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;

  clear = prepare (self, "DELETE FROM highlight_tags WHERE highlight_id = ?", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, highlight_id);
  if (!step_done (self, clear, error))
    return FALSE;

  if (tags == NULL || tags[0] == NULL)
    return TRUE;

  add_tag = prepare (self, "INSERT OR IGNORE INTO tags (name) VALUES (?)", error);
  link = prepare (self, "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id)"
                  " SELECT ?, id FROM tags WHERE name = ?", error);
  if (add_tag == NULL || link == NULL)
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      sqlite3_reset (add_tag);
      sqlite3_bind_text (add_tag, 1, tags[i], -1, SQLITE_STATIC);
      if (!step_done (self, add_tag, error))
        return FALSE;

      sqlite3_reset (link);
      sqlite3_bind_int64 (link, 1, highlight_id);
      sqlite3_bind_text (link, 2, tags[i], -1, SQLITE_STATIC);
      if (!step_done (self, link, error))
        return FALSE;
    }

  return TRUE;
}

/* Fills in what older callers leave unset, so every stored highlight has a
 * style, a tag list and a UUID. */
static void
complete_highlight (LecternHighlight *highlight)
{
  if (highlight->style == NULL)
    highlight->style = g_strdup ("highlight");
  if (highlight->tags == NULL)
    highlight->tags = g_new0 (char *, 1);
  if (highlight->uuid == NULL || *highlight->uuid == '\0')
    {
      g_free (highlight->uuid);
      highlight->uuid = g_uuid_string_random ();
    }
}

/* Inserts inside the caller's transaction; `keep_id` restores a deleted
 * highlight under its old id (undo). */
static gboolean
insert_highlight (LecternStore      *self,
                  LecternHighlight  *highlight,
                  gboolean           keep_id,
                  GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  complete_highlight (highlight);

  stmt = prepare (self,
                  "INSERT INTO highlights (story_id, start_pos, end_pos, quote, prefix, suffix,"
                  " color, note, created_at, updated_at, style, orphaned, uuid, id, revision,"
                  " speaker)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, highlight->story_id);
  sqlite3_bind_int64 (stmt, 2, highlight->start);
  sqlite3_bind_int64 (stmt, 3, highlight->end);
  sqlite3_bind_text (stmt, 4, highlight->quote, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, highlight->prefix != NULL ? highlight->prefix : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, highlight->suffix != NULL ? highlight->suffix : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, highlight->color != NULL ? highlight->color : "yellow", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, highlight->note != NULL ? highlight->note : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 9, highlight->created_at);
  sqlite3_bind_int64 (stmt, 10, highlight->updated_at);
  sqlite3_bind_text (stmt, 11, highlight->style, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 12, highlight->orphaned ? 1 : 0);
  sqlite3_bind_text (stmt, 13, highlight->uuid, -1, SQLITE_STATIC);
  if (keep_id)
    sqlite3_bind_int64 (stmt, 14, highlight->id);
  else
    sqlite3_bind_null (stmt, 14);
  /* A restored row comes back newer than the copy it was restored from,
   * so a write based on an even older read still fails. */
  sqlite3_bind_int64 (stmt, 15, keep_id ? MAX (highlight->revision, 0) + 1 : 1);
  if (highlight->speaker != NULL && *highlight->speaker != '\0')
    sqlite3_bind_text (stmt, 16, highlight->speaker, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 16);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_not_found (error, "story", highlight->story_id);
      else if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                     _("The highlight is already in the library."));
      else
        set_sqlite_error (self->path, self->db, rc, error);
      return FALSE;
    }

  if (!keep_id)
    highlight->id = sqlite3_last_insert_rowid (self->db);
  highlight->revision = keep_id ? MAX (highlight->revision, 0) + 1 : 1;

  return write_tags (self, highlight->id, highlight->tags, error);
}

static gboolean
check_highlight (const LecternHighlight *highlight)
{
  return highlight->start >= 0 && highlight->end > highlight->start
         && highlight->quote != NULL
         && (highlight->color == NULL || lectern_highlight_color_is_valid (highlight->color))
         && (highlight->style == NULL || lectern_highlight_style_is_valid (highlight->style));
}

gint64
lectern_store_add_highlight_sync (LecternStore      *self,
                                  LecternHighlight  *highlight,
                                  GError           **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), 0);
  g_return_val_if_fail (highlight != NULL, 0);
  g_return_val_if_fail (check_highlight (highlight), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return 0;

  if (!insert_highlight (self, highlight, FALSE, error))
    {
      rollback (self);
      highlight->id = 0;
      return 0;
    }

  if (!commit (self, error))
    {
      highlight->id = 0;
      return 0;
    }

  return highlight->id;
}

gboolean
lectern_store_restore_highlight_sync (LecternStore            *self,
                                      const LecternHighlight  *highlight,
                                      GError                 **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(LecternHighlight) copy = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (highlight != NULL && highlight->id > 0, FALSE);
  g_return_val_if_fail (check_highlight (highlight), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);
  copy = lectern_highlight_copy (highlight);

  if (!begin_write (self, error))
    return FALSE;

  if (!insert_highlight (self, copy, TRUE, error))
    {
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

static void
set_changed_error (GError **error,
                   gint64   id)
{
  g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED,
               _("Highlight %" PRId64 " was changed by another program since Lectern read "
                 "it. Reload it before changing it again."), id);
}

/* After a compare-and-set matched no row: was the row deleted, or changed? */
static void
set_conflict_error (LecternStore  *self,
                    gint64         id,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "SELECT 1 FROM highlights WHERE id = ?", error);

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    set_changed_error (error, id);
  else
    g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND,
                 _("Highlight %" PRId64 " was deleted by another program since Lectern read "
                   "it."), id);
}

/* `expected_revision` 0 writes whatever the row holds now; otherwise the
 * row must still be at that revision. Returns the new revision, 0 on
 * error. */
static gint64
update_highlight (LecternStore            *self,
                  const LecternHighlight  *highlight,
                  gint64                   expected_revision,
                  GError                 **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 revision;

  locker = g_rec_mutex_locker_new (&self->mutex);
  if (!begin_write (self, error))
    return 0;

  stmt = prepare (self, "UPDATE highlights SET color = ?, note = ?, style = ?, updated_at = ?,"
                  " revision = revision + 1"
                  " WHERE id = ? AND (?6 = 0 OR revision = ?6) RETURNING revision", error);
  if (stmt == NULL)
    {
      rollback (self);
      return 0;
    }

  sqlite3_bind_text (stmt, 1, highlight->color, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, highlight->note != NULL ? highlight->note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, highlight->style != NULL ? highlight->style : "highlight", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 5, highlight->id);
  sqlite3_bind_int64 (stmt, 6, expected_revision);

  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      revision = sqlite3_column_int64 (stmt, 0);
      break;
    case SQLITE_DONE:
      rollback (self);
      if (expected_revision == 0)
        set_not_found (error, "highlight", highlight->id);
      else
        set_conflict_error (self, highlight->id, error);
      return 0;
    default:
      set_sqlite_error (self->path, self->db, sqlite3_errcode (self->db), error);
      rollback (self);
      return 0;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* NULL tags (a caller that predates tags) leave them alone. */
  if (highlight->tags != NULL && !write_tags (self, highlight->id, highlight->tags, error))
    {
      rollback (self);
      return 0;
    }

  return commit (self, error) ? revision : 0;
}

gboolean
lectern_store_update_highlight_sync (LecternStore            *self,
                                     const LecternHighlight  *highlight,
                                     GError                 **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (highlight != NULL, FALSE);
  g_return_val_if_fail (lectern_highlight_color_is_valid (highlight->color), FALSE);
  g_return_val_if_fail (highlight->style == NULL
                        || lectern_highlight_style_is_valid (highlight->style), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_highlight (self, highlight, 0, error) > 0;
}

gboolean
lectern_store_update_highlight_if_unchanged_sync (LecternStore      *self,
                                                  LecternHighlight  *highlight,
                                                  GError           **error)
{
  gint64 revision;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (highlight != NULL && highlight->revision > 0, FALSE);
  g_return_val_if_fail (lectern_highlight_color_is_valid (highlight->color), FALSE);
  g_return_val_if_fail (highlight->style == NULL
                        || lectern_highlight_style_is_valid (highlight->style), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  revision = update_highlight (self, highlight, highlight->revision, error);
  if (revision == 0)
    return FALSE;

  highlight->revision = revision;
  return TRUE;
}

/* One field of a three-way merge: the caller's value if only the caller
 * changed it, the library's if only another program did; FALSE when both
 * changed it differently. */
static gboolean
merge_field (const char  *base,
             const char  *mine,
             const char  *theirs,
             const char **out)
{
  if (g_strcmp0 (mine, base) == 0 || g_strcmp0 (mine, theirs) == 0)
    *out = theirs;
  else if (g_strcmp0 (theirs, base) == 0)
    *out = mine;
  else
    return FALSE;

  return TRUE;
}

/* Tags compare as one string: they are kept sorted and unique. */
static char *
join_tags (const LecternHighlight *highlight)
{
  return highlight->tags != NULL ? g_strjoinv ("\x1f", highlight->tags) : NULL;
}

gboolean
lectern_store_merge_highlight_sync (LecternStore            *self,
                                    const LecternHighlight  *base,
                                    LecternHighlight        *mine,
                                    GError                 **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(LecternHighlight) theirs = NULL;
  g_autofree char *base_tags = NULL;
  g_autofree char *mine_tags = NULL;
  g_autofree char *their_tags = NULL;
  const char *color, *style, *note, *tags;
  gint64 now;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (base != NULL && mine != NULL && base->id == mine->id, FALSE);
  g_return_val_if_fail (lectern_highlight_color_is_valid (mine->color), FALSE);
  g_return_val_if_fail (mine->style == NULL || lectern_highlight_style_is_valid (mine->style), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);
  if (!begin_write (self, error))
    return FALSE;

  /* Read and written in one transaction: nobody writes in between. */
  stmt = prepare (self, "SELECT " HIGHLIGHT_COLUMNS " FROM highlights WHERE id = ?", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, mine->id);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      theirs = highlight_from_row (stmt);
      break;
    case SQLITE_DONE:
      rollback (self);
      set_conflict_error (self, mine->id, error);
      return FALSE;
    default:
      set_sqlite_error (self->path, self->db, sqlite3_errcode (self->db), error);
      rollback (self);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  base_tags = join_tags (base);
  mine_tags = mine->tags != NULL ? join_tags (mine) : g_strdup (base_tags);
  their_tags = join_tags (theirs);
  if (!merge_field (base->color, mine->color, theirs->color, &color) ||
      !merge_field (base->style != NULL ? base->style : "highlight",
                    mine->style != NULL ? mine->style : "highlight", theirs->style, &style) ||
      !merge_field (base->note != NULL ? base->note : "", mine->note != NULL ? mine->note : "",
                    theirs->note, &note) ||
      !merge_field (base_tags, mine_tags, their_tags, &tags))
    {
      rollback (self);
      set_changed_error (error, mine->id);
      return FALSE;
    }

  if (color != theirs->color || style != theirs->style || note != theirs->note || tags != their_tags)
    {
      now = g_get_real_time () / G_USEC_PER_SEC;
      stmt = prepare (self, "UPDATE highlights SET color = ?, note = ?, style = ?, updated_at = ?,"
                      " revision = revision + 1 WHERE id = ? RETURNING revision", error);
      if (stmt == NULL)
        {
          rollback (self);
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, color, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, note, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, style, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, now);
      sqlite3_bind_int64 (stmt, 5, mine->id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          set_sqlite_error (self->path, self->db, sqlite3_errcode (self->db), error);
          rollback (self);
          return FALSE;
        }
      theirs->revision = sqlite3_column_int64 (stmt, 0);
      theirs->updated_at = now;
      g_clear_pointer (&stmt, sqlite3_finalize);

      if (tags != their_tags)
        {
          g_auto(GStrv) split = *tags != '\0' ? g_strsplit (tags, "\x1f", -1) : g_new0 (char *, 1);

          if (!write_tags (self, mine->id, split, error))
            {
              rollback (self);
              return FALSE;
            }
        }
      if (!commit (self, error))
        return FALSE;
    }
  else
    {
      /* Nothing to write: the library already holds every edit. */
      rollback (self);
    }

  /* The strings may be mine's own: copy before replacing them. */
  {
    char *merged[3] = { g_strdup (color), g_strdup (style), g_strdup (note) };

    g_free (mine->color);
    mine->color = merged[0];
    g_free (mine->style);
    mine->style = merged[1];
    g_free (mine->note);
    mine->note = merged[2];
  }
  g_strfreev (mine->tags);
  mine->tags = *tags != '\0' ? g_strsplit (tags, "\x1f", -1) : g_new0 (char *, 1);
  mine->revision = theirs->revision;
  mine->updated_at = theirs->updated_at;

  return TRUE;
}

gboolean
lectern_store_set_highlight_speaker_sync (LecternStore  *self,
                                          gint64         highlight_id,
                                          const char    *speaker,
                                          GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (speaker == NULL || g_utf8_validate (speaker, -1, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return FALSE;
  stmt = prepare (self, "UPDATE highlights SET speaker = ?, updated_at = ?, revision = revision + 1"
                  " WHERE id = ?", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  if (speaker != NULL && *speaker != '\0')
    sqlite3_bind_text (stmt, 1, speaker, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 3, highlight_id);
  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      rollback (self);
      set_not_found (error, "highlight", highlight_id);
      return FALSE;
    }

  return commit (self, error);
}

gboolean
lectern_store_delete_highlight_sync (LecternStore  *self,
                                     gint64         highlight_id,
                                     GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_by_id (self, "DELETE FROM highlights WHERE id = ?", "highlight", highlight_id, error);
}

gboolean
lectern_store_delete_highlight_if_unchanged_sync (LecternStore            *self,
                                                  const LecternHighlight  *highlight,
                                                  GError                 **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (highlight != NULL && highlight->revision > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, "DELETE FROM highlights WHERE id = ? AND revision = ?", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, highlight->id);
  sqlite3_bind_int64 (stmt, 2, highlight->revision);

  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      rollback (self);
      set_conflict_error (self, highlight->id, error);
      return FALSE;
    }

  return commit (self, error);
}

LecternHighlight *
lectern_store_get_highlight_sync (LecternStore  *self,
                                  gint64         highlight_id,
                                  GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = select_by_id (self, "SELECT " HIGHLIGHT_COLUMNS " FROM highlights WHERE id = ?",
                       "highlight", highlight_id, error);
  if (stmt == NULL)
    return NULL;

  return highlight_from_row (stmt);
}

GPtrArray *
lectern_store_list_highlights_sync (LecternStore  *self,
                                    gint64         story_id,
                                    GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  /* Orphans last: they have no place in the text any more. */
  stmt = prepare (self, "SELECT " HIGHLIGHT_COLUMNS " FROM highlights WHERE story_id = ?"
                  " ORDER BY orphaned, start_pos, end_pos, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);

  highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (highlights, highlight_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&highlights);
}

/* Entity cache. One line per entity, fields separated by tabs:
 * type, name, forms (separated by U+001F), mentions ("start-end,…").
 * Backslash escapes keep separators out of names. */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\x1f': g_string_append (out, "\\u"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

static char *
unescape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 't': g_string_append_c (out, '\t'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 'u': g_string_append_c (out, '\x1f'); break;
        default: g_string_append_c (out, *p); break;
        }
    }

  return g_string_free (out, FALSE);
}

static char *
serialize_entities (GPtrArray *entities)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);

      g_string_append (out, lectern_entity_type_to_string (entity->type));
      g_string_append_c (out, '\t');
      append_escaped (out, entity->name);
      g_string_append_c (out, '\t');
      for (guint j = 0; j < entity->forms->len; j++)
        {
          if (j > 0)
            g_string_append_c (out, '\x1f');
          append_escaped (out, g_ptr_array_index (entity->forms, j));
        }
      g_string_append_c (out, '\t');
      for (guint j = 0; j < entity->mentions->len; j++)
        {
          const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, j);

          g_string_append_printf (out, "%s%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT,
                                  j > 0 ? "," : "", span->start, span->end);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static GPtrArray *
parse_entities (const char *data)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(LecternEntity) entity = NULL;
      g_autofree char *name = NULL;
      LecternEntityType type;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 4 || !lectern_entity_type_from_string (fields[0], &type))
        return NULL;

      name = unescape (fields[1]);
      entity = lectern_entity_new (name, type);

      if (fields[2][0] != '\0')
        {
          g_auto(GStrv) forms = g_strsplit (fields[2], "\x1f", -1);

          for (guint j = 0; forms[j] != NULL; j++)
            {
              g_autofree char *form = unescape (forms[j]);

              lectern_entity_add_form (entity, form);
            }
        }

      if (fields[3][0] != '\0')
        {
          g_auto(GStrv) spans = g_strsplit (fields[3], ",", -1);

          for (guint j = 0; spans[j] != NULL; j++)
            {
              char *end = NULL;
              gint64 start = g_ascii_strtoll (spans[j], &end, 10);
              gint64 stop;

              if (end == spans[j] || *end != '-')
                return NULL;
              stop = g_ascii_strtoll (end + 1, &end, 10);
              if (*end != '\0' || stop <= start)
                return NULL;
              lectern_entity_add_mention (entity, start, stop);
            }
        }

      g_ptr_array_add (entities, g_steal_pointer (&entity));
    }

  return g_steal_pointer (&entities);
}

GPtrArray *
lectern_store_get_entities_sync (LecternStore  *self,
                                 gint64         story_id,
                                 const char    *version,
                                 GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *entities;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (version != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT data FROM entity_cache WHERE story_id = ? AND version = ?",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_text (stmt, 2, version, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  entities = parse_entities ((const char *) sqlite3_column_text (stmt, 0));
  if (entities == NULL)
    g_debug ("Ignoring a damaged entity cache for story %" G_GINT64_FORMAT, story_id);

  return entities;
}

gboolean
lectern_store_put_entities_sync (LecternStore  *self,
                                 gint64         story_id,
                                 const char    *version,
                                 GPtrArray     *entities,
                                 GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *data = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (entities != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  data = serialize_entities (entities);

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, "INSERT OR REPLACE INTO entity_cache (story_id, version, data)"
                  " VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_text (stmt, 2, version, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, data, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_not_found (error, "story", story_id);
      else
        set_sqlite_error (self->path, self->db, rc, error);
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

/* Annotations (schema 2) */

LecternHighlight *
lectern_store_find_highlight_by_uuid_sync (LecternStore  *self,
                                           const char    *uuid,
                                           GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT " HIGHLIGHT_COLUMNS " FROM highlights WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return highlight_from_row (stmt);
}

gboolean
lectern_store_update_story_sync (LecternStore        *self,
                                 const LecternStory  *story,
                                 GError             **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (story != NULL && story->title != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, "UPDATE stories SET title = ?, source = ?, author = ?, url = ?,"
                  " site = ?, published = ?, lang = ? WHERE id = ?", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, story->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, story->source != NULL ? story->source : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, story->author != NULL ? story->author : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, story->url != NULL ? story->url : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, story->site != NULL ? story->site : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, story->published != NULL ? story->published : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, story->lang != NULL ? story->lang : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, story->id);

  return write_by_id (self, stmt, "story", story->id, error);
}


/* The id in the first column of the statement's one row: 0 when there is
 * no row, -1 (with `error` set) when the read fails. */
static gint64
step_found_id (LecternStore  *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return 0;
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

gint64
lectern_store_find_story_by_text_sync (LecternStore  *self,
                                       const char    *text,
                                       GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), -1);
  g_return_val_if_fail (text != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  locker = g_rec_mutex_locker_new (&self->mutex);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  /* The hash narrows it down; comparing the text rules out collisions. */
  stmt = prepare (self, "SELECT id FROM stories WHERE content_hash = ? AND text = ?"
                  " ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);

  return step_found_id (self, stmt, error);
}

gint64
lectern_store_find_story_by_source_sync (LecternStore  *self,
                                         const char    *source,
                                         const char    *url,
                                         GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), -1);
  g_return_val_if_fail (source != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  locker = g_rec_mutex_locker_new (&self->mutex);

  /* Without a URL the stories_library index answers alone: an import
   * must not read every text of the library. */
  if (url == NULL || url[0] == '\0')
    stmt = prepare (self, "SELECT id FROM stories WHERE source = ?1"
                    " ORDER BY imported_at DESC, id DESC LIMIT 1", error);
  else
    stmt = prepare (self, "SELECT id FROM stories WHERE source = ?1 OR url = ?2"
                    " ORDER BY imported_at DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_STATIC);
  if (url != NULL && url[0] != '\0')
    sqlite3_bind_text (stmt, 2, url, -1, SQLITE_STATIC);

  return step_found_id (self, stmt, error);
}

gint64
lectern_store_find_story_by_uuid_sync (LecternStore  *self,
                                       const char    *uuid,
                                       GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), -1);
  g_return_val_if_fail (uuid != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  locker = g_rec_mutex_locker_new (&self->mutex);
  stmt = prepare (self, "SELECT id FROM stories WHERE uuid = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);

  return step_found_id (self, stmt, error);
}

/* Writes a re-anchored highlight's place; inside the caller's transaction. */
static gboolean
write_anchor (LecternStore            *self,
              sqlite3_stmt            *stmt,
              const LecternHighlight  *highlight,
              GError                 **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, highlight->start);
  sqlite3_bind_int64 (stmt, 2, highlight->end);
  sqlite3_bind_text (stmt, 3, highlight->quote, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, highlight->prefix, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, highlight->suffix, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, highlight->orphaned ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, highlight->id);

  return step_done (self, stmt, error);
}

gboolean
lectern_store_replace_story_text_sync (LecternStore           *self,
                                       gint64                  story_id,
                                       const LecternStory     *new_version,
                                       LecternReanchorCounts  *counts,
                                       GError                **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(LecternStory) old = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(LecternAnchorText) anchor_text = NULL;
  g_autoptr(sqlite3_stmt) story_stmt = NULL;
  g_autoptr(sqlite3_stmt) anchor_stmt = NULL;
  g_autoptr(sqlite3_stmt) cache_stmt = NULL;
  g_autofree char *hash = NULL;
  LecternReanchorCounts local = { 0, };

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (new_version != NULL && new_version->text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (counts != NULL)
    *counts = local;

  if (!begin_write (self, error))
    return FALSE;

  /* Read inside the write transaction, so nobody changes them meanwhile. */
  old = lectern_store_get_story_sync (self, story_id, error);
  if (old == NULL)
    {
      rollback (self);
      return FALSE;
    }
  highlights = lectern_store_list_highlights_sync (self, story_id, error);
  if (highlights == NULL)
    {
      rollback (self);
      return FALSE;
    }

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, new_version->text, -1);
  /* The structure goes with the text; metadata the new version lacks is
   * kept. */
  story_stmt = prepare (self, "UPDATE stories SET text = ?, n_chars = ?, encoding = ?,"
                        " title = ?, modified_at = ?, content_hash = ?,"
                        " site = coalesce(nullif(?8, ''), site),"
                        " published = coalesce(nullif(?9, ''), published),"
                        " lang = coalesce(nullif(?10, ''), lang), blocks = ?11,"
                        " author = coalesce(nullif(?12, ''), author),"
                        " url = coalesce(nullif(?13, ''), url) WHERE id = ?7", error);
  anchor_stmt = prepare (self, "UPDATE highlights SET start_pos = ?, end_pos = ?, quote = ?,"
                         " prefix = ?, suffix = ?, orphaned = ? WHERE id = ?", error);
  cache_stmt = prepare (self, "DELETE FROM entity_cache WHERE story_id = ?", error);
  if (story_stmt == NULL || anchor_stmt == NULL || cache_stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }

  sqlite3_bind_text (story_stmt, 1, new_version->text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (story_stmt, 2, new_version->n_chars);
  sqlite3_bind_text (story_stmt, 3, new_version->encoding != NULL ? new_version->encoding : "UTF-8",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (story_stmt, 4, new_version->title, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (story_stmt, 5, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_text (story_stmt, 6, hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (story_stmt, 7, story_id);
  bind_story_metadata (story_stmt, 8, new_version);
  sqlite3_bind_text (story_stmt, 12, new_version->author != NULL ? new_version->author : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (story_stmt, 13, new_version->url != NULL ? new_version->url : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (cache_stmt, 1, story_id);
  if (!step_done (self, story_stmt, error) || !step_done (self, cache_stmt, error))
    {
      rollback (self);
      return FALSE;
    }

  anchor_text = lectern_anchor_text_new (new_version->text);
  for (guint i = 0; i < highlights->len; i++)
    {
      LecternHighlight *highlight = g_ptr_array_index (highlights, i);

      switch (lectern_anchor_highlight (anchor_text, highlight, old->n_chars))
        {
        case LECTERN_ANCHOR_UNCHANGED:
          local.unchanged++;
          break;
        case LECTERN_ANCHOR_MOVED:
          local.moved++;
          break;
        case LECTERN_ANCHOR_FUZZY:
          local.fuzzy++;
          break;
        case LECTERN_ANCHOR_ORPHANED:
        default:
          local.orphaned++;
          break;
        }
      local.total++;

      if (!write_anchor (self, anchor_stmt, highlight, error))
        {
          rollback (self);
          return FALSE;
        }
    }

  if (!commit (self, error))
    return FALSE;

  if (counts != NULL)
    *counts = local;
  return TRUE;
}

GPtrArray *
lectern_store_list_categories_sync (LecternStore  *self,
                                    GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT color, name FROM categories ORDER BY position", error);
  if (stmt == NULL)
    return NULL;

  categories = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_category_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *color = column_text (stmt, 0);
      g_autofree char *name = NULL;

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        name = column_text (stmt, 1);
      g_ptr_array_add (categories, lectern_category_new (color, name, name != NULL));
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&categories);
}

gboolean
lectern_store_set_category_name_sync (LecternStore  *self,
                                      const char    *color,
                                      const char    *name,
                                      GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (lectern_highlight_color_is_valid (color), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (name != NULL)
    clean = g_strstrip (g_utf8_make_valid (name, -1));

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, "UPDATE categories SET name = ? WHERE color = ?", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  if (clean == NULL || *clean == '\0')
    sqlite3_bind_null (stmt, 1);
  else
    sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, color, -1, SQLITE_STATIC);

  if (!step_done (self, stmt, error))
    {
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

GPtrArray *
lectern_store_list_tags_sync (LecternStore  *self,
                              GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  /* Only tags still in use: deleting the last highlight retires a tag. */
  stmt = prepare (self, "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM highlight_tags)"
                  " ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;

  tags = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tags, column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&tags);
}

char *
lectern_store_get_story_note_sync (LecternStore  *self,
                                   gint64         story_id,
                                   GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT note FROM story_notes WHERE story_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return g_strdup ("");
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return column_text (stmt, 0);
}

gboolean
lectern_store_set_story_note_sync (LecternStore  *self,
                                   gint64         story_id,
                                   const char    *note,
                                   GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return FALSE;

  if (note == NULL || *note == '\0')
    stmt = prepare (self, "DELETE FROM story_notes WHERE story_id = ?", error);
  else
    stmt = prepare (self, "INSERT OR REPLACE INTO story_notes (story_id, note, updated_at)"
                    " VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, story_id);
  if (note != NULL && *note != '\0')
    {
      sqlite3_bind_text (stmt, 2, note, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_not_found (error, "story", story_id);
      else
        set_sqlite_error (self->path, self->db, rc, error);
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

gboolean
lectern_store_set_story_note_if_unchanged_sync (LecternStore  *self,
                                                gint64         story_id,
                                                const char    *expected,
                                                const char    *note,
                                                GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autofree char *current = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (expected != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  /* The note is one value: comparing it is the compare-and-set. The read
   * and the write share one transaction, so nobody writes in between. */
  if (!begin_write (self, error))
    return FALSE;
  current = lectern_store_get_story_note_sync (self, story_id, error);
  if (current == NULL)
    {
      rollback (self);
      return FALSE;
    }
  if (!g_str_equal (current, expected))
    {
      rollback (self);
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED,
                   _("The note on story %" PRId64 " was changed by another program since "
                     "Lectern read it. Reload it before changing it again."), story_id);
      return FALSE;
    }
  if (!lectern_store_set_story_note_sync (self, story_id, note, error))
    {
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

gboolean
lectern_store_poll_changes_sync (LecternStore  *self,
                                 gboolean      *out_changed,
                                 GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  gint64 version;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_changed != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->mutex);

  *out_changed = FALSE;
  /* One page read at most: cheap enough for a timer. */
  if (!query_int (self, "PRAGMA data_version", &version, error))
    return FALSE;

  *out_changed = version != self->data_version;
  self->data_version = version;
  return TRUE;
}

gboolean
lectern_store_is_damaged (LecternStore *self)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);

  return self->damaged;
}

static int
compare_highlight_ids (gconstpointer a,
                       gconstpointer b)
{
  const LecternHighlight *x = *(LecternHighlight *const *) a;
  const LecternHighlight *y = *(LecternHighlight *const *) b;

  return x->id < y->id ? -1 : x->id > y->id;
}

void
lectern_store_diff_highlights (GPtrArray  *before,
                               GPtrArray  *after,
                               GPtrArray **out_added,
                               GPtrArray **out_changed,
                               GPtrArray **out_removed)
{
  g_autoptr(GPtrArray) old_sorted = NULL;
  g_autoptr(GPtrArray) new_sorted = NULL;
  GPtrArray *added = g_ptr_array_new ();
  GPtrArray *changed = g_ptr_array_new ();
  GPtrArray *removed = g_ptr_array_new ();
  guint i = 0, j = 0;

  g_return_if_fail (before != NULL && after != NULL);

  /* Copies of the pointers only: a copy keeps the free function. */
  old_sorted = g_ptr_array_copy (before, NULL, NULL);
  new_sorted = g_ptr_array_copy (after, NULL, NULL);
  g_ptr_array_set_free_func (old_sorted, NULL);
  g_ptr_array_set_free_func (new_sorted, NULL);
  g_ptr_array_sort (old_sorted, compare_highlight_ids);
  g_ptr_array_sort (new_sorted, compare_highlight_ids);

  /* A merge of two lists sorted by id. */
  while (i < old_sorted->len || j < new_sorted->len)
    {
      LecternHighlight *old = i < old_sorted->len ? g_ptr_array_index (old_sorted, i) : NULL;
      LecternHighlight *new = j < new_sorted->len ? g_ptr_array_index (new_sorted, j) : NULL;

      if (new == NULL || (old != NULL && old->id < new->id))
        {
          g_ptr_array_add (removed, old);
          i++;
        }
      else if (old == NULL || new->id < old->id)
        {
          g_ptr_array_add (added, new);
          j++;
        }
      else
        {
          if (old->revision != new->revision)
            g_ptr_array_add (changed, new);
          i++;
          j++;
        }
    }

  if (out_added != NULL)
    *out_added = added;
  else
    g_ptr_array_unref (added);
  if (out_changed != NULL)
    *out_changed = changed;
  else
    g_ptr_array_unref (changed);
  if (out_removed != NULL)
    *out_removed = removed;
  else
    g_ptr_array_unref (removed);
}

/* The one typed async call, for LecternAnnotations: a thin worker over the
 * _sync function, run by lectern_store_run_async() on the database thread.
 * Everything else runs its own worker through lectern_store_run_async(). */

static gpointer
add_highlight_worker (LecternStore  *self,
                      gpointer       data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(LecternHighlight) highlight = lectern_highlight_copy (data);

  if (lectern_store_add_highlight_sync (self, highlight, error) == 0)
    return NULL;
  return g_steal_pointer (&highlight);
}

void
lectern_store_add_highlight_async (LecternStore           *self,
                                   const LecternHighlight *highlight,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data)
{
  g_return_if_fail (LECTERN_IS_STORE (self));
  g_return_if_fail (highlight != NULL);

  /* Not cancellable once queued: a highlight the person made must land. */
  lectern_store_run_async (self, add_highlight_worker, lectern_highlight_copy (highlight),
                           (GDestroyNotify) lectern_highlight_free,
                           (GDestroyNotify) lectern_highlight_free, NULL, callback, user_data);
}

LecternHighlight *
lectern_store_add_highlight_finish (LecternStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return lectern_store_run_finish (self, result, error);
}

/* User corrections */

#define CORRECTION_COLUMNS \
  "id, story_id, kind, form, value, entity_type, general, created_at"

/* NULL for a row no build of Lectern could have written (the file was
 * edited by hand): such a row is skipped, not fatal. */
static LecternCorrection *
correction_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(LecternCorrection) correction = g_new0 (LecternCorrection, 1);
  g_autofree char *kind = column_text (stmt, 2);
  g_autofree char *type = NULL;

  correction->id = sqlite3_column_int64 (stmt, 0);
  correction->story_id = sqlite3_column_int64 (stmt, 1);
  correction->form = column_text (stmt, 3);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    correction->value = column_text (stmt, 4);
  correction->general = sqlite3_column_int (stmt, 6) != 0;
  correction->created_at = sqlite3_column_int64 (stmt, 7);

  if (!lectern_correction_kind_from_string (kind, &correction->kind))
    {
      g_debug ("Skipping correction %" G_GINT64_FORMAT " of unknown kind %s", correction->id, kind);
      return NULL;
    }
  if (correction->kind == LECTERN_CORRECTION_RETYPE || correction->kind == LECTERN_CORRECTION_ADD)
    {
      type = column_text (stmt, 5);
      if (!lectern_entity_type_from_string (type, &correction->type))
        {
          g_debug ("Skipping correction %" G_GINT64_FORMAT " of unknown type %s",
                   correction->id, type);
          return NULL;
        }
    }
  if (!lectern_correction_validate (correction, NULL))
    {
      g_debug ("Skipping invalid correction %" G_GINT64_FORMAT, correction->id);
      return NULL;
    }

  return g_steal_pointer (&correction);
}

/* Runs a SELECT of CORRECTION_COLUMNS with its parameters bound. */
static GPtrArray *
collect_corrections (LecternStore  *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(GPtrArray) corrections = NULL;
  int rc;

  corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LecternCorrection *correction = correction_from_row (stmt);

      if (correction != NULL)
        g_ptr_array_add (corrections, correction);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&corrections);
}

static void
bind_correction (sqlite3_stmt            *stmt,
                 const LecternCorrection *correction)
{
  if (correction->story_id > 0)
    sqlite3_bind_int64 (stmt, 1, correction->story_id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, lectern_correction_kind_to_string (correction->kind), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, correction->form, -1, SQLITE_STATIC);
  if (correction->value != NULL)
    sqlite3_bind_text (stmt, 4, correction->value, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 4);
  if (correction->kind == LECTERN_CORRECTION_RETYPE || correction->kind == LECTERN_CORRECTION_ADD)
    sqlite3_bind_text (stmt, 5, lectern_entity_type_to_string (correction->type), -1,
                       SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int (stmt, 6, correction->general ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, correction->created_at);
}

/* Inserts `correction`, under its own id when `with_id`. */
static gboolean
insert_correction (LecternStore             *self,
                   const LecternCorrection  *correction,
                   gboolean                  with_id,
                   GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self,
                  with_id
                  ? "INSERT INTO entity_corrections (story_id, kind, form, value, entity_type,"
                    " general, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                  : "INSERT INTO entity_corrections (story_id, kind, form, value, entity_type,"
                    " general, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    {
      rollback (self);
      return FALSE;
    }
  bind_correction (stmt, correction);
  if (with_id)
    sqlite3_bind_int64 (stmt, 8, correction->id);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_not_found (error, "story", correction->story_id);
      else if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                     _("There is already a correction with id %" PRId64 "."),
                     correction->id);
      else
        set_sqlite_error (self->path, self->db, rc, error);
      rollback (self);
      return FALSE;
    }

  return commit (self, error);
}

gint64
lectern_store_add_correction_sync (LecternStore       *self,
                                   gint64              story_id,
                                   LecternCorrection  *correction,
                                   GError            **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(LecternCorrection) copy = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), 0);
  g_return_val_if_fail (story_id > 0, 0);
  g_return_val_if_fail (correction != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!lectern_correction_validate (correction, error))
    return 0;

  copy = lectern_correction_copy (correction);
  copy->story_id = story_id;
  copy->created_at = g_get_real_time () / G_USEC_PER_SEC;

  locker = g_rec_mutex_locker_new (&self->mutex);
  if (!insert_correction (self, copy, FALSE, error))
    return 0;

  correction->id = sqlite3_last_insert_rowid (self->db);
  correction->story_id = story_id;
  correction->created_at = copy->created_at;
  return correction->id;
}

LecternCorrection *
lectern_store_get_correction_sync (LecternStore  *self,
                                   gint64         correction_id,
                                   GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  LecternCorrection *correction;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = select_by_id (self,
                       "SELECT " CORRECTION_COLUMNS " FROM entity_corrections WHERE id = ?",
                       "correction", correction_id, error);
  if (stmt == NULL)
    return NULL;

  /* A row no build could have written counts as no row. */
  correction = correction_from_row (stmt);
  if (correction == NULL)
    set_not_found (error, "correction", correction_id);

  return correction;
}

GPtrArray *
lectern_store_list_corrections_sync (LecternStore  *self,
                                     gint64         story_id,
                                     GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT " CORRECTION_COLUMNS " FROM entity_corrections"
                  " WHERE story_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);

  return collect_corrections (self, stmt, error);
}

GPtrArray *
lectern_store_list_gazetteer_sync (LecternStore  *self,
                                   GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT " CORRECTION_COLUMNS " FROM entity_corrections"
                  " WHERE general = 1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  return collect_corrections (self, stmt, error);
}

gboolean
lectern_store_undo_correction_sync (LecternStore  *self,
                                    gint64         correction_id,
                                    GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_by_id (self, "DELETE FROM entity_corrections WHERE id = ?", "correction", correction_id, error);
}

gboolean
lectern_store_restore_correction_sync (LecternStore             *self,
                                       const LecternCorrection  *correction,
                                       GError                  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (correction != NULL && correction->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lectern_correction_validate (correction, error))
    return FALSE;

  locker = g_rec_mutex_locker_new (&self->mutex);
  return insert_correction (self, correction, TRUE, error);
}

GPtrArray *
lectern_store_correct_entities_sync (LecternStore        *self,
                                     const LecternStory  *story,
                                     GPtrArray           *entities,
                                     GError             **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) corrections = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (story != NULL && story->text != NULL, NULL);
  g_return_val_if_fail (entities != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  /* The gazetteer first, then the story's own corrections, each oldest
   * first: later and more specific corrections win. */
  stmt = prepare (self, "SELECT " CORRECTION_COLUMNS " FROM entity_corrections"
                  " WHERE story_id = ?1 OR general = 1 ORDER BY story_id IS ?1, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story->id);

  corrections = collect_corrections (self, stmt, error);
  if (corrections == NULL)
    return NULL;
  g_clear_pointer (&locker, g_rec_mutex_locker_free);

  return lectern_corrections_apply (entities, story->text, corrections);
}

GPtrArray *
lectern_store_get_corrected_entities_sync (LecternStore        *self,
                                           const LecternStory  *story,
                                           LecternExtractor    *extractor,
                                           GCancellable        *cancellable,
                                           GError             **error)
{
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *version;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (story != NULL && story->text != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (extractor == NULL)
    extractor = lectern_extractor_get_default (error);
  if (extractor == NULL)
    return NULL;
  version = lectern_extractor_get_version (extractor);

  entities = lectern_store_get_entities_sync (self, story->id, version, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (entities == NULL)
    {
      entities = lectern_extractor_extract (extractor, story->text, cancellable, NULL, NULL,
                                            error);
      if (entities == NULL)
        return NULL;

      /* The cache only saves time: a read-only library still gets its
       * list. */
      if (!lectern_store_is_read_only (self)
          && !lectern_store_put_entities_sync (self, story->id, version, entities, &local_error))
        g_debug ("Could not cache the entities of story %" G_GINT64_FORMAT ": %s",
                 story->id, local_error->message);
    }

  return lectern_store_correct_entities_sync (self, story, entities, error);
}

/* For lectern-search.c and lectern-dossier.c (issue 13). */

sqlite3 *
lectern_store_lock_db (LecternStore *self)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);

  g_rec_mutex_lock (&self->mutex);
  return self->db;
}

void
lectern_store_unlock_db (LecternStore *self)
{
  g_return_if_fail (LECTERN_IS_STORE (self));

  g_rec_mutex_unlock (&self->mutex);
}

void
lectern_store_set_sqlite_error (LecternStore  *self,
                                int            rc,
                                GError       **error)
{
  g_return_if_fail (LECTERN_IS_STORE (self));

  set_sqlite_error (self->path, self->db, rc, error);
}

/* Corrections of quotations */

/* `restore`: under its old id and date (redo), else a new one. */
static gint64
insert_quote_correction (LecternStore                  *self,
                         gint64                         story_id,
                         const LecternQuoteCorrection  *correction,
                         gboolean                       restore,
                         gint64                         now,
                         GError                       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;
  int rc;

  locker = g_rec_mutex_locker_new (&self->mutex);

  if (!begin_write (self, error))
    return 0;
  stmt = prepare (self, "INSERT INTO quote_corrections (story_id, start_pos, end_pos, kind,"
                  " speaker, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      rollback (self);
      return 0;
    }
  if (restore)
    sqlite3_bind_int64 (stmt, 7, correction->id);
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_int64 (stmt, 2, correction->start);
  sqlite3_bind_int64 (stmt, 3, correction->end);
  sqlite3_bind_text (stmt, 4, lectern_quote_correction_kind_to_string (correction->kind), -1,
                     SQLITE_STATIC);
  if (correction->kind == LECTERN_QUOTE_CORRECTION_SPEAKER && correction->speaker != NULL)
    sqlite3_bind_text (stmt, 5, correction->speaker, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int64 (stmt, 6, now);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_not_found (error, "story", story_id);
      else if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                     _("There is already a correction with id %" PRId64 "."),
                     correction->id);
      else
        set_sqlite_error (self->path, self->db, rc, error);
      rollback (self);
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);
  if (!commit (self, error))
    return 0;

  return id;
}

gint64
lectern_store_add_quote_correction_sync (LecternStore            *self,
                                         gint64                   story_id,
                                         LecternQuoteCorrection  *correction,
                                         GError                 **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (LECTERN_IS_STORE (self), 0);
  g_return_val_if_fail (correction != NULL, 0);
  g_return_val_if_fail (correction->start >= 0 && correction->end > correction->start, 0);
  g_return_val_if_fail (correction->speaker == NULL
                        || g_utf8_validate (correction->speaker, -1, NULL), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  correction->id = insert_quote_correction (self, story_id, correction, FALSE, now, error);
  if (correction->id != 0)
    {
      correction->story_id = story_id;
      correction->created_at = now;
    }
  return correction->id;
}

gboolean
lectern_store_restore_quote_correction_sync (LecternStore                  *self,
                                             const LecternQuoteCorrection  *correction,
                                             GError                       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (correction != NULL && correction->id > 0, FALSE);
  g_return_val_if_fail (correction->start >= 0 && correction->end > correction->start, FALSE);
  g_return_val_if_fail (correction->speaker == NULL
                        || g_utf8_validate (correction->speaker, -1, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return insert_quote_correction (self, correction->story_id, correction, TRUE,
                                  correction->created_at, error) != 0;
}

GPtrArray *
lectern_store_list_quote_corrections_sync (LecternStore  *self,
                                           gint64         story_id,
                                           GError       **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->mutex);

  stmt = prepare (self, "SELECT id, story_id, start_pos, end_pos, kind, speaker, created_at"
                  " FROM quote_corrections WHERE story_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, story_id);

  corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_quote_correction_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *kind_name = column_text (stmt, 4);
      g_autofree char *speaker = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                                 ? NULL : column_text (stmt, 5);
      LecternQuoteCorrectionKind kind;
      LecternQuoteCorrection *correction;

      /* A row no build could have written is skipped. */
      if (!lectern_quote_correction_kind_from_string (kind_name, &kind))
        continue;
      correction = lectern_quote_correction_new (kind, sqlite3_column_int64 (stmt, 2),
                                                 sqlite3_column_int64 (stmt, 3), speaker);
      correction->id = sqlite3_column_int64 (stmt, 0);
      correction->story_id = sqlite3_column_int64 (stmt, 1);
      correction->created_at = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (corrections, correction);
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->path, self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&corrections);
}

gboolean
lectern_store_undo_quote_correction_sync (LecternStore  *self,
                                          gint64         correction_id,
                                          GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_by_id (self, "DELETE FROM quote_corrections WHERE id = ?", "correction",
                       correction_id, error);
}
