/* lectern-notes-page.h: the Notes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-annotations.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_NOTES_PAGE (lectern_notes_page_get_type ())
G_DECLARE_FINAL_TYPE (LecternNotesPage, lectern_notes_page, LECTERN, NOTES_PAGE, GtkWidget)

GtkWidget   *lectern_notes_page_new               (void);
/* (nullable): the story's highlights in reading order and its note; the
 * page shows them and follows their changes, and the note typed here goes
 * to the model. */
void         lectern_notes_page_set_annotations   (LecternNotesPage   *self,
                                                   LecternAnnotations *annotations);
/* (element-type LecternCategory) (nullable): names of the colours. */
void         lectern_notes_page_set_categories    (LecternNotesPage   *self,
                                                   GPtrArray          *categories);
/* (element-type LecternEntity) (nullable): for the person filter. */
void         lectern_notes_page_set_entities      (LecternNotesPage   *self,
                                                   GPtrArray          *entities);
/* The LecternAnnotation rows that pass the filters. */
GListModel  *lectern_notes_page_get_model         (LecternNotesPage   *self);
const char  *lectern_notes_page_get_count_text    (LecternNotesPage   *self);
GtkTextView *lectern_notes_page_get_story_note_view (LecternNotesPage *self);
GtkEditable *lectern_notes_page_get_search_entry  (LecternNotesPage   *self);
GtkDropDown *lectern_notes_page_get_category_dropdown (LecternNotesPage *self);
/* Activates row `position` of the model, as a click does. */
void         lectern_notes_page_activate          (LecternNotesPage   *self,
                                                   guint               position);

G_END_DECLS
