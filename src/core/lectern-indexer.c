/* lectern-indexer.c: indexing the library for search at idle
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes only queue stories for the search index (lectern-search-private.h);
 * a search catches up first, which after a big import makes the first
 * search wait. So once imports settle, the queue is indexed here in small
 * steps, each one job on the store's single worker: highlight writes
 * queued meanwhile run between two steps.
 *
 * With lectern_indexer_set_refresh_entities(), once the index has caught
 * up the same steps make the people and organizations lists of stories
 * whose lists are missing or stale (lectern-dossier.c), a few stories a
 * step, so the library's filter finds the names of stories never opened.
 */

#define G_LOG_DOMAIN "lectern-indexer"

#include "config.h"

#include "lectern-dossier.h"
#include "lectern-indexer.h"
#include "lectern-search.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"

struct _LecternIndexer
{
  GObject        parent_instance;

  LecternStore  *store;
  GCancellable  *cancellable;
  guint          timeout_id;
  gboolean       running;      /* a step is on the store's worker */
  gboolean       rescheduled;  /* a write came during that step */
  guint          delay_msec;
  gboolean       entities;     /* lists of people and organizations too */
};

G_DEFINE_FINAL_TYPE (LecternIndexer, lectern_indexer, G_TYPE_OBJECT)

enum
{
  SIGNAL_STORIES_REFRESHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  guint    n_indexed;
  gboolean done;
  GArray  *refreshed;      /* ids whose entity lists were made, or NULL */
  gboolean entities_done;
} StepResult;

static void
step_result_free (StepResult *result)
{
  g_clear_pointer (&result->refreshed, g_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StepResult, step_result_free)

/* `data`: whether entity lists are made too. */
static gpointer
step_worker (LecternStore  *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(StepResult) result = g_new0 (StepResult, 1);

  result->entities_done = TRUE;
  if (!lectern_search_update_step_sync (store, LECTERN_INDEXER_STEP_BYTES, &result->n_indexed,
                                        &result->done, error))
    return NULL;
  /* Entity lists wait for the index: searches come first. */
  if (result->done && GPOINTER_TO_INT (data)
      && !lectern_library_refresh_entities_step_sync (store, NULL, LECTERN_INDEXER_STEP_STORIES,
                                                      cancellable, &result->refreshed,
                                                      &result->entities_done, error))
    return NULL;

  return g_steal_pointer (&result);
}

static void start_step (LecternIndexer *self);

static void
on_step_done_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(LecternIndexer) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StepResult) result = NULL;

  result = lectern_store_run_finish (LECTERN_STORE (source), res, &error);
  self->running = FALSE;
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (res))))
    return;
  if (result == NULL)
    {
      /* Not the reader's concern: the next search catches up, or says
       * the index is damaged. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Indexing at idle stopped: %s", error->message);
      return;
    }

  g_debug ("Indexed %u stories at idle%s", result->n_indexed,
           result->done ? "" : ", more wait");
  if (result->refreshed != NULL && result->refreshed->len > 0)
    g_signal_emit (self, signals[SIGNAL_STORIES_REFRESHED], 0, result->refreshed);
  if (self->rescheduled)
    {
      self->rescheduled = FALSE;
      lectern_indexer_schedule (self, self->delay_msec);
    }
  else if ((!result->done && result->n_indexed > 0) || !result->entities_done)
    start_step (self);
}

static void
start_step (LecternIndexer *self)
{
  self->running = TRUE;
  /* Queued behind whatever the app asked of the store meanwhile. */
  lectern_store_run_async (self->store, step_worker, GINT_TO_POINTER (self->entities), NULL,
                           (GDestroyNotify) step_result_free, self->cancellable,
                           on_step_done_cb, g_object_ref (self));
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  LecternIndexer *self = user_data;

  self->timeout_id = 0;
  if (!self->running)
    start_step (self);
  return G_SOURCE_REMOVE;
}

LecternIndexer *
lectern_indexer_new (LecternStore *store)
{
  LecternIndexer *self;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);

  self = g_object_new (LECTERN_TYPE_INDEXER, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
lectern_indexer_set_refresh_entities (LecternIndexer *self,
                                      gboolean        refresh)
{
  g_return_if_fail (LECTERN_IS_INDEXER (self));

  self->entities = !!refresh;
}

void
lectern_indexer_schedule (LecternIndexer *self,
                          guint           delay_msec)
{
  g_return_if_fail (LECTERN_IS_INDEXER (self));

  if (lectern_store_is_read_only (self->store))
    return;
  self->delay_msec = delay_msec != 0 ? delay_msec : LECTERN_INDEXER_DELAY_MSEC;
  if (self->running)
    {
      self->rescheduled = TRUE;
      return;
    }
  /* Quiet means no other write for the whole delay. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay_msec, on_timeout_cb, self);
}

gboolean
lectern_indexer_is_busy (LecternIndexer *self)
{
  g_return_val_if_fail (LECTERN_IS_INDEXER (self), FALSE);

  return self->running || self->timeout_id != 0;
}

void
lectern_indexer_stop (LecternIndexer *self)
{
  g_return_if_fail (LECTERN_IS_INDEXER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->rescheduled = FALSE;
}

/* How much text waits (characters, near enough bytes), or -1. */
static gint64
waiting_chars (LecternStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = lectern_store_lock_db (store);
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, "SELECT (SELECT coalesce (sum (s.n_chars), 0) FROM search_queue AS q"
                          "  JOIN stories AS s ON s.id = q.story_id)"
                          " + (SELECT coalesce (sum (n_chars), 0) FROM stories"
                          "  WHERE id > (SELECT indexed_upto FROM search_state))",
                          -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  lectern_store_unlock_db (store);

  return n;
}

gboolean
lectern_indexer_finish_if_short (LecternIndexer *self,
                                 gsize           max_bytes)
{
  g_autoptr(GError) error = NULL;
  gint64 n_chars;
  gboolean done = FALSE;

  g_return_val_if_fail (LECTERN_IS_INDEXER (self), FALSE);

  lectern_indexer_stop (self);
  if (lectern_store_is_read_only (self->store))
    return FALSE;
  n_chars = waiting_chars (self->store);
  if (n_chars == 0)
    return TRUE;
  /* A long queue waits for the next start (searches catch up anyway). */
  if (n_chars < 0 || (guint64) n_chars > max_bytes)
    return FALSE;
  if (!lectern_search_update_step_sync (self->store, max_bytes + 1, NULL, &done, &error))
    {
      g_debug ("Indexing on quit failed: %s", error->message);
      return FALSE;
    }

  return done;
}

static void
lectern_indexer_dispose (GObject *object)
{
  LecternIndexer *self = LECTERN_INDEXER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lectern_indexer_parent_class)->dispose (object);
}

static void
lectern_indexer_class_init (LecternIndexerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lectern_indexer_dispose;

  /* Stories whose lists of people and organizations a step made; the
   * argument is a GArray of their ids (gint64), valid during emission. */
  signals[SIGNAL_STORIES_REFRESHED] =
    g_signal_new ("stories-refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
lectern_indexer_init (LecternIndexer *self)
{
  self->cancellable = g_cancellable_new ();
  self->delay_msec = LECTERN_INDEXER_DELAY_MSEC;
}
