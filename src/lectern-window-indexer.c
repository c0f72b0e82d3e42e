/* lectern-window-indexer.c: the search index kept up at idle, so that the
 * first search after an import does not index it all
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

/* With the library: what a previous run left waiting is indexed too. */
void
lectern_window_indexer_start (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL);

  if (self->indexer == NULL)
    self->indexer = lectern_indexer_new (self->store);
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
  if (self->indexer != NULL)
    lectern_indexer_stop (self->indexer);
  g_clear_object (&self->indexer);
}
