/* lectern-story-quotes.c: the quotations found in each story, stored with
 * their speakers (story_quotes, schema 11) for the entity pages and
 * dossiers: finding them in 2,000 stories when a page opens would take
 * seconds
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-story-quotes"

#include "config.h"

#include "lectern-search.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"
#include "lectern-story-quotes.h"

#include <glib/gi18n.h>

void
lectern_entity_quote_free (LecternEntityQuote *self)
{
  if (self == NULL)
    return;

  g_free (self->quote);
  g_free (self->speaker);
  g_free (self->speaker_text);
  g_free (self);
}

/* Walks `text` forward to code point `offset` from where the last call
 * stopped: the quotations come in reading order, so a long story is
 * walked once. */
typedef struct
{
  const char *at;
  gint64      offset;
} Cursor;

static const char *
cursor_seek (Cursor     *cursor,
             const char *text,
             gint64      offset)
{
  if (offset < cursor->offset)
    {
      cursor->at = text;
      cursor->offset = 0;
    }
  while (cursor->offset < offset && *cursor->at != '\0')
    {
      cursor->at = g_utf8_next_char (cursor->at);
      cursor->offset++;
    }

  return cursor->at;
}

gboolean
lectern_story_quotes_put_sync (LecternStore  *store,
                               gint64         story_id,
                               const char    *text,
                               GPtrArray     *quotes,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  Cursor cursor = { text, 0 };
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (quotes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, "DELETE FROM story_quotes WHERE story_id = ?", -1, &clear,
                           NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (db, "INSERT INTO story_quotes (story_id, key, speaker, start_pos,"
                              " end_pos, quote, speaker_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                              -1, &insert, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_bind_int64 (clear, 1, story_id);
      ok = sqlite3_step (clear) == SQLITE_DONE;
    }
  for (guint i = 0; ok && i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *key = NULL;
      const char *start, *end;

      if (quote->speaker == NULL || quote->end <= quote->start)
        continue;
      key = lectern_search_fold (quote->speaker);
      if (*key == '\0')
        continue;
      start = cursor_seek (&cursor, text, quote->start);
      end = cursor_seek (&cursor, text, quote->end);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, story_id);
      sqlite3_bind_text (insert, 2, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, quote->speaker, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 4, quote->start);
      sqlite3_bind_int64 (insert, 5, quote->end);
      sqlite3_bind_text (insert, 6, start, end - start, SQLITE_STATIC);
      if (quote->speaker_text != NULL)
        sqlite3_bind_text (insert, 7, quote->speaker_text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (insert, 7);
      ok = sqlite3_step (insert) == SQLITE_DONE;
    }
  if (!ok)
    lectern_store_set_sqlite_error (store, sqlite3_errcode (db), error);
  lectern_store_unlock_db (store);

  if (!ok)
    {
      lectern_store_end_batch_sync (store, FALSE, NULL);
      return FALSE;
    }

  return lectern_store_end_batch_sync (store, TRUE, error);
}

gboolean
lectern_story_quotes_update_sync (LecternStore  *store,
                                  LecternStory  *story,
                                  GPtrArray     *entities,
                                  GError       **error)
{
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GPtrArray) corrections = NULL;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (story != NULL, FALSE);

  corrections = lectern_store_list_quote_corrections_sync (store, story->id, error);
  if (corrections == NULL)
    return FALSE;
  quotes = lectern_quotes_find (story->text, entities);
  lectern_quotes_apply_corrections (quotes, story->text, corrections);

  return lectern_story_quotes_put_sync (store, story->id, story->text, quotes, error);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

GPtrArray *
lectern_story_quotes_for_keys (sqlite3    *db,
                               GPtrArray  *keys,
                               GArray     *story_ids,
                               GError    **error)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_quote_free);
  g_autoptr(GHashTable) rank = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GString) sql = g_string_new ("SELECT story_id, start_pos, end_pos, quote, speaker,"
                                         " speaker_text FROM story_quotes WHERE key IN (");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray **by_story;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (keys != NULL && story_ids != NULL, NULL);

  if (keys->len == 0 || story_ids->len == 0)
    return g_steal_pointer (&quotes);

  for (guint i = 0; i < story_ids->len; i++)
    g_hash_table_insert (rank, &g_array_index (story_ids, gint64, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < keys->len; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ") ORDER BY story_id, start_pos");

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < keys->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);
  by_story = g_new0 (GPtrArray *, story_ids->len);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 story_id = sqlite3_column_int64 (stmt, 0);
      guint at = GPOINTER_TO_UINT (g_hash_table_lookup (rank, &story_id));
      LecternEntityQuote *quote;

      /* Only the stories the page lists (a split entry's are not). */
      if (at == 0)
        continue;
      quote = g_new0 (LecternEntityQuote, 1);
      quote->story_id = story_id;
      quote->start = sqlite3_column_int64 (stmt, 1);
      quote->end = sqlite3_column_int64 (stmt, 2);
      quote->quote = column_dup (stmt, 3);
      quote->speaker = column_dup (stmt, 4);
      quote->speaker_text = column_dup (stmt, 5);
      if (by_story[at - 1] == NULL)
        by_story[at - 1] = g_ptr_array_new ();
      g_ptr_array_add (by_story[at - 1], quote);
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("The library’s quotations could not be read: %s."), sqlite3_errmsg (db));
      for (guint i = 0; i < story_ids->len; i++)
        if (by_story[i] != NULL)
          {
            g_ptr_array_set_free_func (by_story[i], (GDestroyNotify) lectern_entity_quote_free);
            g_ptr_array_unref (by_story[i]);
          }
      g_free (by_story);
      return NULL;
    }

  for (guint i = 0; i < story_ids->len; i++)
    if (by_story[i] != NULL)
      {
        for (guint j = 0; j < by_story[i]->len; j++)
          g_ptr_array_add (quotes, g_ptr_array_index (by_story[i], j));
        g_ptr_array_unref (by_story[i]);
      }
  g_free (by_story);

  return g_steal_pointer (&quotes);
}
