/* lectern-library-list.c: the library as a list of stories to browse
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-library"

#include "config.h"

#include "lectern-library-list.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* Code points of text read per story for its snippet: the title line and
 * a sentence or two after it. */
#define SNIPPET_READ 400
#define SNIPPET_CHARS 200

void
lectern_library_entry_free (LecternLibraryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->title);
  g_free (entry->source);
  g_free (entry->site);
  g_free (entry->author);
  g_free (entry->published);
  g_free (entry->snippet);
  g_free (entry->keywords);
  g_free (entry->story_tags);
  g_free (entry->title_key);
  g_free (entry);
}

static char *
column_string (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

/* The start of the text on one line, without the title it usually opens
 * with. */
static char *
make_snippet (const char *start,
              const char *title)
{
  GString *snippet = g_string_new (NULL);
  const char *p = start;
  const char *end;
  gboolean space = FALSE;
  guint n = 0;

  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  end = strchr (p, '\n');
  if (end != NULL && title[0] != '\0')
    {
      g_autofree char *first = g_strstrip (g_strndup (p, end - p));

      if (g_strcmp0 (first, title) == 0)
        p = end;
    }

  for (; *p != '\0' && n < SNIPPET_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x2028 || c == 0x2029)
        {
          space = snippet->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (snippet, ' ');
      space = FALSE;
      g_string_append_unichar (snippet, c);
      n++;
    }
  if (*p != '\0' && n == SNIPPET_CHARS)
    g_string_append (snippet, "…");

  return g_string_free (snippet, FALSE);
}

/* Runs `sql` (rows: story id, then one value) and hands each row to
 * `apply` with the entry of that story. */
static int
for_each_story_row (sqlite3     *db,
                    const char  *sql,
                    GHashTable  *by_id,
                    void       (*apply) (LecternLibraryEntry *entry,
                                         sqlite3_stmt        *stmt))
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LecternLibraryEntry *entry = g_hash_table_lookup (by_id, &id);

      if (entry != NULL)
        apply (entry, stmt);
    }

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static void
apply_count (LecternLibraryEntry *entry,
             sqlite3_stmt        *stmt)
{
  entry->n_highlights = (guint) sqlite3_column_int64 (stmt, 1);
}

static void
apply_progress (LecternLibraryEntry *entry,
                sqlite3_stmt        *stmt)
{
  entry->progress = CLAMP (sqlite3_column_double (stmt, 1), 0.0, 1.0);
  entry->read_at = sqlite3_column_int64 (stmt, 2);
}

static void
apply_story_tags (LecternLibraryEntry *entry,
                  sqlite3_stmt        *stmt)
{
  g_autofree char *tags = column_string (stmt, 1);
  char *joined = g_strconcat (entry->keywords, "\n", tags, NULL);

  g_free (entry->keywords);
  entry->keywords = joined;
  g_free (entry->story_tags);
  entry->story_tags = g_steal_pointer (&tags);
}

static void
apply_keywords (LecternLibraryEntry *entry,
                sqlite3_stmt        *stmt)
{
  g_autofree char *words = column_string (stmt, 1);
  char *joined = g_strconcat (entry->keywords, "\n", words, NULL);

  g_free (entry->keywords);
  entry->keywords = joined;
}

GPtrArray *
lectern_library_list_sync (LecternStore  *store,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *unread = NULL;
  g_autofree char *finished = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = lectern_store_lock_db (store);
  /* The stories_library index covers this: no text is read. Counts, tags
   * and names come from one grouped scan each rather than a subquery per
   * story. Tags and names are joined with commas: they are only matched. */
  rc = sqlite3_prepare_v2 (db,
                           "SELECT id, title, source, site, author, published, imported_at"
                           " FROM stories ORDER BY imported_at DESC, id DESC",
                           -1, &stmt, NULL);
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_library_entry_free);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LecternLibraryEntry *entry = g_new0 (LecternLibraryEntry, 1);

      rc = SQLITE_OK;
      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->title = column_string (stmt, 1);
      entry->source = column_string (stmt, 2);
      entry->site = column_string (stmt, 3);
      entry->author = column_string (stmt, 4);
      entry->published = column_string (stmt, 5);
      entry->imported_at = sqlite3_column_int64 (stmt, 6);
      entry->keywords = g_strdup ("");
      entry->story_tags = g_strdup ("");
      entry->progress = -1;
      g_ptr_array_add (entries, entry);
      g_hash_table_insert (by_id, &entry->id, entry);
    }
  if (rc == SQLITE_DONE)
    rc = for_each_story_row (db, "SELECT story_id, count (*) FROM highlights GROUP BY story_id",
                             by_id, apply_count);
  if (rc == SQLITE_OK)
    rc = for_each_story_row (db, "SELECT h.story_id, group_concat (DISTINCT t.name) FROM highlights AS h"
                             " JOIN highlight_tags AS ht ON ht.highlight_id = h.id"
                             " JOIN tags AS t ON t.id = ht.tag_id GROUP BY h.story_id",
                             by_id, apply_keywords);
  if (rc == SQLITE_OK)
    rc = for_each_story_row (db, "SELECT story_id, names FROM story_names", by_id, apply_keywords);
  if (rc == SQLITE_OK)
    rc = for_each_story_row (db, "SELECT story_id, fraction, updated_at FROM story_progress", by_id,
                             apply_progress);
  if (rc == SQLITE_OK)
    rc = for_each_story_row (db, "SELECT st.story_id, group_concat (t.name, char (10))"
                             " FROM story_tags AS st JOIN tags AS t ON t.id = st.tag_id"
                             " GROUP BY st.story_id", by_id, apply_story_tags);
  if (rc != SQLITE_OK)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);
  if (rc != SQLITE_OK)
    return NULL;

  /* The filter finds unread and finished stories by those words, in
   * English and in the reader's language (translated once, not per story:
   * a gettext lookup each was a fifth of this query). */
  unread = lectern_library_progress_label (-1);
  finished = lectern_library_progress_label (1);
  for (guint i = 0; i < entries->len; i++)
    {
      LecternLibraryEntry *entry = g_ptr_array_index (entries, i);
      const char *word = entry->progress < 0 ? "unread"
                         : entry->progress >= LECTERN_LIBRARY_FINISHED ? "finished" : NULL;

      if (word != NULL)
        {
          const char *label = entry->progress < 0 ? unread : finished;
          char *joined = g_strconcat (entry->keywords, "\n", word, "\n", label, NULL);

          g_free (entry->keywords);
          entry->keywords = joined;
        }
    }

  return g_steal_pointer (&entries);
}

/* Sorting */

static const char *const sort_names[] = { "added", "published", "title", "highlights", "progress" };

gboolean
lectern_library_sort_from_name (const char         *name,
                                LecternLibrarySort *out_sort)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
    if (g_str_equal (name, sort_names[i]))
      {
        if (out_sort != NULL)
          *out_sort = (LecternLibrarySort) i;
        return TRUE;
      }

  return FALSE;
}

static const char *
title_key (LecternLibraryEntry *entry)
{
  if (entry->title_key == NULL)
    {
      g_autofree char *folded = g_utf8_casefold (entry->title, -1);

      entry->title_key = g_utf8_collate_key (folded, -1);
    }

  return entry->title_key;
}

static int
compare_published (const LecternLibraryEntry *a,
                   const LecternLibraryEntry *b)
{
  /* ISO 8601 dates sort as strings; unknown ones go last. */
  if ((a->published[0] == '\0') != (b->published[0] == '\0'))
    return a->published[0] == '\0' ? 1 : -1;

  return -g_strcmp0 (a->published, b->published);
}

/* 0 for a story begun and not finished, 1 unread, 2 finished. */
static int
progress_group (const LecternLibraryEntry *entry)
{
  if (entry->progress < 0)
    return 1;

  return entry->progress >= LECTERN_LIBRARY_FINISHED ? 2 : 0;
}

/* Where the reader would go on: what they were reading last, then what
 * they have not begun; what they finished, last. */
static int
compare_progress (const LecternLibraryEntry *a,
                  const LecternLibraryEntry *b)
{
  int group_a = progress_group (a), group_b = progress_group (b);

  if (group_a != group_b)
    return group_a < group_b ? -1 : 1;
  if (group_a == 1)
    return 0;
  if (a->read_at != b->read_at)
    return a->read_at > b->read_at ? -1 : 1;

  /* Read in the same second: the further along first. */
  return (a->progress < b->progress) - (a->progress > b->progress);
}

int
lectern_library_entry_compare (LecternLibraryEntry *a,
                               LecternLibraryEntry *b,
                               LecternLibrarySort   sort)
{
  int result = 0;

  switch (sort)
    {
    case LECTERN_LIBRARY_SORT_PUBLISHED:
      result = compare_published (a, b);
      break;
    case LECTERN_LIBRARY_SORT_TITLE:
      result = strcmp (title_key (a), title_key (b));
      break;
    case LECTERN_LIBRARY_SORT_HIGHLIGHTS:
      result = (a->n_highlights < b->n_highlights) - (a->n_highlights > b->n_highlights);
      break;
    case LECTERN_LIBRARY_SORT_PROGRESS:
      result = compare_progress (a, b);
      break;
    case LECTERN_LIBRARY_SORT_ADDED:
    default:
      break;
    }

  /* Ties, and the default: the newest first. */
  if (result == 0)
    result = (a->imported_at < b->imported_at) - (a->imported_at > b->imported_at);
  if (result == 0)
    result = (a->id < b->id) - (a->id > b->id);

  return result;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      sort)
{
  return lectern_library_entry_compare (*(LecternLibraryEntry **) a, *(LecternLibraryEntry **) b,
                                        GPOINTER_TO_INT (sort));
}

void
lectern_library_sort_entries (GPtrArray          *entries,
                              LecternLibrarySort  sort)
{
  g_return_if_fail (entries != NULL);

  g_ptr_array_sort_with_data (entries, compare_entries, GINT_TO_POINTER (sort));
}

/* Reading progress (schema 11) */

gboolean
lectern_library_set_progress_sync (LecternStore  *store,
                                   gint64         story_id,
                                   double         fraction,
                                   gint64         offset,
                                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (isnan (fraction))
    fraction = 0;
  db = lectern_store_lock_db (store);
  /* Only if the story is still there: a story deleted meanwhile keeps
   * nothing. */
  rc = sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO story_progress"
                           " (story_id, fraction, char_offset, updated_at)"
                           " SELECT id, ?, ?, ? FROM stories WHERE id = ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_double (stmt, 1, CLAMP (fraction, 0.0, 1.0));
      sqlite3_bind_int64 (stmt, 2, MAX (offset, 0));
      sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
      sqlite3_bind_int64 (stmt, 4, story_id);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  return rc == SQLITE_DONE;
}

typedef struct
{
  gint64 story_id;
  double fraction;
  gint64 offset;
} ProgressData;

static gpointer
set_progress_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ProgressData *progress = data;

  if (!lectern_library_set_progress_sync (store, progress->story_id, progress->fraction,
                                          progress->offset, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

static void
on_progress_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) == NULL)
    g_debug ("Reading progress not saved: %s", error->message);
}

void
lectern_library_set_progress_async (LecternStore *store,
                                    gint64        story_id,
                                    double        fraction,
                                    gint64        offset)
{
  ProgressData *progress;

  g_return_if_fail (LECTERN_IS_STORE (store));

  if (lectern_store_is_read_only (store))
    return;
  progress = g_new (ProgressData, 1);
  progress->story_id = story_id;
  progress->fraction = fraction;
  progress->offset = offset;
  lectern_store_run_async (store, set_progress_worker, progress, g_free, NULL, NULL,
                           on_progress_saved_cb, NULL);
}

gboolean
lectern_library_get_progress_sync (LecternStore  *store,
                                   gint64         story_id,
                                   double        *out_fraction,
                                   gint64        *out_offset,
                                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_fraction != NULL)
    *out_fraction = -1;
  if (out_offset != NULL)
    *out_offset = 0;
  db = lectern_store_lock_db (store);
  rc = sqlite3_prepare_v2 (db, "SELECT fraction, char_offset FROM story_progress WHERE story_id = ?",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, story_id);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_ROW)
    {
      if (out_fraction != NULL)
        *out_fraction = CLAMP (sqlite3_column_double (stmt, 0), 0.0, 1.0);
      if (out_offset != NULL)
        *out_offset = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  if (rc != SQLITE_DONE)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  return rc == SQLITE_DONE;
}

char *
lectern_library_progress_label (double progress)
{
  if (progress < 0)
    /* Translators: a story never opened, in the library */
    return g_strdup (_("Unread"));
  if (progress >= LECTERN_LIBRARY_FINISHED)
    /* Translators: a story read to its end, in the library */
    return g_strdup (_("Finished"));
  /* Translators: how much of a story was read, as a percentage */
  return g_strdup_printf (_("%d %%"), (int) floor (progress * 100));
}

/* Tags on whole stories (schema 11) */

gboolean
lectern_library_tag_stories_sync (LecternStore  *store,
                                  const gint64  *ids,
                                  guint          n_ids,
                                  const char    *tag,
                                  gboolean       add,
                                  GArray       **out_changed,
                                  GError       **error)
{
  g_autoptr(sqlite3_stmt) add_tag = NULL;
  g_autoptr(sqlite3_stmt) change = NULL;
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = NULL;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_changed != NULL)
    *out_changed = NULL;
  name = g_utf8_make_valid (tag, -1);
  g_strstrip (name);
  if (*name == '\0' || strchr (name, '\n') != NULL)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("A tag needs a name on one line."));
      return FALSE;
    }

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO tags (name) VALUES (?)", -1, &add_tag,
                           NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, add
                              ? "INSERT OR IGNORE INTO story_tags (story_id, tag_id)"
                                " SELECT s.id, t.id FROM stories AS s, tags AS t"
                                " WHERE s.id = ?1 AND t.name = ?2"
                              : "DELETE FROM story_tags WHERE story_id = ?1"
                                " AND tag_id = (SELECT id FROM tags WHERE name = ?2)",
                              -1, &change, NULL) == SQLITE_OK;
  if (ok && add)
    {
      sqlite3_bind_text (add_tag, 1, name, -1, SQLITE_STATIC);
      ok = sqlite3_step (add_tag) == SQLITE_DONE;
    }
  for (guint i = 0; ok && i < n_ids; i++)
    {
      sqlite3_reset (change);
      sqlite3_bind_int64 (change, 1, ids[i]);
      sqlite3_bind_text (change, 2, name, -1, SQLITE_STATIC);
      ok = sqlite3_step (change) == SQLITE_DONE;
      if (ok && sqlite3_changes (db) > 0)
        g_array_append_val (changed, ids[i]);
    }
  if (!ok)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  if (!lectern_store_end_batch_sync (store, ok, ok ? error : NULL) || !ok)
    return FALSE;

  if (out_changed != NULL)
    *out_changed = g_steal_pointer (&changed);
  return TRUE;
}

GPtrArray *
lectern_library_get_story_tags_sync (LecternStore  *store,
                                     gint64         story_id,
                                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);

  db = lectern_store_lock_db (store);
  rc = sqlite3_prepare_v2 (db, "SELECT t.name FROM story_tags AS st JOIN tags AS t"
                           " ON t.id = st.tag_id WHERE st.story_id = ?"
                           " ORDER BY t.name COLLATE NOCASE", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, story_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (tags, column_string (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  return rc == SQLITE_DONE ? g_steal_pointer (&tags) : NULL;
}

GHashTable *
lectern_library_snippets_sync (LecternStore  *store,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) snippets = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  snippets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  db = lectern_store_lock_db (store);
  rc = sqlite3_prepare_v2 (db, "SELECT title, substr (text, 1, ?) FROM stories WHERE id = ?",
                           -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < n_ids; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int (stmt, 1, SNIPPET_READ);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *title = column_string (stmt, 0);
          g_autofree char *start = column_string (stmt, 1);

          g_hash_table_insert (snippets, g_memdup2 (&ids[i], sizeof ids[i]), make_snippet (start, title));
        }
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  return rc == SQLITE_OK ? g_steal_pointer (&snippets) : NULL;
}

gboolean
lectern_library_delete_stories_sync (LecternStore  *store,
                                     const gint64  *ids,
                                     guint          n_ids,
                                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    if (!lectern_store_delete_story_sync (store, ids[i], &local_error))
      {
        lectern_store_end_batch_sync (store, FALSE, NULL);
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }

  return lectern_store_end_batch_sync (store, TRUE, error);
}

char *
lectern_library_entity_name_at_sync (LecternStore  *store,
                                     gint64         story_id,
                                     gint64         start,
                                     gint64         end,
                                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *first = g_strdup_printf ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT, start, end);
  char *name = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);

  db = lectern_store_lock_db (store);
  /* mentions starts with the first one, as "start-end". */
  rc = sqlite3_prepare_v2 (db, "SELECT name, mentions FROM story_entities WHERE story_id = ?"
                           " AND substr (mentions, 1, length (?2)) = ?2", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, story_id);
      sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && name == NULL)
        {
          const char *mentions = (const char *) sqlite3_column_text (stmt, 1);
          char after = mentions != NULL ? mentions[strlen (first)] : '\0';

          /* "12-18" is not "12-180". */
          if (after < '0' || after > '9')
            name = column_string (stmt, 0);
        }
      if (rc == SQLITE_ROW)
        rc = SQLITE_DONE;
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
  lectern_store_unlock_db (store);

  return name;
}
