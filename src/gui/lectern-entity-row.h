/* lectern-entity-row.h: one person or organization in the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

/* An item of the entities page's model: an entity, or the heading of a
 * group ("People", "Organizations") when `entity` is NULL. It keeps the
 * whole list alive, which the row's merge menu reads. */
#define LECTERN_TYPE_ENTITY_ITEM (lectern_entity_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityItem, lectern_entity_item, LECTERN, ENTITY_ITEM, GObject)

LecternEntityItem *lectern_entity_item_new          (GPtrArray         *entities,
                                                     LecternEntity     *entity) G_GNUC_WARN_UNUSED_RESULT;
LecternEntityItem *lectern_entity_item_new_heading  (const char        *title) G_GNUC_WARN_UNUSED_RESULT;
/* (nullable): NULL for a heading */
LecternEntity     *lectern_entity_item_get_entity   (LecternEntityItem *self);
GPtrArray         *lectern_entity_item_get_entities (LecternEntityItem *self);
const char        *lectern_entity_item_get_title    (LecternEntityItem *self);

#define LECTERN_TYPE_ENTITY_ROW (lectern_entity_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityRow, lectern_entity_row, LECTERN, ENTITY_ROW, GtkWidget)

GtkWidget         *lectern_entity_row_new           (void);
/* (nullable): the item shown; rows are reused for other items. */
void               lectern_entity_row_set_item      (LecternEntityRow  *self,
                                                     LecternEntityItem *item);
/* Opens the row's correction menu, as its ⋮ button does. */
void               lectern_entity_row_popup_menu    (LecternEntityRow  *self);

G_END_DECLS
