/* lectern-search-row.h: one result of Search Everything
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-search-view.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_SEARCH_ROW (lectern_search_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternSearchRow, lectern_search_row, LECTERN, SEARCH_ROW, GtkWidget)

GtkWidget *lectern_search_row_new        (void);
/* (nullable): the result shown; rows are reused for other results. */
void       lectern_search_row_set_result (LecternSearchRow    *self,
                                          LecternSearchResult *result);

G_END_DECLS
