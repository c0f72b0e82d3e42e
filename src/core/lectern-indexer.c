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
 */

#define G_LOG_DOMAIN "lectern-indexer"

#include "config.h"

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
};

G_DEFINE_FINAL_TYPE (LecternIndexer, lectern_indexer, G_TYPE_OBJECT)

typedef struct
{
  guint    n_indexed;
  gboolean done;
} StepResult;

static gpointer
step_worker (LecternStore  *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  StepResult *result = g_new0 (StepResult, 1);

  if (!lectern_search_update_step_sync (store, LECTERN_INDEXER_STEP_BYTES, &result->n_indexed,
                                        &result->done, error))
    g_clear_pointer (&result, g_free);

  return result;
}

static void start_step (LecternIndexer *self);

static void
on_step_done_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(LecternIndexer) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree StepResult *result = NULL;

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
  if (self->rescheduled)
    {
      self->rescheduled = FALSE;
      lectern_indexer_schedule (self, self->delay_msec);
    }
  else if (!result->done && result->n_indexed > 0)
    start_step (self);
}

static void
start_step (LecternIndexer *self)
{
  self->running = TRUE;
  /* Queued behind whatever the app asked of the store meanwhile. */
  lectern_store_run_async (self->store, step_worker, NULL, NULL, g_free, self->cancellable,
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
}

static void
lectern_indexer_init (LecternIndexer *self)
{
  self->cancellable = g_cancellable_new ();
  self->delay_msec = LECTERN_INDEXER_DELAY_MSEC;
}
