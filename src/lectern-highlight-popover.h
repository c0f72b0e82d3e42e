/* lectern-highlight-popover.h: colour, note, copy and delete for a highlight
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-highlight.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_HIGHLIGHT_POPOVER (lectern_highlight_popover_get_type ())
G_DECLARE_FINAL_TYPE (LecternHighlightPopover, lectern_highlight_popover, LECTERN, HIGHLIGHT_POPOVER, GtkPopover)

GtkWidget *lectern_highlight_popover_new           (void);
void       lectern_highlight_popover_set_highlight (LecternHighlightPopover *self,
                                                    const LecternHighlight  *highlight);
gint64     lectern_highlight_popover_get_highlight_id (LecternHighlightPopover *self);
GtkTextView *lectern_highlight_popover_get_note_view (LecternHighlightPopover *self);
/* (element-type LecternCategory): names the colour buttons. */
void       lectern_highlight_popover_set_categories (LecternHighlightPopover *self,
                                                     GPtrArray               *categories);
/* (element-type utf8): tags already in the library, offered as the user types. */
void       lectern_highlight_popover_set_known_tags (LecternHighlightPopover *self,
                                                     GPtrArray               *tags);
GtkEntry  *lectern_highlight_popover_get_tags_entry (LecternHighlightPopover *self);
/* Emits "note-changed" now if the note was edited since the last time. */
void       lectern_highlight_popover_flush_note    (LecternHighlightPopover *self);

G_END_DECLS
