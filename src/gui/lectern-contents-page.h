/* lectern-contents-page.h: the sidebar's Contents: a story's title and
 * headings (a book's chapters) to go to
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-story.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_CONTENTS_PAGE (lectern_contents_page_get_type ())
G_DECLARE_FINAL_TYPE (LecternContentsPage, lectern_contents_page, LECTERN, CONTENTS_PAGE, GtkWidget)

GtkWidget *lectern_contents_page_new       (void);
/* Lists the title and heading blocks of `story` (NULL clears). */
void       lectern_contents_page_set_story (LecternContentsPage *self,
                                            LecternStory        *story,
                                            GArray              *blocks);
/* The number of entries listed. */
guint      lectern_contents_page_get_n_entries (LecternContentsPage *self);
/* Activates the `index`th entry, as a click does. */
void       lectern_contents_page_activate  (LecternContentsPage *self,
                                            guint                index);

G_END_DECLS
