/* lectern-entity-view.h: one person or organization across the library
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-dossier.h"
#include "lectern-store.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ENTITY_VIEW (lectern_entity_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityView, lectern_entity_view, LECTERN, ENTITY_VIEW, GtkWidget)

/* Signals:
 *   "open-passage" (gint64 story_id, gint64 start, gint64 end): a story or
 *     one of its passages was activated; start and end are code points of
 *     the story's text.
 *   "back": the Back button.
 *   "loaded": a page is shown (or its error).
 *   "exported" (const char *path, const char *error_message): a dossier
 *     was written, or not (error_message non-NULL). */

GtkWidget               *lectern_entity_view_new         (void);
void                     lectern_entity_view_set_store   (LecternEntityView   *self,
                                                          LecternStore        *store);
/* Reads the page of `name` (any of its forms) on the store's thread and
 * shows it. */
void                     lectern_entity_view_load        (LecternEntityView   *self,
                                                          const char          *name);
gboolean                 lectern_entity_view_get_loading (LecternEntityView   *self);
/* (nullable): the page shown. */
const LecternEntityPage *lectern_entity_view_get_page    (LecternEntityView   *self);
/* Writes the dossier of the page shown to `path` on the store's thread,
 * then emits "exported". */
void                     lectern_entity_view_export      (LecternEntityView   *self,
                                                          const char          *path,
                                                          LecternDossierFormat format);

G_END_DECLS
