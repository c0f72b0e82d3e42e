/* lectern-find-bar.h: Find in Story (Ctrl+F)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_FIND_BAR (lectern_find_bar_get_type ())
G_DECLARE_FINAL_TYPE (LecternFindBar, lectern_find_bar, LECTERN, FIND_BAR, GtkWidget)

GtkWidget  *lectern_find_bar_new             (void);
/* The text searched, case-insensitively; matches are selected in it. */
void        lectern_find_bar_set_text_view   (LecternFindBar *self,
                                              GtkTextView    *text_view);
/* Shows the bar and puts the focus in its entry. */
void        lectern_find_bar_open            (LecternFindBar *self);
void        lectern_find_bar_close           (LecternFindBar *self);
/* Searches as typing in the entry does. */
void        lectern_find_bar_search          (LecternFindBar *self,
                                              const char     *text);
/* Selects the next (1) or previous (-1) match, wrapping around. */
void        lectern_find_bar_move            (LecternFindBar *self,
                                              int             direction);
/* "2 of 7", "No matches" or "". */
const char *lectern_find_bar_get_count_text  (LecternFindBar *self);

G_END_DECLS
