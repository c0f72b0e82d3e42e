/* lectern-indexer.h: indexing the library for search at idle
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-store.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_INDEXER (lectern_indexer_get_type ())

G_DECLARE_FINAL_TYPE (LecternIndexer, lectern_indexer, LECTERN, INDEXER, GObject)

/* Text indexed in one step (one transaction on the store's worker): a
 * write queued meanwhile waits for one step at most. */
#define LECTERN_INDEXER_STEP_BYTES (512 * 1024)
/* Stories whose entity lists a step makes, at most: a few ms each. */
#define LECTERN_INDEXER_STEP_STORIES 4

/* Indexes the stories waiting in `store`'s search queue in the thread
 * default main context, a step at a time, once the library has been quiet
 * for a while. */
LecternIndexer *lectern_indexer_new        (LecternStore   *store);
/* After a write that queues stories (an import): starts indexing after
 * `delay_msec` more of quiet (LECTERN_INDEXER_DELAY_MSEC when 0). */
#define LECTERN_INDEXER_DELAY_MSEC 3000
void            lectern_indexer_schedule   (LecternIndexer *self,
                                            guint           delay_msec);
/* Whether steps are under way or scheduled. */
void            lectern_indexer_set_refresh_entities (LecternIndexer *self,
                                                      gboolean        refresh);
gboolean        lectern_indexer_is_busy    (LecternIndexer *self);
/* Stops indexing (steps already queued on the store's worker run). */
void            lectern_indexer_stop       (LecternIndexer *self);
/* On quit: indexes what waits, in this thread, when it is at most
 * `max_bytes` of text; else leaves it for next time (searches catch up
 * anyway). TRUE when nothing waits after. */
gboolean        lectern_indexer_finish_if_short (LecternIndexer *self,
                                                 gsize           max_bytes);

G_END_DECLS
