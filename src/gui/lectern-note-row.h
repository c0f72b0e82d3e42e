/* lectern-note-row.h: one highlight in the Notes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-highlight.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_NOTE_ROW (lectern_note_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternNoteRow, lectern_note_row, LECTERN, NOTE_ROW, GtkWidget)

GtkWidget  *lectern_note_row_new               (void);
/* Shows `highlight` under the name of its colour's category; rows are
 * reused, and shown again when the highlight changes. Nothing is kept. */
void        lectern_note_row_bind              (LecternNoteRow         *self,
                                                const LecternHighlight *highlight,
                                                const char             *category_name);

G_END_DECLS
