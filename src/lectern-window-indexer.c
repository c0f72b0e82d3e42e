/* lectern-window-indexer.c: the search index kept up at idle, so that the
 * first search after an import does not index it all, and the lists of
 * people and organizations made, so that the library's filter finds the
 * names of stories never opened
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

/* Text indexed on quit, at most: about 15 ms of CPU. A longer queue waits
 * for the next start. */
#define QUIT_MAX_BYTES (1024 * 1024)

/* The delay before indexing, from the environment, for tests. */
static guint
delay_msec (void)
{
  const char *value = g_getenv ("LECTERN_INDEX_DELAY_MSEC");

  return value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : 0;
}

/* How often the library page reloads while lists are being made: each
 * reload reads the whole list. */
#define NAMES_RELOAD_MSEC 1500

static gboolean
reload_names_cb (gpointer user_data)
{
  LecternWindow *self = user_data;

  self->names_reload_id = 0;
  self->names_reload_us = g_get_monotonic_time ();
  /* A page not shown reloads when it is. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "library") == 0)
    lectern_library_view_reload (self->library_view);
  return G_SOURCE_REMOVE;
}

static void
on_stories_refreshed_cb (LecternIndexer *indexer,
                         GArray         *ids,
                         LecternWindow  *self)
{
  gint64 since_ms = (g_get_monotonic_time () - self->names_reload_us) / 1000;

  /* At once after a quiet while, then at most every NAMES_RELOAD_MSEC. */
  if (self->names_reload_id == 0)
    self->names_reload_id = g_timeout_add (since_ms >= NAMES_RELOAD_MSEC ? 0
                                           : (guint) (NAMES_RELOAD_MSEC - since_ms),
                                           reload_names_cb, self);
}

/* With the library: what a previous run left waiting is indexed too. */
void
lectern_window_indexer_start (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL);

  if (self->indexer == NULL)
    {
      self->indexer = lectern_indexer_new (self->store);
      lectern_indexer_set_refresh_entities (self->indexer, TRUE);
      g_signal_connect (self->indexer, "stories-refreshed", G_CALLBACK (on_stories_refreshed_cb),
                        self);
    }
  lectern_indexer_schedule (self->indexer, delay_msec ());
}

/* After an import: indexing waits until imports have been quiet a while. */
void
lectern_window_indexer_poke (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  if (self->indexer != NULL)
    lectern_indexer_schedule (self->indexer, delay_msec ());
}

void
lectern_window_indexer_quit (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  if (self->indexer != NULL)
    lectern_indexer_finish_if_short (self->indexer, QUIT_MAX_BYTES);
}

void
lectern_window_indexer_dispose (LecternWindow *self)
{
  g_clear_handle_id (&self->names_reload_id, g_source_remove);
  if (self->indexer != NULL)
    {
      lectern_indexer_stop (self->indexer);
      g_signal_handlers_disconnect_by_data (self->indexer, self);
    }
  g_clear_object (&self->indexer);
}
