/* test-store.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "lectern-import.h"
#include "lectern-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-store-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: the store creates it. */
  fixture->path = g_build_filename (fixture->dir, "sub", "library.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *sub = g_path_get_dirname (fixture->path);

  g_chmod (sub, 0755);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static LecternStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LecternStore *store = lectern_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *text)
{
  g_autoptr(LecternStory) story = lectern_story_new (title, "/tmp/story.txt", text);
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (story->id, ==, id);
  return id;
}

static gint64
add_highlight (LecternStore *store,
               gint64        story_id,
               gint64        start,
               gint64        end,
               const char   *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  g_autoptr(LecternHighlight) highlight = NULL;
  gint64 id;

  g_assert_no_error (error);
  highlight = lectern_highlight_new_for_range (story, start, end, "green", note);
  g_assert_nonnull (highlight);
  id = lectern_store_add_highlight_sync (store, highlight, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Reads an integer with a connection of our own, as another program would. */
static gint64
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static void
test_store_stories (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  first = add_story (store, "Premier", "Texte « un » avec œ.\n");
  second = add_story (store, "Second", "Texte deux.\n");
  g_assert_cmpint (second, >, first);

  stories = lectern_store_list_stories_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  /* Newest first. */
  g_assert_cmpint (((LecternStory *) g_ptr_array_index (stories, 0))->id, ==, second);

  story = lectern_store_get_story_sync (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "Premier");
  g_assert_cmpstr (story->text, ==, "Texte « un » avec œ.\n");
  g_assert_cmpstr (story->source, ==, "/tmp/story.txt");
  g_assert_cmpstr (story->encoding, ==, "UTF-8");
  g_assert_cmpint (story->n_chars, ==, 21);
  g_assert_cmpint (story->imported_at, >, 0);

  g_assert_true (lectern_store_delete_story_sync (store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&story, lectern_story_unref);
  story = lectern_store_get_story_sync (store, first, &error);
  g_assert_null (story);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (lectern_store_delete_story_sync (store, first, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);

  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_store_highlights (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternHighlight) orphan = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id, late, early;

  story_id = add_story (store, "T", "Une phrase. Une autre phrase. Encore une.");
  late = add_highlight (store, story_id, 12, 29, "note 1");
  early = add_highlight (store, story_id, 0, 11, NULL);

  highlights = lectern_store_list_highlights_sync (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (highlights->len, ==, 2);
  /* Reading order, not creation order. */
  g_assert_cmpint (((LecternHighlight *) g_ptr_array_index (highlights, 0))->id, ==, early);
  g_assert_cmpint (lectern_store_count_highlights_sync (store, story_id, &error), ==, 2);

  highlight = lectern_store_get_highlight_sync (store, late, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (highlight->quote, ==, "Une autre phrase.");
  g_assert_cmpstr (highlight->prefix, ==, "Une phrase. ");
  g_assert_cmpstr (highlight->suffix, ==, " Encore une.");
  g_assert_cmpstr (highlight->note, ==, "note 1");
  g_assert_cmpstr (highlight->color, ==, "green");

  g_free (highlight->color);
  highlight->color = g_strdup ("purple");
  g_free (highlight->note);
  highlight->note = g_strdup ("Nouvelle note\nsur deux lignes");
  g_assert_true (lectern_store_update_highlight_sync (store, highlight, &error));
  g_assert_no_error (error);
  g_clear_pointer (&highlight, lectern_highlight_free);
  highlight = lectern_store_get_highlight_sync (store, late, &error);
  g_assert_cmpstr (highlight->color, ==, "purple");
  g_assert_cmpstr (highlight->note, ==, "Nouvelle note\nsur deux lignes");

  g_assert_true (lectern_store_delete_highlight_sync (store, early, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_store_get_highlight_sync (store, early, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A highlight of a story that does not exist. */
  story = lectern_store_get_story_sync (store, story_id, &error);
  orphan = lectern_highlight_new_for_range (story, 0, 3, NULL, NULL);
  orphan->story_id = 9999;
  g_assert_cmpint (lectern_store_add_highlight_sync (store, orphan, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
}

static LecternEntity *
make_entity (const char        *name,
             LecternEntityType  type)
{
  LecternEntity *entity = lectern_entity_new (name, type);

  lectern_entity_add_form (entity, name);
  lectern_entity_add_mention (entity, 3, 10);
  lectern_entity_add_mention (entity, 40, 47);
  return entity;
}

static void
test_store_cascade (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "T", "Sam Altman rejoint Microsoft.");
  gint64 highlight_id = add_highlight (store, story_id, 0, 10, "n");

  g_ptr_array_add (entities, make_entity ("Sam Altman", LECTERN_ENTITY_PERSON));
  g_assert_true (lectern_store_put_entities_sync (store, story_id, "v1", entities, &error));
  g_assert_no_error (error);

  g_assert_true (lectern_store_delete_story_sync (store, story_id, &error));
  g_assert_null (lectern_store_get_highlight_sync (store, highlight_id, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM highlights"), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM entity_cache"), ==, 0);
}

static void
test_store_entities (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "T", "Texte.");
  LecternEntity *odd;

  g_ptr_array_add (entities, make_entity ("Satya Nadella", LECTERN_ENTITY_PERSON));
  /* Separators and escapes inside names survive. */
  odd = make_entity ("Open\tAI \\ « Inc »\nLtd", LECTERN_ENTITY_ORGANIZATION);
  lectern_entity_add_form (odd, "OpenAI");
  lectern_entity_add_form (odd, "a\x1f" "b");
  g_ptr_array_add (entities, odd);
  g_ptr_array_add (entities, lectern_entity_new ("Nowhere", LECTERN_ENTITY_LOCATION));

  g_assert_null (lectern_store_get_entities_sync (store, story_id, "v1", &error));
  g_assert_no_error (error);

  g_assert_true (lectern_store_put_entities_sync (store, story_id, "v1", entities, &error));
  g_assert_no_error (error);
  back = lectern_store_get_entities_sync (store, story_id, "v1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpuint (back->len, ==, 3);
  for (guint i = 0; i < back->len; i++)
    {
      const LecternEntity *a = g_ptr_array_index (entities, i);
      const LecternEntity *b = g_ptr_array_index (back, i);

      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpint (a->type, ==, b->type);
      g_assert_cmpuint (a->forms->len, ==, b->forms->len);
      for (guint j = 0; j < a->forms->len; j++)
        g_assert_cmpstr (g_ptr_array_index (a->forms, j), ==, g_ptr_array_index (b->forms, j));
      g_assert_cmpuint (a->mentions->len, ==, b->mentions->len);
      for (guint j = 0; j < a->mentions->len; j++)
        {
          g_assert_cmpint (g_array_index (a->mentions, LecternSpan, j).start, ==,
                           g_array_index (b->mentions, LecternSpan, j).start);
          g_assert_cmpint (g_array_index (a->mentions, LecternSpan, j).end, ==,
                           g_array_index (b->mentions, LecternSpan, j).end);
        }
    }

  /* Another extractor version: nothing cached. */
  g_assert_null (lectern_store_get_entities_sync (store, story_id, "v2", &error));
  g_assert_no_error (error);

  /* No story. */
  g_assert_false (lectern_store_put_entities_sync (store, 4242, "v1", entities, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
}

static void
test_store_reopen (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "T", "Une phrase à retenir.");

  add_highlight (store, story_id, 4, 10, "Survit");
  g_assert_finalize_object (g_steal_pointer (&store));

  store = open_store (fixture->path);
  highlights = lectern_store_list_highlights_sync (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (highlights->len, ==, 1);
  g_assert_cmpstr (((LecternHighlight *) g_ptr_array_index (highlights, 0))->note, ==, "Survit");
  g_assert_false (lectern_store_is_read_only (store));
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==,
                   LECTERN_STORE_SCHEMA_VERSION);
}

static void
test_store_pragmas (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (lectern_store_get_path (store), ==, fixture->path);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA application_id"), ==, 0x4c656374);

  /* journal_mode is persistent in the file header for WAL. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

static void
test_store_migrate_from_zero (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *sub = g_path_get_dirname (fixture->path);
  g_autoptr(LecternStore) store = NULL;

  /* An existing, empty SQLite file at user_version 0 (as a crashed first
   * run leaves it). */
  g_assert_cmpint (g_mkdir_with_parents (sub, 0755), ==, 0);
  raw_exec (fixture->path, "PRAGMA user_version = 0; VACUUM;");
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 0);

  store = open_store (fixture->path);
  add_story (store, "T", "Texte.");
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==,
                   LECTERN_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM stories"), ==, 1);
}

static void
test_store_too_new (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_finalize_object (g_steal_pointer (&store));
  raw_exec (fixture->path, "PRAGMA user_version = 999");
  before = read_bytes (fixture->path);

  store = lectern_store_new (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_TOO_NEW);

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_store_read_only (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) new_story = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gint64 story_id = add_story (store, "Lecture seule", "Texte.");

  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  before = read_bytes (fixture->path);

  store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_store_is_read_only (store));

  /* Reading still works. */
  story = lectern_store_get_story_sync (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->title, ==, "Lecture seule");

  new_story = lectern_story_new ("Non", "", "Non.");
  g_assert_cmpint (lectern_store_add_story_sync (store, new_story, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  g_assert_false (lectern_store_delete_story_sync (store, story_id, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_READ_ONLY);
  g_assert_finalize_object (g_steal_pointer (&store));

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_chmod (fixture->path, 0644);
}

static void
assert_foreign_untouched (const char *path)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = lectern_store_new (path, &error);

  g_assert_null (store);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_store_not_a_database (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *sub = g_path_get_dirname (fixture->path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0755), ==, 0);
  for (guint i = 0; i < 200; i++)
    g_string_append (text, "These are my precious notes, not a database.\n");
  g_file_set_contents (fixture->path, text->str, text->len, &error);
  g_assert_no_error (error);

  assert_foreign_untouched (fixture->path);
}

static void
test_store_foreign_database (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *sub = g_path_get_dirname (fixture->path);

  g_assert_cmpint (g_mkdir_with_parents (sub, 0755), ==, 0);
  /* Another program's SQLite database, even one with a "stories" table. */
  raw_exec (fixture->path, "CREATE TABLE stories (x); INSERT INTO stories VALUES (1);");
  assert_foreign_untouched (fixture->path);
}

static void
test_store_locked (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternStory) story = lectern_story_new ("T", "", "Texte.");
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  lectern_store_set_busy_timeout (store, 50);

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  /* The lock is gone and so is the error. */
  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_store_default_path (void)
{
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("LECTERN_DB", "/somewhere/else.db", TRUE);
  path = lectern_store_default_path ();
  g_assert_cmpstr (path, ==, "/somewhere/else.db");
  g_free (path);

  g_unsetenv ("LECTERN_DB");
  path = lectern_store_default_path ();
  expected = g_build_filename (g_get_user_data_dir (), "lectern", "library.db", NULL);
  g_assert_cmpstr (path, ==, expected);
}

typedef struct
{
  GThread   *main_thread;
  GThread   *worker_thread;
  GThread   *callback_thread;
  GPtrArray *stories;
  GError    *error;
  gboolean   done;
} AsyncState;

static gpointer
list_in_worker (LecternStore  *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  AsyncState *state = data;

  state->worker_thread = g_thread_self ();
  return lectern_store_list_stories_sync (store, error);
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;

  state->callback_thread = g_thread_self ();
  state->stories = lectern_store_run_finish (LECTERN_STORE (source), result, &state->error);
  state->done = TRUE;
}

static void
test_store_run_async (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { g_thread_self (), };

  add_story (store, "Async", "Texte.");

  lectern_store_run_async (store, list_in_worker, &state, NULL,
                           (GDestroyNotify) g_ptr_array_unref, NULL, on_listed, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (state.error);
  g_assert_nonnull (state.stories);
  g_assert_cmpuint (state.stories->len, ==, 1);
  g_assert_true (state.worker_thread != state.main_thread);
  g_assert_true (state.callback_thread == state.main_thread);
  g_clear_pointer (&state.stories, g_ptr_array_unref);

  /* Cancelled before it ran: the work is skipped. */
  state.done = FALSE;
  state.worker_thread = NULL;
  g_cancellable_cancel (cancellable);
  lectern_store_run_async (store, list_in_worker, &state, NULL,
                           (GDestroyNotify) g_ptr_array_unref, cancellable, on_listed, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (state.worker_thread);
  g_clear_error (&state.error);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LecternStore **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = lectern_store_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_store_new_async (Fixture       *fixture,
                      gconstpointer  user_data)
{
  LecternStore *store = NULL;

  lectern_store_new_async (fixture->path, NULL, on_opened, &store);
  while (store == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (LECTERN_IS_STORE (store));
  g_assert_finalize_object (store);
}

static void
test_store_migrate_from_v1 (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = lectern_store_new_with_version (fixture->path, 1, &error);
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GPtrArray) categories = NULL;

  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 1);

  /* Data as version 1 wrote it. */
  raw_exec (fixture->path,
            "INSERT INTO stories (id, title, source, text, n_chars, encoding, imported_at,"
            " modified_at, content_hash) VALUES (1, 'Old', '', 'Old text.', 9, 'UTF-8', 1, 1, 'x');"
            "INSERT INTO highlights (id, story_id, start_pos, end_pos, quote, prefix, suffix,"
            " color, note, created_at, updated_at) VALUES (5, 1, 0, 3, 'Old', '', ' text.',"
            " 'blue', 'kept', 1, 1);");

  store = open_store (fixture->path);
  highlight = lectern_store_get_highlight_sync (store, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (highlight->note, ==, "kept");
  g_assert_cmpstr (highlight->style, ==, "highlight");
  g_assert_nonnull (highlight->tags);
  g_assert_null (highlight->tags[0]);
  g_assert_false (highlight->orphaned);
  g_assert_true (g_uuid_string_is_valid (highlight->uuid));

  categories = lectern_store_list_categories_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 5);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==,
                   LECTERN_STORE_SCHEMA_VERSION);
}

static void
test_store_categories (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  const char *defaults[] = { "Quote", "Key point", "Question", "Check", "Idea" };
  const LecternCategory *blue;

  categories = lectern_store_list_categories_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const LecternCategory *category = g_ptr_array_index (categories, i);

      g_assert_cmpstr (category->color, ==, lectern_highlight_colors ()[i]);
      g_assert_cmpstr (category->name, ==, defaults[i]);
      g_assert_false (category->custom);
    }
  g_clear_pointer (&categories, g_ptr_array_unref);

  g_assert_true (lectern_store_set_category_name_sync (store, "blue", "  À vérifier  ", &error));
  g_assert_no_error (error);
  categories = lectern_store_list_categories_sync (store, &error);
  blue = g_ptr_array_index (categories, 2);
  g_assert_cmpstr (blue->name, ==, "À vérifier");
  g_assert_true (blue->custom);
  g_assert_cmpstr (lectern_category_name_for (categories, "blue"), ==, "À vérifier");
  g_assert_cmpstr (lectern_category_name_for (NULL, "blue"), ==, "Question");
  g_clear_pointer (&categories, g_ptr_array_unref);

  /* Back to the default. */
  g_assert_true (lectern_store_set_category_name_sync (store, "blue", "", &error));
  categories = lectern_store_list_categories_sync (store, &error);
  blue = g_ptr_array_index (categories, 2);
  g_assert_cmpstr (blue->name, ==, "Question");
  g_assert_false (blue->custom);
}

static void
test_store_tags_and_style (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "T", "Une phrase. Une autre phrase.");
  gint64 id = add_highlight (store, story_id, 0, 11, NULL);
  gint64 other = add_highlight (store, story_id, 12, 29, NULL);
  const char *first_tags[] = { "Fact-check", " économie ", "fact-CHECK", "", "a\tb", NULL };
  const char *other_tags[] = { "Économie", "zèbre", NULL };

  highlight = lectern_store_get_highlight_sync (store, id, &error);
  lectern_highlight_set_tags (highlight, first_tags);
  /* Cleaned: trimmed, deduplicated without regard to case, sorted. */
  g_assert_cmpuint (g_strv_length (highlight->tags), ==, 3);
  g_assert_cmpstr (highlight->tags[0], ==, "a b");
  g_assert_cmpstr (highlight->tags[1], ==, "économie");
  g_assert_cmpstr (highlight->tags[2], ==, "Fact-check");
  g_free (highlight->style);
  highlight->style = g_strdup ("underline");
  g_assert_true (lectern_store_update_highlight_sync (store, highlight, &error));
  g_assert_no_error (error);
  g_clear_pointer (&highlight, lectern_highlight_free);

  highlight = lectern_store_get_highlight_sync (store, id, &error);
  g_assert_cmpstr (highlight->style, ==, "underline");
  g_assert_cmpuint (g_strv_length (highlight->tags), ==, 3);
  g_assert_true (lectern_highlight_has_tag (highlight, "FACT-CHECK"));
  g_clear_pointer (&highlight, lectern_highlight_free);

  highlight = lectern_store_get_highlight_sync (store, other, &error);
  lectern_highlight_set_tags (highlight, other_tags);
  g_assert_true (lectern_store_update_highlight_sync (store, highlight, &error));

  /* Tags are shared: "Économie" reuses "économie" only if SQLite folds it,
   * which NOCASE does for ASCII only; both spellings may exist. */
  tags = lectern_store_list_tags_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, >=, 4);
  g_clear_pointer (&tags, g_ptr_array_unref);

  /* Deleting a highlight retires the tags only it used. */
  g_assert_true (lectern_store_delete_highlight_sync (store, other, &error));
  tags = lectern_store_list_tags_sync (store, &error);
  g_assert_cmpuint (tags->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (tags, 0), ==, "a b");
}

static void
test_store_undo (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternHighlight) before = NULL;
  g_autoptr(LecternHighlight) edited = NULL;
  g_autoptr(LecternHighlight) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "T", "Une phrase. Une autre phrase.");
  gint64 id = add_highlight (store, story_id, 0, 11, "avant");
  const char *tags[] = { "un", NULL };

  before = lectern_store_get_highlight_sync (store, id, &error);
  lectern_highlight_set_tags (before, tags);
  g_assert_true (lectern_store_update_highlight_sync (store, before, &error));

  /* Edit, then undo by writing the old copy back. */
  edited = lectern_highlight_copy (before);
  g_free (edited->note);
  edited->note = g_strdup ("après");
  g_free (edited->color);
  edited->color = g_strdup ("pink");
  lectern_highlight_set_tags (edited, NULL);
  g_assert_true (lectern_store_update_highlight_sync (store, edited, &error));
  g_assert_true (lectern_store_update_highlight_sync (store, before, &error));
  back = lectern_store_get_highlight_sync (store, id, &error);
  g_assert_cmpstr (back->note, ==, "avant");
  g_assert_cmpstr (back->color, ==, "green");
  g_assert_cmpstr (back->tags[0], ==, "un");
  g_clear_pointer (&back, lectern_highlight_free);

  /* Delete, then undo: same id, same UUID, same tags. */
  g_assert_true (lectern_store_delete_highlight_sync (store, id, &error));
  g_assert_true (lectern_store_restore_highlight_sync (store, before, &error));
  g_assert_no_error (error);
  back = lectern_store_get_highlight_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->uuid, ==, before->uuid);
  g_assert_cmpstr (back->quote, ==, before->quote);
  g_assert_cmpstr (back->tags[0], ==, "un");
  g_clear_pointer (&back, lectern_highlight_free);

  back = lectern_store_find_highlight_by_uuid_sync (store, before->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->id, ==, id);

  /* Restoring twice fails: the id is taken. */
  g_assert_false (lectern_store_restore_highlight_sync (store, before, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_null (lectern_store_find_highlight_by_uuid_sync (store, "no-such-uuid", &error));
  g_assert_no_error (error);
}

static void
test_store_story_note (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  gint64 story_id = add_story (store, "T", "Texte.");
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  g_autoptr(LecternStory) again = NULL;

  note = lectern_store_get_story_note_sync (store, story_id, &error);
  g_assert_cmpstr (note, ==, "");
  g_clear_pointer (&note, g_free);

  g_assert_true (lectern_store_set_story_note_sync (store, story_id, "À relire\n- point", &error));
  note = lectern_store_get_story_note_sync (store, story_id, &error);
  g_assert_cmpstr (note, ==, "À relire\n- point");
  g_clear_pointer (&note, g_free);

  g_assert_false (lectern_store_set_story_note_sync (store, 999, "x", &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_free (story->author);
  story->author = g_strdup ("Jeanne Reporter");
  g_free (story->url);
  story->url = g_strdup ("https://example.org/a");
  g_assert_true (lectern_store_update_story_sync (store, story, &error));
  again = lectern_store_get_story_sync (store, story_id, &error);
  g_assert_cmpstr (again->author, ==, "Jeanne Reporter");
  g_assert_cmpstr (again->url, ==, "https://example.org/a");

  g_assert_cmpint (lectern_store_find_story_by_text_sync (store, "Texte.", &error), ==, story_id);
  g_assert_cmpint (lectern_store_find_story_by_text_sync (store, "Autre.", &error), ==, 0);

  /* Cascade. */
  g_assert_true (lectern_store_delete_story_sync (store, story_id, &error));
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM story_notes"), ==, 0);
}

static void
test_store_batch (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternHighlight) bad = NULL;
  g_autoptr(GError) error = NULL;
  gint64 kept;

  /* Rolled back: nothing stays. */
  g_assert_true (lectern_store_begin_batch_sync (store, &error));
  add_story (store, "A", "Texte A.");
  add_story (store, "B", "Texte B.");
  g_assert_true (lectern_store_end_batch_sync (store, FALSE, &error));
  stories = lectern_store_list_stories_sync (store, &error);
  g_assert_cmpuint (stories->len, ==, 0);
  g_clear_pointer (&stories, g_ptr_array_unref);

  /* A failing write inside a batch undoes itself only. */
  g_assert_true (lectern_store_begin_batch_sync (store, &error));
  kept = add_story (store, "C", "Texte C.");
  story = lectern_store_get_story_sync (store, kept, &error);
  bad = lectern_highlight_new_for_range (story, 0, 5, NULL, NULL);
  bad->story_id = 4242;
  g_assert_cmpint (lectern_store_add_highlight_sync (store, bad, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  add_highlight (store, kept, 0, 5, "dans le lot");
  g_assert_true (lectern_store_end_batch_sync (store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM stories"), ==, 1);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM highlights"), ==, 1);
}

static void
on_result (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Spins the main context until the call delivers its result. */
static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The one typed async call left, which LecternAnnotations uses. */
static void
test_store_add_highlight_async (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternStory) story = lectern_story_new ("Titre", "", "Un texte assez long pour un surlignage.");
  g_autoptr(LecternHighlight) draft = NULL;
  g_autoptr(LecternHighlight) stored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;

  story->id = lectern_store_add_story_sync (store, story, &error);
  g_assert_no_error (error);

  draft = lectern_highlight_new_for_range (story, 0, 10, "blue", "brouillon");
  lectern_store_add_highlight_async (store, draft, NULL, on_result, &result);
  stored = lectern_store_add_highlight_finish (store, wait_for (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpint (stored->id, >, 0);
  g_assert_cmpint (draft->id, ==, 0);  /* the caller's copy is untouched */

  list = lectern_store_list_highlights_sync (store, story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((LecternHighlight *) g_ptr_array_index (list, 0))->note, ==, "brouillon");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/lectern/store/stories", test_store_stories);
  ADD ("/lectern/store/highlights", test_store_highlights);
  ADD ("/lectern/store/cascade", test_store_cascade);
  ADD ("/lectern/store/entities", test_store_entities);
  ADD ("/lectern/store/reopen", test_store_reopen);
  ADD ("/lectern/store/pragmas", test_store_pragmas);
  ADD ("/lectern/store/migrate-from-zero", test_store_migrate_from_zero);
  ADD ("/lectern/store/too-new", test_store_too_new);
  ADD ("/lectern/store/read-only", test_store_read_only);
  ADD ("/lectern/store/not-a-database", test_store_not_a_database);
  ADD ("/lectern/store/foreign-database", test_store_foreign_database);
  ADD ("/lectern/store/locked", test_store_locked);
  ADD ("/lectern/store/run-async", test_store_run_async);
  ADD ("/lectern/store/new-async", test_store_new_async);
  ADD ("/lectern/store/migrate-from-v1", test_store_migrate_from_v1);
  ADD ("/lectern/store/categories", test_store_categories);
  ADD ("/lectern/store/tags-and-style", test_store_tags_and_style);
  ADD ("/lectern/store/undo", test_store_undo);
  ADD ("/lectern/store/story-note", test_store_story_note);
  ADD ("/lectern/store/batch", test_store_batch);
  ADD ("/lectern/store/add-highlight-async", test_store_add_highlight_async);
  g_test_add_func ("/lectern/store/default-path", test_store_default_path);

  return g_test_run ();
}
