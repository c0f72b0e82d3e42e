/* lectern-dossier.c: people and organizations across the library, and
 * dossiers about one of them
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story's corrected people and organizations are kept in the
 * story_entities table (schema 4, lectern-search-private.h), one row per
 * entity and story with its folded name as key. Entries of the library are
 * keys, plus the alias rules applied when reading: a one-word key joins
 * the only longer key of the same type whose alias column (a person's
 * last name, an organization's acronym) equals it.
 */

#define G_LOG_DOMAIN "lectern-dossier"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lectern-dossier.h"
#include "lectern-formats.h"
#include "lectern-search.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"

#include <glib/gi18n.h>

G_DEFINE_QUARK (lectern-dossier-error-quark, lectern_dossier_error)

/* How close (code points) a highlight must be to a mention to be "near". */
#define NEAR_MARGIN 200

/* Words left out of an organization's acronym. */
static const char *const acronym_stopwords[] = {
  "a", "and", "au", "aux", "d", "de", "del", "der", "des", "du", "en", "et", "for", "l", "la",
  "le", "les", "of", "pour", "sur", "the",
};

void
lectern_library_entity_free (LecternLibraryEntity *self)
{
  if (self == NULL)
    return;

  g_free (self->key);
  g_free (self->name);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_free (self);
}

static void
entity_story_free (LecternEntityStory *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->author);
  g_free (self->url);
  g_free (self->source);
  g_free (self->published);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_free (self);
}

static void
entity_note_free (LecternEntityNote *self)
{
  g_free (self->note);
  g_free (self);
}

void
lectern_entity_page_free (LecternEntityPage *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->entity, lectern_library_entity_free);
  g_clear_pointer (&self->stories, g_ptr_array_unref);
  g_clear_pointer (&self->other_stories, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->found_quotes, g_ptr_array_unref);
  g_clear_pointer (&self->highlights, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->forms, g_ptr_array_unref);
  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_free (self);
}

static gboolean
is_acronym_stopword (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (acronym_stopwords); i++)
    if (g_str_equal (word, acronym_stopwords[i]))
      return TRUE;

  return FALSE;
}

/* The one-word key that may stand for `key`: a person's last name, an
 * organization's acronym; NULL for one-word keys. */
static char *
alias_for_key (const char        *key,
               LecternEntityType  type)
{
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  guint n = g_strv_length (words);
  g_autoptr(GString) acronym = NULL;

  if (n < 2)
    return NULL;
  if (type == LECTERN_ENTITY_PERSON)
    return g_strdup (words[n - 1]);
  if (type != LECTERN_ENTITY_ORGANIZATION)
    return NULL;

  acronym = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    if (!is_acronym_stopword (words[i]))
      g_string_append_unichar (acronym, g_utf8_get_char (words[i]));

  return g_utf8_strlen (acronym->str, -1) >= 2 ? g_string_free (g_steal_pointer (&acronym), FALSE)
                                               : NULL;
}

static gboolean
is_one_word (const char *key)
{
  return strchr (key, ' ') == NULL;
}

static void
set_error_from_db (LecternStore  *store,
                   sqlite3       *db,
                   GError       **error)
{
  lectern_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
}

static char *
column_string (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

/* Writing each story's list */

gboolean
lectern_library_put_story_entities_sync (LecternStore  *store,
                                         gint64         story_id,
                                         const char    *version,
                                         GPtrArray     *entities,
                                         GError       **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) state = NULL;
  g_autoptr(sqlite3_stmt) names = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3 *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (entities != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;

  db = lectern_store_lock_db (store);
  if (sqlite3_prepare_v2 (db, "DELETE FROM story_entities WHERE story_id = ?", -1, &clear,
                          NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (db, "INSERT INTO story_entities (story_id, key, alias, name, type,"
                             " forms, mentions, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             -1, &insert, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO story_entities_state (story_id, version)"
                             " VALUES (?, ?)", -1, &state, NULL) != SQLITE_OK)
    ok = FALSE;
  /* Only a library opened at an older schema, to test its migration,
   * lacks the table. */
  if (ok && sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO story_names (story_id, names)"
                                " VALUES (?, ?)", -1, &names, NULL) != SQLITE_OK)
    g_clear_pointer (&names, sqlite3_finalize);

  if (ok)
    {
      sqlite3_bind_int64 (clear, 1, story_id);
      ok = sqlite3_step (clear) == SQLITE_DONE;
    }

  for (guint i = 0; ok && i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);
      g_autofree char *key = NULL;
      g_autofree char *alias = NULL;
      g_autoptr(GString) forms = NULL;
      g_autoptr(GString) mentions = NULL;

      if (entity->type != LECTERN_ENTITY_PERSON && entity->type != LECTERN_ENTITY_ORGANIZATION)
        continue;
      key = lectern_search_fold (entity->name);
      if (*key == '\0')
        continue;
      alias = alias_for_key (key, entity->type);
      if (g_hash_table_add (seen, entity->name))
        g_string_append_printf (joined, "%s%s", joined->len > 0 ? "," : "", entity->name);

      forms = g_string_new (NULL);
      for (guint j = 0; j < entity->forms->len; j++)
        {
          const char *form = g_ptr_array_index (entity->forms, j);

          if (strchr (form, '\x1f') != NULL)
            continue;
          if (forms->len > 0)
            g_string_append_c (forms, '\x1f');
          g_string_append (forms, form);
        }
      mentions = g_string_new (NULL);
      for (guint j = 0; j < entity->mentions->len; j++)
        {
          const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, j);

          g_string_append_printf (mentions, "%s%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT,
                                  j > 0 ? "," : "", span->start, span->end);
        }

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, story_id);
      sqlite3_bind_text (insert, 2, key, -1, SQLITE_STATIC);
      if (alias != NULL)
        sqlite3_bind_text (insert, 3, alias, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (insert, 3);
      sqlite3_bind_text (insert, 4, entity->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 5, lectern_entity_type_to_string (entity->type), -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (insert, 6, forms->str, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 7, mentions->str, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 8, entity->mentions->len);
      ok = sqlite3_step (insert) == SQLITE_DONE;
    }

  if (ok)
    {
      sqlite3_bind_int64 (state, 1, story_id);
      sqlite3_bind_text (state, 2, version, -1, SQLITE_STATIC);
      ok = sqlite3_step (state) == SQLITE_DONE;
    }
  /* What the library's filter matches (schema 13). */
  if (ok && names != NULL)
    {
      sqlite3_bind_int64 (names, 1, story_id);
      sqlite3_bind_text (names, 2, joined->str, -1, SQLITE_STATIC);
      ok = sqlite3_step (names) == SQLITE_DONE;
    }

  if (!ok)
    set_error_from_db (store, db, error);
  lectern_store_unlock_db (store);

  if (!ok)
    {
      lectern_store_end_batch_sync (store, FALSE, NULL);
      return FALSE;
    }

  return lectern_store_end_batch_sync (store, TRUE, error);
}

/* The ids of up to `limit` (0: all) stories whose lists are missing or
 * not made by `version`, oldest first. */
static GArray *
stale_story_ids (LecternStore  *store,
                 const char    *version,
                 guint          limit,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = lectern_store_lock_db (store);
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT s.id FROM stories AS s"
                           " LEFT JOIN story_entities_state AS st ON st.story_id = s.id"
                           " WHERE st.version IS NOT ?1 ORDER BY s.id LIMIT ?2", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, version, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
    }
  if (rc != SQLITE_DONE)
    set_error_from_db (store, db, error);
  lectern_store_unlock_db (store);

  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

/* Adds `story_id` to `shown` (a set of gint64). */
static void
note_story (GHashTable *shown,
            gint64      story_id)
{
  if (!g_hash_table_contains (shown, &story_id))
    g_hash_table_add (shown, g_memdup2 (&story_id, sizeof story_id));
}

/* Whether a span of `quoted` (sorted by story), from `first` - 1 on
 * (0: the story has none), covers `quote`. */
static gboolean
quote_covered (GArray                   *quoted,
               guint                     first,
               const LecternEntityQuote *quote)
{
  for (guint i = first; first > 0 && i - 1 < quoted->len; i++)
    {
      const LecternEntityQuote *span = &g_array_index (quoted, LecternEntityQuote, i - 1);

      if (span->story_id != quote->story_id)
        break;
      if (span->start < quote->end && quote->start < span->end)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  GArray     *quoted;
  GHashTable *first_quoted;
} Uncovered;

static gboolean
quote_uncovered (const LecternEntityQuote *quote,
                 gpointer                  user_data)
{
  Uncovered *uncovered = user_data;

  return !quote_covered (uncovered->quoted,
                         GPOINTER_TO_UINT (g_hash_table_lookup (uncovered->first_quoted,
                                                                &quote->story_id)),
                         quote);
}

/* The quotations found in its stories (lectern-story-quotes.c). A page
 * read to `cap` rows keeps the first `cap` that no quote highlight (spans
 * in `quoted`) covers; every page counts those. */
static gboolean
load_found_quotes (sqlite3            *db,
                   GPtrArray          *keys,
                   GPtrArray          *stories,
                   GArray             *quoted,
                   guint               cap,
                   LecternEntityPage  *page,
                   GHashTable         *shown_stories,
                   GError            **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), stories->len);
  g_autoptr(GHashTable) first_quoted = g_hash_table_new (g_int64_hash, g_int64_equal);
  Uncovered uncovered = { quoted, first_quoted };

  for (guint i = 0; i < stories->len; i++)
    g_array_append_val (ids, ((LecternEntityStory *) g_ptr_array_index (stories, i))->story_id);
  /* `quoted` is in story order: where each story's spans start. */
  for (guint i = quoted->len; i-- > 0;)
    g_hash_table_insert (first_quoted, &g_array_index (quoted, LecternEntityQuote, i).story_id,
                         GUINT_TO_POINTER (i + 1));

  if (cap == G_MAXUINT)
    {
      /* The whole page has them all, those its highlights show too. */
      page->found_quotes = lectern_story_quotes_for_keys (db, keys, ids, error);
      for (guint i = 0; page->found_quotes != NULL && i < page->found_quotes->len; i++)
        if (quote_uncovered (g_ptr_array_index (page->found_quotes, i), &uncovered))
          page->n_found_quotes++;
    }
  else
    page->found_quotes = lectern_story_quotes_for_keys_first (db, keys, ids, quote_uncovered,
                                                              &uncovered, cap,
                                                              &page->n_found_quotes, error);
  if (page->found_quotes == NULL)
    return FALSE;
  for (guint i = 0; i < MIN (cap, page->found_quotes->len); i++)
    note_story (shown_stories, ((LecternEntityQuote *) g_ptr_array_index (page->found_quotes, i))->story_id);

  return TRUE;
}

gboolean
lectern_library_store_story_sync (LecternStore  *store,
                                  LecternStory  *story,
                                  const char    *version,
                                  GPtrArray     *raw,
                                  GPtrArray    **out_corrected,
                                  GError       **error)
{
  g_autoptr(GPtrArray) corrected = NULL;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (story != NULL, FALSE);
  g_return_val_if_fail (version != NULL && raw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_corrected != NULL)
    *out_corrected = NULL;
  /* A read-only library keeps its lists: the reader still gets the
   * corrected one. */
  if (lectern_store_is_read_only (store))
    {
      corrected = lectern_store_correct_entities_sync (store, story, raw, error);
      if (corrected == NULL)
        return FALSE;
      if (out_corrected != NULL)
        *out_corrected = g_steal_pointer (&corrected);
      return TRUE;
    }

  /* Corrections are read and the list written in one transaction, so a
   * correction made meanwhile marks the story stale again. */
  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  ok = lectern_store_put_entities_sync (store, story->id, version, raw, error);
  if (ok)
    corrected = lectern_store_correct_entities_sync (store, story, raw, error);
  ok = corrected != NULL
       && lectern_library_put_story_entities_sync (store, story->id, version, corrected, error)
       && lectern_story_quotes_update_sync (store, story, corrected, error);
  if (!lectern_store_end_batch_sync (store, ok, ok ? error : NULL) || !ok)
    return FALSE;

  if (out_corrected != NULL)
    *out_corrected = g_steal_pointer (&corrected);
  return TRUE;
}

/* Makes story `id`'s list; `out_found` says whether the story is still
 * there. */
static gboolean
refresh_story (LecternStore      *store,
               LecternExtractor  *extractor,
               gint64             id,
               const char        *version,
               GCancellable      *cancellable,
               gboolean          *out_found,
               GError           **error)
{
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) corrected = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  *out_found = FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  story = lectern_store_get_story_sync (store, id, &local_error);
  if (story == NULL)
    {
      /* Deleted since the list was made. */
      if (g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *out_found = TRUE;

  raw = lectern_store_get_entities_sync (store, id, version, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (raw == NULL)
    {
      /* Extraction runs without holding the library. */
      raw = lectern_extractor_extract (extractor, story->text, cancellable, NULL, NULL, error);
      if (raw == NULL)
        return FALSE;
      if (!lectern_store_put_entities_sync (store, id, version, raw, error))
        return FALSE;
    }

  /* Corrections are read and the list written in one transaction, so a
   * correction made meanwhile marks the story stale again. */
  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  corrected = lectern_store_correct_entities_sync (store, story, raw, error);
  ok = corrected != NULL
       && lectern_library_put_story_entities_sync (store, id, version, corrected, error)
       && lectern_story_quotes_update_sync (store, story, corrected, error);
  return lectern_store_end_batch_sync (store, ok, ok ? error : NULL) && ok;
}

gboolean
lectern_library_refresh_entities_step_sync (LecternStore      *store,
                                            LecternExtractor  *extractor,
                                            guint              max_stories,
                                            GCancellable      *cancellable,
                                            GArray           **out_ids,
                                            gboolean          *out_done,
                                            GError           **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) updated = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *version;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (max_stories > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_ids != NULL)
    *out_ids = NULL;
  if (out_done != NULL)
    *out_done = TRUE;
  if (lectern_store_is_read_only (store))
    {
      if (out_ids != NULL)
        *out_ids = g_steal_pointer (&updated);
      return TRUE;
    }

  if (extractor == NULL)
    extractor = lectern_extractor_get_default (error);
  if (extractor == NULL)
    return FALSE;
  version = lectern_extractor_get_version (extractor);

  /* One more than the step takes, to know whether more wait. */
  ids = stale_story_ids (store, version, max_stories + 1, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < MIN (ids->len, max_stories); i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean found;

      if (!refresh_story (store, extractor, id, version, cancellable, &found, error))
        return FALSE;
      if (found)
        g_array_append_val (updated, id);
    }

  if (out_done != NULL)
    *out_done = ids->len <= max_stories;
  if (out_ids != NULL)
    *out_ids = g_steal_pointer (&updated);
  return TRUE;
}

gboolean
lectern_library_refresh_entities_sync (LecternStore      *store,
                                       LecternExtractor  *extractor,
                                       GCancellable      *cancellable,
                                       guint             *out_n_updated,
                                       GError           **error)
{
  g_autoptr(GArray) ids = NULL;
  const char *version;
  guint n_updated = 0;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_n_updated != NULL)
    *out_n_updated = 0;
  /* A read-only library keeps the lists it has. */
  if (lectern_store_is_read_only (store))
    return TRUE;
  /* Corrections find the stories they touch through the search index:
   * it holds every story before their lists are made. */
  if (!lectern_search_update_sync (store, NULL, error))
    return FALSE;

  if (extractor == NULL)
    extractor = lectern_extractor_get_default (error);
  if (extractor == NULL)
    return FALSE;
  version = lectern_extractor_get_version (extractor);

  ids = stale_story_ids (store, version, 0, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gboolean found;

      if (!refresh_story (store, extractor, g_array_index (ids, gint64, i), version, cancellable,
                          &found, error))
        return FALSE;
      if (found)
        n_updated++;
    }

  if (out_n_updated != NULL)
    *out_n_updated = n_updated;
  return TRUE;
}

/* Reading: the entries of the library */

typedef struct
{
  char              *key;
  char              *alias;
  GHashTable        *names;       /* name → count of rows */
  GHashTable        *stories;     /* story ids */
  guint              type_votes[4];
  guint              n_mentions;
  GPtrArray         *keys;
  gboolean           merged;      /* folded into another entry */
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->key);
  g_free (entry->alias);
  g_hash_table_unref (entry->names);
  g_hash_table_unref (entry->stories);
  g_ptr_array_unref (entry->keys);
  g_free (entry);
}

static Entry *
entry_new (const char *key)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->key = g_strdup (key);
  entry->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  entry->stories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  entry->keys = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (entry->keys, g_strdup (key));
  return entry;
}

static void
entry_add_row (Entry             *entry,
               const char        *name,
               LecternEntityType  type,
               gint64             story_id,
               guint              n_mentions)
{
  gpointer count = g_hash_table_lookup (entry->names, name);

  g_hash_table_replace (entry->names, g_strdup (name), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
  if (!g_hash_table_contains (entry->stories, &story_id))
    g_hash_table_add (entry->stories, g_memdup2 (&story_id, sizeof story_id));
  entry->type_votes[MIN ((guint) type, 3u)]++;
  entry->n_mentions += n_mentions;
}

static LecternEntityType
entry_type (const Entry *entry)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (entry->type_votes); i++)
    if (entry->type_votes[i] > entry->type_votes[best])
      best = i;

  return (LecternEntityType) best;
}

/* The name most rows give; ties go to the longest, then the first in
 * alphabetical order, so the choice is stable. */
static char *
entry_name (const Entry *entry)
{
  GHashTableIter iter;
  gpointer name, count;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, entry->names);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      guint n = GPOINTER_TO_UINT (count);

      if (best == NULL || n > best_count
          || (n == best_count && strlen (name) > strlen (best))
          || (n == best_count && strlen (name) == strlen (best) && strcmp (name, best) < 0))
        {
          best = name;
          best_count = n;
        }
    }

  return g_strdup (best != NULL ? best : entry->key);
}

static void
entry_absorb (Entry *into,
              Entry *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from->stories);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (into->stories, key))
      g_hash_table_add (into->stories, g_memdup2 (key, sizeof (gint64)));
  /* A short name never becomes the entry's name over a full one. */
  into->n_mentions += from->n_mentions;
  for (guint i = 0; i < from->keys->len; i++)
    g_ptr_array_add (into->keys, g_strdup (g_ptr_array_index (from->keys, i)));
  from->merged = TRUE;
}

static LecternLibraryEntity *
entry_to_entity (const Entry *entry)
{
  LecternLibraryEntity *entity = g_new0 (LecternLibraryEntity, 1);

  entity->key = g_strdup (entry->key);
  entity->name = entry_name (entry);
  entity->type = entry_type (entry);
  entity->n_stories = g_hash_table_size (entry->stories);
  entity->n_mentions = entry->n_mentions;
  entity->keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < entry->keys->len; i++)
    g_ptr_array_add (entity->keys, g_strdup (g_ptr_array_index (entry->keys, i)));
  return entity;
}

static GHashTable *
load_splits (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTable *splits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (sqlite3_prepare_v2 (db, "SELECT key FROM library_entity_splits", -1, &stmt, NULL)
      == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_hash_table_add (splits, column_string (stmt, 0));

  return splits;
}

/* Merges each one-word entry into the only longer entry of its type that
 * it can stand for, unless the user split it. */
static void
apply_alias_rules (GHashTable *entries,
                   GHashTable *splits)
{
  g_autoptr(GHashTable) by_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Entry *entry = value;
      g_autofree char *alias = alias_for_key (entry->key, entry_type (entry));
      GPtrArray *targets;

      if (alias == NULL)
        continue;
      targets = g_hash_table_lookup (by_alias, alias);
      if (targets == NULL)
        {
          targets = g_ptr_array_new ();
          g_hash_table_insert (by_alias, g_strdup (alias), targets);
        }
      g_ptr_array_add (targets, entry);
    }

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Entry *entry = value;
      GPtrArray *targets;
      Entry *target;

      if (!is_one_word (entry->key) || g_hash_table_contains (splits, entry->key))
        continue;
      targets = g_hash_table_lookup (by_alias, entry->key);
      if (targets == NULL || targets->len != 1)
        continue;
      target = g_ptr_array_index (targets, 0);
      if (entry_type (target) == entry_type (entry))
        entry_absorb (target, entry);
    }
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const LecternLibraryEntity *entity_a = *(LecternLibraryEntity **) a;
  const LecternLibraryEntity *entity_b = *(LecternLibraryEntity **) b;

  if (entity_a->n_stories != entity_b->n_stories)
    return entity_a->n_stories > entity_b->n_stories ? -1 : 1;
  if (entity_a->n_mentions != entity_b->n_mentions)
    return entity_a->n_mentions > entity_b->n_mentions ? -1 : 1;
  return g_utf8_collate (entity_a->name, entity_b->name);
}

/* Reads the rows of `keys` (all rows when NULL) into entries by key. */
static GHashTable *
load_entries (LecternStore  *store,
              sqlite3       *db,
              GPtrArray     *keys,
              GError       **error)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) entry_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT key, name, type, story_id, n_mentions"
                                         " FROM story_entities");
  int rc;

  if (keys != NULL)
    {
      /* Placeholders only: the keys themselves are bound. */
      g_string_append (sql, " WHERE key IN (");
      for (guint i = 0; i < keys->len; i++)
        g_string_append (sql, i > 0 ? ", ?" : "?");
      g_string_append (sql, ")");
    }

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; keys != NULL && i < keys->len; i++)
        sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *key = (const char *) sqlite3_column_text (stmt, 0);
          g_autofree char *name = column_string (stmt, 1);
          g_autofree char *type_name = column_string (stmt, 2);
          LecternEntityType type = LECTERN_ENTITY_PERSON;
          Entry *entry;

          if (key == NULL)
            continue;
          lectern_entity_type_from_string (type_name, &type);
          entry = g_hash_table_lookup (entries, key);
          if (entry == NULL)
            {
              entry = entry_new (key);
              g_hash_table_insert (entries, entry->key, entry);
            }
          entry_add_row (entry, name, type, sqlite3_column_int64 (stmt, 3),
                         sqlite3_column_int (stmt, 4));
        }
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_db (store, db, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

GPtrArray *
lectern_library_list_entities_sync (LecternStore  *store,
                                    GError       **error)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) splits = NULL;
  g_autoptr(GPtrArray) result = NULL;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3 *db;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = lectern_store_lock_db (store);
  entries = load_entries (store, db, NULL, error);
  splits = load_splits (db);
  lectern_store_unlock_db (store);
  if (entries == NULL)
    return NULL;

  apply_alias_rules (entries, splits);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_library_entity_free);
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!((Entry *) value)->merged)
      g_ptr_array_add (result, entry_to_entity (value));
  g_ptr_array_sort (result, compare_entities);

  return g_steal_pointer (&result);
}

/* Reading: one entry's page */

/* (element-type utf8): the distinct keys whose alias is `alias`. */
static GPtrArray *
keys_with_alias (sqlite3    *db,
                 const char *alias)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  if (sqlite3_prepare_v2 (db, "SELECT DISTINCT key FROM story_entities WHERE alias = ?"
                          " ORDER BY key", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, alias, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (keys, column_string (stmt, 0));
    }

  return keys;
}

static gboolean
key_exists (sqlite3    *db,
            const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM story_entities WHERE key = ? LIMIT 1", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* The keys of the entry `name` designates: its own key and the one-word
 * key merged into it. NULL with an error when there is none, or when a
 * one-word name could be several entries. */
static GPtrArray *
resolve_keys (sqlite3     *db,
              const char  *name,
              GHashTable  *splits,
              GError     **error)
{
  g_autofree char *key = lectern_search_fold (name);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) candidates = NULL;
  gboolean exists = *key != '\0' && key_exists (db, key);
  const char *base = NULL;

  if (*key != '\0' && is_one_word (key) && !g_hash_table_contains (splits, key))
    {
      candidates = keys_with_alias (db, key);
      if (candidates->len == 1)
        base = g_ptr_array_index (candidates, 0);
      else if (candidates->len > 1 && !exists)
        {
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint i = 0; i < candidates->len; i++)
            g_string_append_printf (list, "%s%s", i > 0 ? ", " : "",
                                    (char *) g_ptr_array_index (candidates, i));
          g_set_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_AMBIGUOUS,
                       /* Translators: the second %s lists names, separated by commas. */
                       _("“%s” could be any of: %s. Give the full name."), name, list->str);
          return NULL;
        }
    }
  if (base == NULL && exists)
    base = key;
  if (base == NULL)
    {
      g_set_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND,
                   _("No person or organization called “%s” in the library."), name);
      return NULL;
    }

  g_ptr_array_add (keys, g_strdup (base));
  if (!is_one_word (base))
    {
      /* The short form merges when it could only mean this entry. The type
       * is checked when the rows are read. */
      g_autofree char *last_word = g_strdup (strrchr (base, ' ') + 1);
      g_auto(GStrv) words = g_strsplit (base, " ", -1);
      g_autoptr(GString) acronym = g_string_new (NULL);
      const char *shorts[2];

      for (guint i = 0; words[i] != NULL; i++)
        if (!is_acronym_stopword (words[i]))
          g_string_append_unichar (acronym, g_utf8_get_char (words[i]));
      shorts[0] = last_word;
      shorts[1] = acronym->str;
      for (guint i = 0; i < G_N_ELEMENTS (shorts); i++)
        {
          g_autoptr(GPtrArray) owners = NULL;

          if (g_utf8_strlen (shorts[i], -1) < 2 || g_hash_table_contains (splits, shorts[i])
              || !key_exists (db, shorts[i]))
            continue;
          owners = keys_with_alias (db, shorts[i]);
          if (owners->len == 1 && g_str_equal (g_ptr_array_index (owners, 0), base)
              && !g_ptr_array_find_with_equal_func (keys, shorts[i], g_str_equal, NULL))
            g_ptr_array_add (keys, g_strdup (shorts[i]));
        }
    }

  return g_steal_pointer (&keys);
}

static void
parse_mentions (const char *text,
                GArray     *mentions)
{
  const char *p = text != NULL ? text : "";

  /* "start-end,start-end…", written by put_story_entities above. */
  while (*p != '\0')
    {
      char *end = NULL;
      LecternSpan span;

      span.start = g_ascii_strtoll (p, &end, 10);
      if (end == p || *end != '-')
        break;
      p = end + 1;
      span.end = g_ascii_strtoll (p, &end, 10);
      if (end == p)
        break;
      if (span.end > span.start)
        g_array_append_val (mentions, span);
      p = *end == ',' ? end + 1 : end;
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const LecternSpan *span_a = a, *span_b = b;

  return span_a->start < span_b->start ? -1 : span_a->start > span_b->start;
}

static void
add_form (GHashTable *forms,
          const char *form)
{
  if (*form != '\0' && !g_hash_table_contains (forms, form))
    g_hash_table_add (forms, g_strdup (form));
}

static int
compare_stories_newest (gconstpointer a,
                        gconstpointer b)
{
  const LecternEntityStory *story_a = *(LecternEntityStory **) a;
  const LecternEntityStory *story_b = *(LecternEntityStory **) b;

  if (story_a->imported_at != story_b->imported_at)
    return story_a->imported_at > story_b->imported_at ? -1 : 1;
  return story_a->story_id > story_b->story_id ? -1 : story_a->story_id < story_b->story_id;
}

/* The stories of `keys`, newest first, with their mentions but not their
 * titles and the like (load_story_details); adds the forms they use to
 * `forms`. Story texts are never read: the order comes from an index. */
static GPtrArray *
load_stories (LecternStore  *store,
              sqlite3       *db,
              GPtrArray     *keys,
              const Entry   *entry,
              GHashTable    *forms,
              GError       **error)
{
  g_autoptr(GPtrArray) stories = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_story_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  LecternEntityType type = entry_type (entry);
  int rc;

  /* Both from indexes (schema 12): SQLite would look the date up in the
   * story's row, after its text. Sorted here: SQLite's sorter would copy
   * every row's mentions. */
  sql = g_string_new ("SELECT se.story_id, se.name, se.type, se.forms, se.mentions, se.key,"
                      " s.imported_at"
                      " FROM story_entities AS se INDEXED BY story_entities_page"
                      " JOIN stories AS s INDEXED BY stories_entity_page ON s.id = se.story_id"
                      " WHERE se.key IN (");
  for (guint i = 0; i < keys->len; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; i < keys->len; i++)
        sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 story_id = sqlite3_column_int64 (stmt, 0);
          g_autofree char *name = column_string (stmt, 1);
          g_autofree char *type_name = column_string (stmt, 2);
          g_autofree char *row_forms = column_string (stmt, 3);
          g_auto(GStrv) split_forms = NULL;
          LecternEntityStory *story;
          LecternEntityType row_type = LECTERN_ENTITY_PERSON;

          /* A merged short name counts only with the entry's type. */
          lectern_entity_type_from_string (type_name, &row_type);
          if (row_type != type
              && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5),
                            g_ptr_array_index (keys, 0)) != 0)
            continue;

          story = g_hash_table_lookup (by_id, &story_id);
          if (story == NULL)
            {
              story = g_new0 (LecternEntityStory, 1);
              story->story_id = story_id;
              story->imported_at = sqlite3_column_int64 (stmt, 6);
              story->mentions = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
              g_ptr_array_add (stories, story);
              g_hash_table_insert (by_id, &story->story_id, story);
            }
          parse_mentions ((const char *) sqlite3_column_text (stmt, 4), story->mentions);
          g_array_sort (story->mentions, compare_spans);
          story->n_mentions = story->mentions->len;

          add_form (forms, name);
          split_forms = g_strsplit (row_forms, "\x1f", -1);
          for (guint i = 0; split_forms[i] != NULL; i++)
            add_form (forms, split_forms[i]);
        }
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_db (store, db, error);
      return NULL;
    }
  g_ptr_array_sort (stories, compare_stories_newest);

  return g_steal_pointer (&stories);
}

/* The title, author and the like of `stories` (from `from` on), which
 * load_stories leaves out: the page shows them for the first rows only. */
static gboolean
load_story_details (LecternStore  *store,
                    sqlite3       *db,
                    GPtrArray     *stories,
                    guint          from,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT title, author, url, source, imported_at, published"
                           " FROM stories WHERE id = ?", -1, &stmt, NULL);
  for (guint i = from; rc == SQLITE_OK && i < stories->len; i++)
    {
      LecternEntityStory *story = g_ptr_array_index (stories, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, story->story_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        break;
      story->title = column_string (stmt, 0);
      story->author = column_string (stmt, 1);
      story->url = column_string (stmt, 2);
      story->source = column_string (stmt, 3);
      story->imported_at = sqlite3_column_int64 (stmt, 4);
      story->published = column_string (stmt, 5);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    {
      set_error_from_db (store, db, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
near_mentions (const LecternEntityStory *story,
               gint64                    start,
               gint64                    end)
{
  /* Mentions are sorted: binary search for the first ending after start
   * minus the margin. */
  guint lo = 0, hi = story->mentions->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (story->mentions, LecternSpan, mid).end <= start - NEAR_MARGIN)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < story->mentions->len
         && g_array_index (story->mentions, LecternSpan, lo).start < end + NEAR_MARGIN;
}

/* The rows of search_notes whose note names one of `forms` (an FTS5
 * query, so no note is read for it): highlight ids and story ids. */
static void
find_naming_notes (sqlite3    *db,
                   GPtrArray  *forms,
                   GHashTable *highlight_ids,
                   GHashTable *story_ids)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) query = g_string_new ("note : (");
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  guint n_phrases = 0;

  /* " words " of each form, to leave out those holding another's words:
   * a note naming "État Bruxelles" names "État", and each phrase reads
   * the index's list of notes for every word again. */
  for (guint i = 0; i < forms->len; i++)
    {
      g_autofree char *words = lectern_search_fold (g_ptr_array_index (forms, i));

      g_ptr_array_add (folded, g_strconcat (" ", words, " ", NULL));
    }

  for (guint i = 0; i < forms->len; i++)
    {
      const char *form = g_ptr_array_index (forms, i);
      gboolean redundant = FALSE;

      for (guint j = 0; j < forms->len && !redundant; j++)
        redundant = j != i && strlen (folded->pdata[j]) > 2
                    && strstr (folded->pdata[i], folded->pdata[j]) != NULL
                    && (j < i || !g_str_equal (folded->pdata[i], folded->pdata[j]));
      if (redundant)
        continue;
      if (n_phrases++ > 0)
        g_string_append (query, " OR ");
      g_string_append_c (query, '"');
      for (const char *p = form; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
    }
  g_string_append_c (query, ')');
  if (forms->len == 0
      || sqlite3_prepare_v2 (db, "SELECT rowid FROM search_notes"
                             " WHERE search_notes MATCH ?", -1, &stmt, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_text (stmt, 1, query->str, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      gint64 id = rowid >> 2;

      if ((rowid & 3) == 1)
        g_hash_table_add (highlight_ids, g_memdup2 (&id, sizeof id));
      else if ((rowid & 3) == 2)
        g_hash_table_add (story_ids, g_memdup2 (&id, sizeof id));
    }
}

/* The tags of the highlights in `kept` (id → highlight), read in one pass
 * over the stories of `keys` when they are many, else one by one. */
static gboolean
load_tags (LecternStore  *store,
           sqlite3       *db,
           GPtrArray     *keys,
           const char    *in_stories,
           GHashTable    *kept,
           gboolean       one_by_one,
           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *sql = NULL;
  guint next = 0;
  int rc;

  sql = g_strconcat ("SELECT ht.highlight_id, t.name FROM highlight_tags AS ht"
                     " JOIN tags AS t ON t.id = ht.tag_id",
                     one_by_one ? " WHERE ht.highlight_id = ?"
                                : " JOIN highlights AS h ON h.id = ht.highlight_id"
                                  " WHERE h.story_id IN ",
                     one_by_one ? "" : in_stories, " ORDER BY ht.highlight_id, t.name", NULL);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_db (store, db, error);
      return FALSE;
    }
  if (one_by_one)
    {
      GHashTableIter iter;
      gpointer value;

      ids = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, kept);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (ids, value);
    }
  else
    for (guint i = 0; i < keys->len; i++)
      sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);

  for (;;)
    {
      if (one_by_one)
        {
          if (next == ids->len)
            break;
          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, ((LecternHighlight *) g_ptr_array_index (ids, next++))->id);
        }
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          LecternHighlight *highlight = g_hash_table_lookup (kept, &id);
          guint n;

          if (highlight == NULL)
            continue;
          n = g_strv_length (highlight->tags);
          highlight->tags = g_renew (char *, highlight->tags, n + 2);
          highlight->tags[n] = column_string (stmt, 1);
          highlight->tags[n + 1] = NULL;
        }
      if (rc != SQLITE_DONE)
        {
          set_error_from_db (store, db, error);
          return FALSE;
        }
      if (!one_by_one)
        break;
    }

  return TRUE;
}

/* Whether `speaker` is one of the forms, folded; `speakers` keeps the
 * answers. */
static gboolean
speaks (GHashTable *speakers,
        GHashTable *folded_forms,
        const char *speaker)
{
  gpointer answer;

  if (!g_hash_table_lookup_extended (speakers, speaker, NULL, &answer))
    {
      g_autofree char *folded = lectern_search_fold (speaker);

      answer = GINT_TO_POINTER (g_hash_table_contains (folded_forms, folded));
      g_hash_table_insert (speakers, g_strdup (speaker), answer);
    }

  return GPOINTER_TO_INT (answer);
}

/* The stories' highlights near a mention or whose note names the entity
 * (a highlight naming it in its quote is a mention), in story order then
 * reading order; and the story notes naming it. All of them are counted;
 * the first `cap` of each kind are read. `quoted` gets the spans of every
 * quote highlight (LecternEntityQuote without text); `shown_stories` the
 * ids of the stories of the rows read. */
static gboolean
load_annotations (LecternStore      *store,
                  sqlite3           *db,
                  GPtrArray         *keys,
                  GPtrArray         *stories,
                  GHashTable        *by_id,
                  GPtrArray         *forms,
                  GHashTable        *folded_forms,
                  guint              cap,
                  LecternEntityPage *page,
                  GArray            *quoted,
                  GHashTable        *shown_stories,
                  GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) details = NULL;
  g_autoptr(sqlite3_stmt) notes = NULL;
  g_autoptr(GString) in_stories = g_string_new ("(SELECT story_id FROM story_entities WHERE key IN (");
  g_autoptr(GHashTable) naming = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) naming_stories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_int64_hash, g_int64_equal);
  /* Speakers seen: thousands of quotes have a few. */
  g_autoptr(GHashTable) speakers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Quotes read past the first highlights: owned here until copied. */
  g_autoptr(GPtrArray) unlisted = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  g_autofree char *sql = NULL;
  int rc;

  find_naming_notes (db, forms, naming, naming_stories);

  for (guint i = 0; i < keys->len; i++)
    g_string_append (in_stories, i > 0 ? ", ?" : "?");
  g_string_append (in_stories, "))");

  /* The places from an index (schema 12), to count them all; the rest
   * of the rows read only for those the page takes. */
  sql = g_strconcat ("SELECT h.id, h.story_id, h.start_pos, h.end_pos, h.speaker"
                     " FROM highlights AS h INDEXED BY highlights_entity_page"
                     " WHERE h.orphaned = 0 AND h.story_id IN ",
                     in_stories->str, " ORDER BY h.story_id, h.start_pos", NULL);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  /* Not the anchoring context (prefix, suffix): the page shows quotes. */
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT quote, color, note, created_at, updated_at, style, uuid"
                             " FROM highlights WHERE id = ?", -1, &details, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; i < keys->len; i++)
        sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (keys, i), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          gint64 story_id = sqlite3_column_int64 (stmt, 1);
          gint64 start = sqlite3_column_int64 (stmt, 2);
          gint64 end = sqlite3_column_int64 (stmt, 3);
          const LecternEntityStory *story = g_hash_table_lookup (by_id, &story_id);
          const char *speaker = (const char *) sqlite3_column_text (stmt, 4);
          gboolean quoting = speaker != NULL && speaks (speakers, folded_forms, speaker);
          LecternHighlight *highlight;

          /* A quote of it counts wherever it stands in the story. */
          if (story == NULL
              || !(quoting || near_mentions (story, start, end)
                   || g_hash_table_contains (naming, &id)))
            continue;

          page->n_highlights++;
          if (quoting)
            {
              LecternEntityQuote span = { .story_id = story_id, .start = start, .end = end };

              page->n_quotes++;
              g_array_append_val (quoted, span);
            }
          /* The rest is counted only. */
          if (page->highlights->len >= cap && !(quoting && page->quotes->len < cap))
            continue;

          sqlite3_reset (details);
          sqlite3_bind_int64 (details, 1, id);
          rc = sqlite3_step (details);
          if (rc != SQLITE_ROW)
            {
              /* Gone within the read transaction: no state to show. */
              rc = rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;
              break;
            }
          highlight = g_new0 (LecternHighlight, 1);
          highlight->id = id;
          highlight->story_id = story_id;
          highlight->start = start;
          highlight->end = end;
          highlight->quote = column_string (details, 0);
          highlight->prefix = g_strdup ("");
          highlight->suffix = g_strdup ("");
          highlight->color = column_string (details, 1);
          highlight->note = column_string (details, 2);
          highlight->created_at = sqlite3_column_int64 (details, 3);
          highlight->updated_at = sqlite3_column_int64 (details, 4);
          highlight->style = column_string (details, 5);
          highlight->uuid = column_string (details, 6);
          highlight->speaker = g_strdup (speaker);
          highlight->tags = g_new0 (char *, 1);
          /* A complete page's quotes are among its highlights; the
           * first rows' quotes are copies (their array owns them), made
           * once the tags are in. */
          if (quoting && page->quotes->len < cap)
            g_ptr_array_add (page->quotes, highlight);
          if (page->highlights->len < cap)
            g_ptr_array_add (page->highlights, highlight);
          else
            g_ptr_array_add (unlisted, highlight);
          g_hash_table_insert (kept, &highlight->id, highlight);
          note_story (shown_stories, story_id);
        }
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_db (store, db, error);
      return FALSE;
    }

  /* A few highlights' tags one by one, thousands in one pass. */
  if (!load_tags (store, db, keys, in_stories->str, kept,
                  g_hash_table_size (kept) <= 4 * LECTERN_ENTITY_PAGE_FIRST_ROWS, error))
    return FALSE;
  if (cap != G_MAXUINT)
    {
      for (guint i = 0; i < page->quotes->len; i++)
        page->quotes->pdata[i] = lectern_highlight_copy (page->quotes->pdata[i]);
      g_ptr_array_set_free_func (page->quotes, (GDestroyNotify) lectern_highlight_free);
    }

  rc = sqlite3_prepare_v2 (db, "SELECT note FROM story_notes WHERE story_id = ?", -1, &notes,
                           NULL);
  for (guint i = 0; rc == SQLITE_OK && i < stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (stories, i);
      LecternEntityNote *entity_note;

      if (!g_hash_table_contains (naming_stories, &story->story_id))
        continue;
      sqlite3_reset (notes);
      sqlite3_bind_int64 (notes, 1, story->story_id);
      if (sqlite3_step (notes) != SQLITE_ROW)
        continue;
      page->n_notes++;
      if (page->notes->len >= cap)
        continue;
      entity_note = g_new0 (LecternEntityNote, 1);
      entity_note->story_id = story->story_id;
      entity_note->note = column_string (notes, 0);
      g_ptr_array_add (page->notes, entity_note);
      note_story (shown_stories, story->story_id);
    }
  if (rc != SQLITE_OK)
    {
      set_error_from_db (store, db, error);
      return FALSE;
    }

  return TRUE;
}

/* The user's corrections about any of the forms, general or made in one
 * of the stories. */
static gboolean
load_corrections (LecternStore       *store,
                  LecternEntityPage  *page,
                  GHashTable         *by_id,
                  GHashTable         *folded_forms,
                  GError            **error)
{
  g_autoptr(GPtrArray) gazetteer = lectern_store_list_gazetteer_sync (store, error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) local_stories = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db;

  if (gazetteer == NULL)
    return FALSE;

  /* Only stories with corrections of their own need a second look. */
  db = lectern_store_lock_db (store);
  if (sqlite3_prepare_v2 (db, "SELECT DISTINCT story_id FROM entity_corrections"
                          " WHERE general = 0 AND story_id IS NOT NULL", -1, &stmt, NULL)
      == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (local_stories, id);
      }
  lectern_store_unlock_db (store);

  for (guint pass = 0; pass < 1 + local_stories->len; pass++)
    {
      g_autoptr(GPtrArray) list = NULL;

      if (pass > 0)
        {
          gint64 id = g_array_index (local_stories, gint64, pass - 1);

          if (!g_hash_table_contains (by_id, &id))
            continue;
          list = lectern_store_list_corrections_sync (store, id, error);
          if (list == NULL)
            return FALSE;
        }

      for (guint i = 0; i < (pass == 0 ? gazetteer : list)->len; i++)
        {
          LecternCorrection *correction = g_ptr_array_index (pass == 0 ? gazetteer : list, i);
          g_autofree char *form = lectern_search_fold (correction->form);
          g_autofree char *value = correction->value != NULL
                                   ? lectern_search_fold (correction->value) : NULL;

          if (g_hash_table_contains (seen, &correction->id))
            continue;
          if (!g_hash_table_contains (folded_forms, form)
              && (value == NULL || !g_hash_table_contains (folded_forms, value)))
            continue;
          g_hash_table_add (seen, &correction->id);
          g_ptr_array_add (page->corrections, lectern_correction_copy (correction));
        }
    }

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static int
compare_corrections (gconstpointer a,
                     gconstpointer b)
{
  const LecternCorrection *correction_a = *(LecternCorrection **) a;
  const LecternCorrection *correction_b = *(LecternCorrection **) b;

  return correction_a->id < correction_b->id ? -1 : correction_a->id > correction_b->id;
}

/* The page of `name`, its long sections cut at `cap` rows (G_MAXUINT:
 * everything): the one read behind the app's page and the dossier. */
static LecternEntityPage *
get_entity_page (LecternStore  *store,
                 const char    *name,
                 guint          cap,
                 GError       **error)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GHashTable) splits = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) forms = NULL;
  g_autoptr(GHashTable) folded_forms = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) shown_stories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) form_list = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GArray) quoted = g_array_new (FALSE, FALSE, sizeof (LecternEntityQuote));
  GHashTableIter iter;
  gpointer key;
  Entry *entry;
  sqlite3 *db;
  gboolean ok;

  page = g_new0 (LecternEntityPage, 1);
  page->highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  page->quotes = g_ptr_array_new ();
  page->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_note_free);
  page->forms = g_ptr_array_new_with_free_func (g_free);
  page->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);
  forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One read transaction, so the page is one state of the library. */
  db = lectern_store_lock_db (store);
  sqlite3_exec (db, "SAVEPOINT lectern_entity_page", NULL, NULL, NULL);
  splits = load_splits (db);
  keys = resolve_keys (db, name, splits, error);
  ok = keys != NULL && (entries = load_entries (store, db, keys, error)) != NULL;
  if (ok)
    {
      /* The short form goes in only with the entry's type: recount. */
      Entry *base = g_hash_table_lookup (entries, g_ptr_array_index (keys, 0));

      entry = base;
      for (guint i = 1; entry != NULL && i < keys->len; i++)
        {
          Entry *other = g_hash_table_lookup (entries, g_ptr_array_index (keys, i));

          if (other != NULL && entry_type (other) == entry_type (base))
            entry_absorb (base, other);
          else
            g_ptr_array_remove_index (keys, i--);
        }
      ok = entry != NULL;
      if (!ok)
        g_set_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND,
                     _("No person or organization called “%s” in the library."), name);
    }
  if (ok)
    {
      page->entity = entry_to_entity (entry);
      stories = load_stories (store, db, keys, entry, forms, error);
      ok = stories != NULL;
    }
  if (ok)
    {
      by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < stories->len; i++)
        {
          LecternEntityStory *story = g_ptr_array_index (stories, i);

          g_hash_table_insert (by_id, &story->story_id, story);
        }
      /* Only the stories that name the entity are looked at, so a surname
       * alone is taken to mean it. */
      form_list = g_ptr_array_new ();
      folded_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, forms);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_autofree char *folded = lectern_search_fold (key);

          if (*folded == '\0')
            continue;
          g_ptr_array_add (form_list, key);
          g_hash_table_add (folded_forms, g_steal_pointer (&folded));
        }
      ok = load_annotations (store, db, keys, stories, by_id, form_list, folded_forms, cap, page,
                             quoted, shown_stories, error);
    }
  if (ok)
    ok = load_found_quotes (db, keys, stories, quoted, cap, page, shown_stories, error);
  if (ok)
    {
      /* The first `cap` stories, then the others the rows read are in;
       * the rest are only counted. */
      page->stories = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_story_free);
      page->other_stories = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_story_free);
      for (guint i = 0; i < stories->len; i++)
        {
          LecternEntityStory *story = g_ptr_array_index (stories, i);

          if (i < cap)
            g_ptr_array_add (page->stories, story);
          else if (g_hash_table_contains (shown_stories, &story->story_id))
            g_ptr_array_add (page->other_stories, story);
          else
            continue;
          stories->pdata[i] = NULL;
        }
      ok = load_story_details (store, db, page->stories, 0, error)
           && load_story_details (store, db, page->other_stories, 0, error);
    }
  sqlite3_exec (db, "RELEASE lectern_entity_page", NULL, NULL, NULL);
  lectern_store_unlock_db (store);
  if (!ok)
    return NULL;

  if (!load_corrections (store, page, by_id, folded_forms, error))
    return NULL;
  g_ptr_array_sort (page->corrections, compare_corrections);

  g_hash_table_iter_init (&iter, forms);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (page->forms, g_strdup (key));
  g_ptr_array_sort (page->forms, compare_strings);
  page->entity->n_stories = stories->len;
  page->complete = stories->len <= cap && page->n_highlights <= cap && page->n_quotes <= cap
                   && page->n_found_quotes <= cap && page->n_notes <= cap;

  return g_steal_pointer (&page);
}

LecternEntityPage *
lectern_library_get_entity_sync (LecternStore  *store,
                                 const char    *name,
                                 GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_entity_page (store, name, G_MAXUINT, error);
}

LecternEntityPage *
lectern_library_get_entity_page_sync (LecternStore  *store,
                                      const char    *name,
                                      guint          limit,
                                      GError       **error)
{
  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_entity_page (store, name, limit > 0 ? limit : G_MAXUINT, error);
}

const LecternEntityStory *
lectern_entity_page_find_story (const LecternEntityPage *page,
                                gint64                   story_id)
{
  g_return_val_if_fail (page != NULL, NULL);

  for (guint i = 0; i < page->stories->len; i++)
    if (((LecternEntityStory *) g_ptr_array_index (page->stories, i))->story_id == story_id)
      return g_ptr_array_index (page->stories, i);
  for (guint i = 0; page->other_stories != NULL && i < page->other_stories->len; i++)
    if (((LecternEntityStory *) g_ptr_array_index (page->other_stories, i))->story_id == story_id)
      return g_ptr_array_index (page->other_stories, i);

  return NULL;
}

static gpointer
get_entity_worker (LecternStore  *store,
                   gpointer       name,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return lectern_library_get_entity_sync (store, name, error);
}

void
lectern_library_get_entity_async (LecternStore        *store,
                                  const char          *name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (LECTERN_IS_STORE (store));
  g_return_if_fail (name != NULL);

  lectern_store_run_async (store, get_entity_worker, g_strdup (name), g_free,
                           (GDestroyNotify) lectern_entity_page_free, cancellable, callback,
                           user_data);
}

LecternEntityPage *
lectern_library_get_entity_finish (LecternStore  *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return lectern_store_run_finish (store, result, error);
}

gboolean
lectern_library_set_split_sync (LecternStore  *store,
                                const char    *name,
                                gboolean       split,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *key = NULL;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (LECTERN_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = lectern_search_fold (name);
  if (*key == '\0' || !is_one_word (key))
    {
      g_set_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND,
                   _("Only a one-word name (a surname, an acronym) joins a longer one; “%s” "
                     "is not one."), name);
      return FALSE;
    }

  if (!lectern_store_begin_batch_sync (store, error))
    return FALSE;
  db = lectern_store_lock_db (store);
  ok = sqlite3_prepare_v2 (db, split ? "INSERT OR REPLACE INTO library_entity_splits"
                                       " (key, created_at) VALUES (?, ?)"
                                     : "DELETE FROM library_entity_splits WHERE key = ?",
                           -1, &stmt, NULL) == SQLITE_OK;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (split)
        sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }
  if (!ok)
    set_error_from_db (store, db, error);
  lectern_store_unlock_db (store);

  if (!lectern_store_end_batch_sync (store, ok, ok ? error : NULL))
    return FALSE;
  return ok;
}

/* Writing the dossier */

gboolean
lectern_dossier_format_from_string (const char           *name,
                                    LecternDossierFormat *out_format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "markdown") == 0 || g_ascii_strcasecmp (name, "md") == 0)
    *out_format = LECTERN_DOSSIER_MARKDOWN;
  else if (g_ascii_strcasecmp (name, "html") == 0)
    *out_format = LECTERN_DOSSIER_HTML;
  else if (g_ascii_strcasecmp (name, "pdf") == 0)
    *out_format = LECTERN_DOSSIER_PDF;
  else
    return FALSE;

  return TRUE;
}

const char *
lectern_dossier_format_extension (LecternDossierFormat format)
{
  switch (format)
    {
    case LECTERN_DOSSIER_HTML:
      return ".html";
    case LECTERN_DOSSIER_PDF:
      return ".pdf";
    case LECTERN_DOSSIER_MARKDOWN:
    default:
      return ".md";
    }
}

typedef struct
{
  GString              *out;
  LecternDossierFormat  format;
} Writer;

/* Text on one line, escaped for CommonMark: the characters that make
 * inline markup, links, HTML or entities anywhere, and those that start a
 * block at the start of a line, are backslash-escaped, which CommonMark
 * reads back as the character itself. */
static void
append_md (GString    *out,
           const char *text)
{
  gboolean space = FALSE;
  gsize line_start = out->len;

  /* After a block-quote marker the line starts there. */
  if (out->len >= 2 && out->str[out->len - 2] == '>' && out->str[out->len - 1] == ' ')
    line_start = out->len;
  else if (out->len > 0 && out->str[out->len - 1] != '\n')
    line_start = G_MAXSIZE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean at_start = out->len == line_start;
      gboolean digits_only = line_start != G_MAXSIZE && out->len > line_start;

      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' '), at_start = FALSE;
      space = FALSE;

      for (gsize i = line_start; digits_only && i < out->len; i++)
        digits_only = g_ascii_isdigit (out->str[i]);

      if (strchr ("\\`*_[]<>&|~!#", *p) != NULL
          || (at_start && strchr ("-+=:", *p) != NULL)
          || (digits_only && (*p == '.' || *p == ')')))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_html (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

static void
append_text (Writer     *w,
             const char *text)
{
  if (w->format == LECTERN_DOSSIER_HTML)
    append_html (w->out, text);
  else
    append_md (w->out, text);
}

/* Paragraphs of a note or quote: in Markdown each line behind `prefix`
 * ("> " in quotes), in HTML <p> elements with <br> for line breaks. */
static void
append_paragraphs (Writer     *w,
                   const char *text,
                   const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  if (w->format == LECTERN_DOSSIER_HTML)
    {
      gboolean open = FALSE;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (*lines[i] == '\0')
            {
              if (open)
                g_string_append (w->out, "</p>\n");
              open = FALSE;
              continue;
            }
          g_string_append (w->out, open ? "<br>\n" : "<p>");
          open = TRUE;
          append_html (w->out, lines[i]);
        }
      if (open)
        g_string_append (w->out, "</p>\n");
      return;
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      g_string_append (w->out, prefix);
      if (*lines[i] == '\0')
        {
          /* "> " alone would end in a space; keep the line clean. */
          g_strchomp (w->out->str);
          w->out->len = strlen (w->out->str);
        }
      else
        {
          append_md (w->out, lines[i]);
          /* A hard line break inside a paragraph. */
          if (lines[i + 1] != NULL && *g_strstrip (lines[i + 1]) != '\0')
            g_string_append_c (w->out, '\\');
        }
      g_string_append_c (w->out, '\n');
    }
}

/* Only web addresses become links; anything else is shown as text. */
static char *
safe_url (const char *url)
{
  if (url == NULL || !(g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    return NULL;

  /* Spaces, angle brackets, quotes and controls are percent-encoded, so
   * the address cannot leave its <…> or href="…". */
  return g_uri_escape_string (url, "!#$%&()*+,-./:;=?@[]_~", TRUE);
}

static char *
format_day (gint64 seconds)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (seconds);

  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : g_strdup ("");
}

static const char *
type_label (LecternEntityType type)
{
  return type == LECTERN_ENTITY_ORGANIZATION ? _("Organization") : _("Person");
}

static void
heading (Writer     *w,
         int         level,
         const char *text,
         const char *id)
{
  if (w->format == LECTERN_DOSSIER_HTML)
    {
      g_string_append_printf (w->out, "<h%d", level);
      if (id != NULL)
        g_string_append_printf (w->out, " id=\"%s\"", id);
      g_string_append_c (w->out, '>');
      append_html (w->out, text);
      g_string_append_printf (w->out, "</h%d>\n", level);
    }
  else
    {
      for (int i = 0; i < level; i++)
        g_string_append_c (w->out, '#');
      g_string_append_c (w->out, ' ');
      append_md (w->out, text);
      g_string_append (w->out, "\n\n");
    }
}

static void
append_story_title (Writer                   *w,
                    const LecternEntityStory *story)
{
  g_autofree char *url = safe_url (story->url);

  if (w->format == LECTERN_DOSSIER_HTML)
    {
      if (url != NULL)
        {
          g_string_append (w->out, "<a href=\"");
          append_html (w->out, url);
          g_string_append (w->out, "\"><cite>");
        }
      else
        g_string_append (w->out, "<cite>");
      append_html (w->out, story->title);
      g_string_append (w->out, url != NULL ? "</cite></a>" : "</cite>");
    }
  else if (url != NULL)
    {
      g_string_append (w->out, "[");
      append_md (w->out, story->title);
      g_string_append_printf (w->out, "](<%s>)", url);
    }
  else
    {
      g_string_append (w->out, "*");
      append_md (w->out, story->title);
      g_string_append (w->out, "*");
    }
}

/* "Title, Author, story 12, 2026-11-26": where a passage comes from. */
static void
append_citation (Writer                   *w,
                 const LecternEntityStory *story)
{
  g_autofree char *day = format_day (story->imported_at);
  g_autofree char *url = safe_url (story->url);
  g_autofree char *where = NULL;

  append_story_title (w, story);
  if (*story->author != '\0')
    {
      g_string_append (w->out, ", ");
      append_text (w, story->author);
    }
  if (story->published != NULL && *story->published != '\0')
    {
      /* The date part of ISO 8601. */
      g_autofree char *published = g_strndup (story->published, 10);

      /* Translators: %s is a date such as 2026-11-26, when the story was published. */
      where = g_strdup_printf (_("published %s"), published);
    }
  else
    /* Translators: %s is a date such as 2026-11-26, when the story was added. */
    where = g_strdup_printf (_("added %s"), day);
  g_string_append (w->out, ", ");
  append_text (w, where);
  if (url == NULL)
    {
      const char *place = *story->url != '\0' ? story->url : story->source;

      if (*place != '\0')
        {
          g_string_append (w->out, ", ");
          append_text (w, place);
        }
    }
}

static void
write_stories (Writer                  *w,
               const LecternEntityPage *page)
{
  heading (w, 2, _("Stories"), "stories");
  if (w->format == LECTERN_DOSSIER_HTML)
    g_string_append (w->out, "<ol>\n");

  for (guint i = 0; i < page->stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (page->stories, i);
      g_autofree char *mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions",
                                                             story->n_mentions),
                                                   story->n_mentions);

      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "<li>" : "1. ");
      append_citation (w, story);
      g_string_append (w->out, " — ");
      append_text (w, mentions);
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</li>\n" : "\n");
    }

  g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</ol>\n" : "\n");
}

static void
write_highlights (Writer                  *w,
                  const LecternEntityPage *page,
                  GPtrArray               *categories)
{
  heading (w, 2, _("Highlights"), "highlights");
  if (page->highlights->len == 0)
    {
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "<p>" : "");
      append_text (w, _("No highlight near its mentions."));
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</p>\n" : "\n\n");
      return;
    }

  for (guint i = 0; i < page->highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (page->highlights, i);
      const LecternEntityStory *story = lectern_entity_page_find_story (page, highlight->story_id);
      const char *category = categories != NULL
                             ? lectern_category_name_for (categories, highlight->color)
                             : lectern_highlight_default_category_name (highlight->color);

      if (story == NULL)
        continue;

      if (w->format == LECTERN_DOSSIER_HTML)
        {
          g_string_append_printf (w->out, "<figure class=\"highlight\" id=\"h%" G_GINT64_FORMAT
                                  "\">\n<blockquote>", highlight->id);
          append_paragraphs (w, highlight->quote, "");
          g_string_append (w->out, "</blockquote>\n<figcaption>— ");
          append_citation (w, story);
          g_string_append (w->out, "</figcaption>\n</figure>\n<p class=\"meta\">");
          append_html (w->out, category != NULL ? category : highlight->color);
          if (highlight->tags != NULL && highlight->tags[0] != NULL)
            {
              g_autofree char *tags = g_strjoinv (", ", highlight->tags);

              g_string_append (w->out, " · ");
              append_html (w->out, tags);
            }
          g_string_append (w->out, "</p>\n");
          if (*highlight->note != '\0')
            {
              g_string_append (w->out, "<div class=\"note\">\n");
              append_paragraphs (w, highlight->note, "");
              g_string_append (w->out, "</div>\n");
            }
          continue;
        }

      append_paragraphs (w, highlight->quote, "> ");
      g_string_append (w->out, ">\n> — ");
      append_citation (w, story);
      g_string_append (w->out, "\n\n");
      append_md (w->out, category != NULL ? category : highlight->color);
      if (highlight->tags != NULL && highlight->tags[0] != NULL)
        {
          g_autofree char *tags = g_strjoinv (", ", highlight->tags);

          g_string_append (w->out, " · ");
          append_md (w->out, tags);
        }
      g_string_append (w->out, "\n\n");
      if (*highlight->note != '\0')
        {
          append_paragraphs (w, highlight->note, "");
          g_string_append_c (w->out, '\n');
        }
    }
}

gboolean
lectern_entity_page_quote_highlighted (const LecternEntityPage  *page,
                                       const LecternEntityQuote *quote)
{
  g_return_val_if_fail (page != NULL && quote != NULL, FALSE);

  for (guint i = 0; page->quotes != NULL && i < page->quotes->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (page->quotes, i);

      if (highlight->story_id == quote->story_id && highlight->start < quote->end
          && quote->start < highlight->end)
        return TRUE;
    }

  return FALSE;
}

/* A quotation and who said it where. `anchor` (nullable) is its HTML id. */
static void
write_quote (Writer                   *w,
             const char               *words,
             const char               *speaker,
             const LecternEntityStory *story,
             const char               *anchor)
{
  if (w->format == LECTERN_DOSSIER_HTML)
    {
      g_string_append (w->out, "<figure class=\"quote\"");
      if (anchor != NULL)
        g_string_append_printf (w->out, " id=\"%s\"", anchor);
      g_string_append (w->out, ">\n<blockquote>");
      append_paragraphs (w, words, "");
      g_string_append (w->out, "</blockquote>\n<figcaption>— ");
      append_html (w->out, speaker);
      g_string_append (w->out, ", ");
      append_citation (w, story);
      g_string_append (w->out, "</figcaption>\n</figure>\n");
      return;
    }

  append_paragraphs (w, words, "> ");
  g_string_append (w->out, ">\n> — ");
  append_md (w->out, speaker);
  g_string_append (w->out, ", ");
  append_citation (w, story);
  g_string_append (w->out, "\n\n");
}

/* Its own words: the highlights whose speaker is the entity, then the
 * quotations the quote finder attributes to it that no such highlight
 * holds. */
static void
write_quotes (Writer                  *w,
              const LecternEntityPage *page)
{
  guint n_found = page->found_quotes != NULL ? page->found_quotes->len : 0;

  if ((page->quotes == NULL || page->quotes->len == 0) && n_found == 0)
    return;

  heading (w, 2, _("Quotes"), "quotes");
  for (guint i = 0; page->quotes != NULL && i < page->quotes->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (page->quotes, i);
      const LecternEntityStory *story = lectern_entity_page_find_story (page, highlight->story_id);
      g_autofree char *anchor = g_strdup_printf ("q%" G_GINT64_FORMAT, highlight->id);

      if (story != NULL)
        write_quote (w, highlight->quote, highlight->speaker, story, anchor);
    }
  for (guint i = 0; i < n_found; i++)
    {
      const LecternEntityQuote *quote = g_ptr_array_index (page->found_quotes, i);
      const LecternEntityStory *story = lectern_entity_page_find_story (page, quote->story_id);

      if (story != NULL && !lectern_entity_page_quote_highlighted (page, quote))
        write_quote (w, quote->quote, quote->speaker, story, NULL);
    }
}

static void
write_notes (Writer                  *w,
             const LecternEntityPage *page)
{
  if (page->notes->len == 0)
    return;

  heading (w, 2, _("Notes on the stories"), "notes");
  for (guint i = 0; i < page->notes->len; i++)
    {
      const LecternEntityNote *note = g_ptr_array_index (page->notes, i);
      const LecternEntityStory *story = lectern_entity_page_find_story (page, note->story_id);

      if (story == NULL)
        continue;
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "<section class=\"note\">\n<h3>"
                                                                 : "### ");
      append_citation (w, story);
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</h3>\n" : "\n\n");
      append_paragraphs (w, note->note, "");
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</section>\n" : "\n");
    }
}

static void
write_corrections (Writer                  *w,
                   const LecternEntityPage *page)
{
  if (page->corrections->len == 0)
    return;

  heading (w, 2, _("Your corrections"), "corrections");
  g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "<ul>\n" : "");
  for (guint i = 0; i < page->corrections->len; i++)
    {
      const LecternCorrection *correction = g_ptr_array_index (page->corrections, i);
      g_autofree char *text = lectern_correction_describe (correction);
      g_autofree char *day = format_day (correction->created_at);
      g_autofree char *line = g_strdup_printf ("%s (%s, %s)", text,
                                               correction->general ? _("every story")
                                                                   : _("one story"),
                                               day);

      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "<li>" : "- ");
      append_text (w, line);
      g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</li>\n" : "\n");
    }
  g_string_append (w->out, w->format == LECTERN_DOSSIER_HTML ? "</ul>\n" : "\n");
}

static void
append_yaml_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\x%02x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* `front_matter`: the YAML block of a Markdown file, not wanted when the
 * Markdown is laid out as a PDF. */
static char *
write_dossier (const LecternEntityPage *page,
               LecternDossierFormat     format,
               GPtrArray               *categories,
               GDateTime               *now,
               gboolean                 front_matter)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *stories = NULL;
  Writer w = { out, format };

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  generated = g_date_time_format_iso8601 (now);
  /* Translators: %s is the name of a person or organization. */
  title = g_strdup_printf (_("Dossier: %s"), page->entity->name);
  stories = g_strdup_printf (ngettext ("named in %u story", "named in %u stories",
                                       page->entity->n_stories), page->entity->n_stories);
  /* Translators: "Person, named in 3 stories (12 mentions)". */
  summary = g_strdup_printf (ngettext ("%s, %s (%u mention).", "%s, %s (%u mentions).",
                                       page->entity->n_mentions),
                             type_label (page->entity->type), stories, page->entity->n_mentions);

  if (format == LECTERN_DOSSIER_HTML)
    {
      g_string_append (out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
      append_html (out, title);
      g_string_append (out, "</title>\n<meta name=\"generator\" content=\"Lectern\">\n"
                       "<style>body{font-family:serif;max-width:42em;margin:2em auto;padding:0 1em}"
                       "blockquote{border-left:3px solid #999;margin:0;padding-left:1em}"
                       ".meta{color:#555;font-size:90%}</style>\n</head>\n<body>\n");
      heading (&w, 1, page->entity->name, NULL);
      g_string_append (out, "<p class=\"summary\">");
      append_html (out, summary);
      g_string_append (out, "</p>\n");
    }
  else
    {
      if (front_matter)
        {
          g_string_append (out, "---\ntitle: ");
          append_yaml_string (out, title);
          g_string_append (out, "\nentity: ");
          append_yaml_string (out, page->entity->name);
          g_string_append_printf (out, "\ntype: %s\nstories: %u\nmentions: %u\ngenerated: %s\n"
                                  "---\n\n",
                                  lectern_entity_type_to_string (page->entity->type),
                                  page->entity->n_stories, page->entity->n_mentions, generated);
        }
      heading (&w, 1, page->entity->name, NULL);
      append_md (out, summary);
      g_string_append (out, "\n\n");
    }

  if (page->forms->len > 1)
    {
      g_autoptr(GString) forms = g_string_new (NULL);

      for (guint i = 0; i < page->forms->len; i++)
        g_string_append_printf (forms, "%s%s", i > 0 ? ", " : "",
                                (char *) g_ptr_array_index (page->forms, i));
      g_string_append (out, format == LECTERN_DOSSIER_HTML ? "<p class=\"forms\">" : "");
      append_text (&w, _("Written as:"));
      g_string_append_c (out, ' ');
      append_text (&w, forms->str);
      g_string_append (out, format == LECTERN_DOSSIER_HTML ? "</p>\n" : "\n\n");
    }

  write_stories (&w, page);
  write_quotes (&w, page);
  write_highlights (&w, page, categories);
  write_notes (&w, page);
  write_corrections (&w, page);

  if (format == LECTERN_DOSSIER_HTML)
    {
      g_string_append (out, "<footer class=\"meta\">");
      append_html (out, generated);
      g_string_append (out, "</footer>\n</body>\n</html>\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
lectern_dossier_write (const LecternEntityPage *page,
                       LecternDossierFormat     format,
                       GPtrArray               *categories,
                       GDateTime               *now)
{
  g_return_val_if_fail (page != NULL && page->entity != NULL, NULL);
  g_return_val_if_fail (format != LECTERN_DOSSIER_PDF, NULL);

  return write_dossier (page, format, categories, now, TRUE);
}

GBytes *
lectern_dossier_write_bytes (const LecternEntityPage  *page,
                             LecternDossierFormat      format,
                             GPtrArray                *categories,
                             GDateTime                *now,
                             GError                  **error)
{
  g_autofree char *markdown = NULL;
  g_autofree char *title = NULL;
  char *text;

  g_return_val_if_fail (page != NULL && page->entity != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format != LECTERN_DOSSIER_PDF)
    {
      text = write_dossier (page, format, categories, now, TRUE);
      return g_bytes_new_take (text, strlen (text));
    }

  /* The Markdown dossier is escaped for CommonMark, which the PDF layout
   * reads back to the same text: nothing in a name or a note becomes
   * markup on the page. */
  markdown = write_dossier (page, LECTERN_DOSSIER_MARKDOWN, categories, now, FALSE);
  /* Translators: %s is the name of a person or organization. */
  title = g_strdup_printf (_("Dossier: %s"), page->entity->name);

  return lectern_formats_export_pdf_markdown (markdown, title, error);
}
