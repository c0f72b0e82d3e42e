/* lectern-entity-page-row.h: one line of a person's or organization's
 * page: a section heading, a story, a passage, a merged name
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-entity-page-items.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ENTITY_PAGE_ROW (lectern_entity_page_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityPageRow, lectern_entity_page_row, LECTERN, ENTITY_PAGE_ROW, GtkWidget)

GtkWidget *lectern_entity_page_row_new      (void);
/* (nullable): the line shown; rows are reused for other lines. */
void       lectern_entity_page_row_set_item (LecternEntityPageRow  *self,
                                             LecternEntityPageItem *item);

G_END_DECLS
