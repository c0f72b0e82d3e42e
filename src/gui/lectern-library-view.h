/* lectern-library-view.h: the library as a page of the window: every
 * story, sorted and filtered, to open, export or delete (with Undo)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-library-item.h"
#include "lectern-store.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_LIBRARY_VIEW (lectern_library_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternLibraryView, lectern_library_view, LECTERN, LIBRARY_VIEW, GtkWidget)

/* Rows activate "win.open-story" (x) and Export "win.export-stories" (ax)
 * on the widgets above. Signals: "story-deleted" (gint64 id) once a
 * deletion is past Undo and done; "close" when Esc leaves the page. */

void                lectern_library_view_set_store        (LecternLibraryView *self,
                                                           LecternStore       *store);
/* Reads the library again, off the UI thread. */
void                lectern_library_view_reload           (LecternLibraryView *self);
/* Whether it is reading or deleting. */
gboolean            lectern_library_view_is_busy          (LecternLibraryView *self);
/* The stories shown, filtered and sorted (LecternLibraryItem), with the
 * selection (transfer none). */
GtkSelectionModel  *lectern_library_view_get_model        (LecternLibraryView *self);
/* Filters at once, as typing in the filter box does after a pause. */
void                lectern_library_view_set_filter_text  (LecternLibraryView *self,
                                                           const char         *text);
void                lectern_library_view_set_sort         (LecternLibraryView *self,
                                                           LecternLibrarySort  sort);
/* "3 stories", "2 of 3 stories" … */
const char         *lectern_library_view_get_count_text   (LecternLibraryView *self);
void                lectern_library_view_focus_filter     (LecternLibraryView *self);
/* Puts the focus on the list (its first row when none has it). */
void                lectern_library_view_focus_list       (LecternLibraryView *self);
/* What Delete does: asks first when a selected story has highlights, then
 * hides them with an Undo toast; they are deleted when the toast goes. */
void                lectern_library_view_delete_selected  (LecternLibraryView *self);
/* Asks for a tag to add to the selected stories or remove from them. */
void                lectern_library_view_tag_selected     (LecternLibraryView *self);
/* The toast's Undo. */
void                lectern_library_view_undo_delete      (LecternLibraryView *self);
/* Dismisses the toast: the deletions waiting for it are done now. */
void                lectern_library_view_flush_deletes    (LecternLibraryView *self);

G_END_DECLS
