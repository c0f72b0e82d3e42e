/* lectern-entities-page.h: the People & Organizations page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ENTITIES_PAGE (lectern_entities_page_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntitiesPage, lectern_entities_page, LECTERN, ENTITIES_PAGE, GtkWidget)

GtkWidget          *lectern_entities_page_new               (void);
/* Shows the spinner with `text` until lectern_entities_page_set_entities(). */
void                lectern_entities_page_set_progress      (LecternEntitiesPage *self,
                                                             const char          *text);
/* (element-type LecternEntity) (nullable): people, then organizations, by
 * number of mentions. Costs O(n log n); rows are made only for what is on
 * screen. */
void                lectern_entities_page_set_entities      (LecternEntitiesPage *self,
                                                             GPtrArray           *entities);
/* TRUE while rows are still being added (from idle callbacks). */
gboolean            lectern_entities_page_get_filling       (LecternEntitiesPage *self);
/* The rows (LecternEntityItem, headings included) and their selection;
 * selecting a row emits "entity-activated". */
GtkSelectionModel  *lectern_entities_page_get_selection     (LecternEntitiesPage *self);
void                lectern_entities_page_set_mention_text  (LecternEntitiesPage *self,
                                                             const char          *text);
const char         *lectern_entities_page_get_mention_text  (LecternEntitiesPage *self);

/* The names.* actions its rows use (rename, retype, remove, split, merge,
 * show-quotes, each with the entry's form): empty until the window adds
 * what they do. */
GActionMap         *lectern_entities_page_get_actions (LecternEntitiesPage *self);

G_END_DECLS
