/* lectern-entity-page-items.h: the page of a person or organization as
 * the lines of its list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lectern-dossier.h"

G_BEGIN_DECLS

/* The sections that can be long: cut at LECTERN_ENTITY_SECTION_CAP rows
 * and a "Show All" row until the reader asks for the rest. */
typedef enum
{
  LECTERN_ENTITY_SECTION_STORIES,
  LECTERN_ENTITY_SECTION_QUOTES,
  LECTERN_ENTITY_SECTION_FOUND_QUOTES,
  LECTERN_ENTITY_SECTION_HIGHLIGHTS,
  LECTERN_ENTITY_SECTION_NOTES,
} LecternEntitySection;

/* What the page reads first (lectern_library_get_entity_page_sync). */
#define LECTERN_ENTITY_SECTION_CAP LECTERN_ENTITY_PAGE_FIRST_ROWS

/* One line of the page's list: a section heading, or a row that may open
 * a story at a passage, split a merged name, or show a section whole. */
#define LECTERN_TYPE_ENTITY_PAGE_ITEM (lectern_entity_page_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityPageItem, lectern_entity_page_item, LECTERN, ENTITY_PAGE_ITEM,
                      GObject)

/* (element-type LecternEntityPageItem) (transfer full): the lines of
 * `page`; `expanded` has bit (1 << section) set for the sections shown
 * whole. */
GPtrArray  *lectern_entity_page_items_new          (const LecternEntityPage *page,
                                                    guint                    expanded) G_GNUC_WARN_UNUSED_RESULT;
gboolean    lectern_entity_page_item_is_heading    (LecternEntityPageItem   *self);
const char *lectern_entity_page_item_get_title     (LecternEntityPageItem   *self);
/* (nullable) */
const char *lectern_entity_page_item_get_subtitle  (LecternEntityPageItem   *self);
/* (nullable): the folded key of a merged name the row can split. */
const char *lectern_entity_page_item_get_split_key (LecternEntityPageItem   *self);
const char *lectern_entity_page_item_get_split_form (LecternEntityPageItem  *self);
/* Whether the row opens a story at a passage ([start, end), code points). */
gboolean    lectern_entity_page_item_get_passage   (LecternEntityPageItem   *self,
                                                    gint64                  *out_story_id,
                                                    gint64                  *out_start,
                                                    gint64                  *out_end);
/* The LecternEntitySection the row shows whole when activated, or -1. */
int         lectern_entity_page_item_get_show_all  (LecternEntityPageItem   *self);
/* A Show All row while the rest of the page is read ("loading"), or
 * (nullable) why it could not be ("error"); both notify. Loading clears
 * the error, an error ends loading. */
gboolean    lectern_entity_page_item_get_loading   (LecternEntityPageItem   *self);
void        lectern_entity_page_item_set_loading   (LecternEntityPageItem   *self,
                                                    gboolean                 loading);
const char *lectern_entity_page_item_get_error     (LecternEntityPageItem   *self);
void        lectern_entity_page_item_set_error     (LecternEntityPageItem   *self,
                                                    const char              *error);

G_END_DECLS
