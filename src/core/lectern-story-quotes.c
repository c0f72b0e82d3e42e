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

typedef struct
{
  guint  rank;       /* the story's place in `story_ids`, from 1 */
  gint64 id;
  LecternEntityQuote quote;  /* without text until read */
} Found;

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *found_a = a, *found_b = b;

  if (found_a->rank != found_b->rank)
    return found_a->rank < found_b->rank ? -1 : 1;
  if (found_a->quote.start != found_b->quote.start)
    return found_a->quote.start < found_b->quote.start ? -1 : 1;
  return found_a->id < found_b->id ? -1 : found_a->id > found_b->id;
}

GPtrArray *
lectern_story_quotes_for_keys (sqlite3    *db,
                               GPtrArray  *keys,
                               GArray     *story_ids,
                               GError    **error)
{
  return lectern_story_quotes_for_keys_first (db, keys, story_ids, NULL, NULL, G_MAXUINT, NULL,
                                              error);
}

GPtrArray *
lectern_story_quotes_for_keys_first (sqlite3                 *db,
                                     GPtrArray               *keys,
                                     GArray                  *story_ids,
                                     LecternStoryQuoteFilter  keep,
                                     gpointer                 user_data,
                                     guint                    limit,
                                     guint                   *out_n_kept,
                                     GError                 **error)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_quote_free);
  g_autoptr(GHashTable) rank = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  /* Places first, from an index (schema 12); the words only of those
   * returned. */
  g_autoptr(GString) sql = g_string_new ("SELECT story_id, start_pos, end_pos, id"
                                         " FROM story_quotes INDEXED BY story_quotes_page"
                                         " WHERE key IN (");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) words = NULL;
  guint n_kept = 0;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (keys != NULL && story_ids != NULL, NULL);

  if (out_n_kept != NULL)
    *out_n_kept = 0;
  if (keys->len == 0 || story_ids->len == 0)
    return g_steal_pointer (&quotes);

  for (guint i = 0; i < story_ids->len; i++)
    g_hash_table_insert (rank, &g_array_index (story_ids, gint64, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < keys->len; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < keys->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Found row = { 0 };

      rc = SQLITE_OK;
      row.quote.story_id = sqlite3_column_int64 (stmt, 0);
      row.rank = GPOINTER_TO_UINT (g_hash_table_lookup (rank, &row.quote.story_id));
      row.quote.start = sqlite3_column_int64 (stmt, 1);
      row.quote.end = sqlite3_column_int64 (stmt, 2);
      row.id = sqlite3_column_int64 (stmt, 3);
      /* Only the stories the page lists (a split entry's are not). */
      if (row.rank == 0 || (keep != NULL && !keep (&row.quote, user_data)))
        continue;
      g_array_append_val (found, row);
    }
  if (rc == SQLITE_DONE)
    {
      /* Story by story in the page's order, then by place. */
      g_array_sort (found, compare_found);
      n_kept = found->len;
      rc = sqlite3_prepare_v2 (db, "SELECT quote, speaker, speaker_text FROM story_quotes"
                               " WHERE id = ?", -1, &words, NULL);
    }
  for (guint i = 0; rc == SQLITE_OK && i < MIN (limit, found->len); i++)
    {
      const Found *row = &g_array_index (found, Found, i);
      LecternEntityQuote *quote;

      sqlite3_reset (words);
      sqlite3_bind_int64 (words, 1, row->id);
      rc = sqlite3_step (words);
      if (rc != SQLITE_ROW)
        break;
      quote = g_new0 (LecternEntityQuote, 1);
      *quote = row->quote;
      quote->quote = column_dup (words, 0);
      quote->speaker = column_dup (words, 1);
      quote->speaker_text = column_dup (words, 2);
      g_ptr_array_add (quotes, quote);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED,
                   _("The library’s quotations could not be read: %s."), sqlite3_errmsg (db));
      return NULL;
    }

  if (out_n_kept != NULL)
    *out_n_kept = n_kept;
  return g_steal_pointer (&quotes);
}
