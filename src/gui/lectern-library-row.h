/* lectern-library-row.h: one story in the library page's list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-library-item.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_LIBRARY_ROW (lectern_library_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternLibraryRow, lectern_library_row, LECTERN, LIBRARY_ROW, GtkWidget)

/* The hidden row a list's rows take their fonts from: its children are
 * labels with each line's CSS classes. Give it a parent in the list's
 * window, not visible. */
GtkWidget          *lectern_library_row_new_look (void);
GtkWidget          *lectern_library_row_new      (LecternLibraryRow  *look);
/* (nullable): the story shown; rows are reused for other stories. The
 * row follows the item's snippet while it shows it, and emits
 * "snippet-wanted" the first time it is drawn without one: GTK 4.8 keeps
 * 200 rows, of which only those on screen are drawn. */
void                lectern_library_row_set_item (LecternLibraryRow  *self,
                                                  LecternLibraryItem *item);
LecternLibraryItem *lectern_library_row_get_item (LecternLibraryRow  *self);

/* Whether widget is a row with a line of exactly text: the row draws its
 * lines itself, so tests look for text here. */
gboolean            lectern_library_row_shows_text (GtkWidget          *widget,
                                                    const char         *text);

G_END_DECLS
