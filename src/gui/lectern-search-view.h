/* lectern-search-view.h: Search Everything (Ctrl+Shift+F): one query over
 * every story's text and title, highlights, notes, tags and names, ranked
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-search.h"
#include "lectern-store.h"

G_BEGIN_DECLS

/* One hit, as the list shows it. */
#define LECTERN_TYPE_SEARCH_RESULT (lectern_search_result_get_type ())
G_DECLARE_FINAL_TYPE (LecternSearchResult, lectern_search_result, LECTERN, SEARCH_RESULT, GObject)

const LecternSearchHit *lectern_search_result_get_hit         (LecternSearchResult *self);
/* The person or organization an entity hit is about, or NULL. */
const char             *lectern_search_result_get_entity_name (LecternSearchResult *self);

#define LECTERN_TYPE_SEARCH_VIEW (lectern_search_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternSearchView, lectern_search_view, LECTERN, SEARCH_VIEW, GtkWidget)

/* Signals:
 * "result-activated" (gint64 story_id, gint64 start, gint64 end): open the
 *   story and land on [start, end) (-1: no passage, the top);
 * "entity-activated" (const char *name) → gboolean: a name was chosen;
 *   TRUE if handled (an entity page opened), else "result-activated"
 *   follows with its first mention;
 * "close": Esc left the page. */

void        lectern_search_view_set_store  (LecternSearchView *self,
                                            LecternStore      *store);
/* Searches at once, as typing does after a pause; older queries still
 * running are cancelled. */
void        lectern_search_view_search     (LecternSearchView *self,
                                            const char        *query);
const char *lectern_search_view_get_query  (LecternSearchView *self);
/* Whether a query is running. */
gboolean    lectern_search_view_is_busy    (LecternSearchView *self);
/* The results so far, best first (LecternSearchResult, transfer none). */
GListModel *lectern_search_view_get_model  (LecternSearchView *self);
/* What activating the row at `position` does. */
void        lectern_search_view_activate   (LecternSearchView *self,
                                            guint              position);
/* Puts the focus in the query box, its text selected. */
void        lectern_search_view_focus      (LecternSearchView *self);

G_END_DECLS
