/* lectern-print.h: a story with its highlights and notes, on paper or PDF
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-highlight.h"
#include "lectern-story.h"

G_BEGIN_DECLS

/* (transfer full): a print operation drawing the story's text with its
 * highlights in their colours, then its notes as endnotes. `highlights`
 * and `categories` (nullable) are copied or referenced as needed. */
GtkPrintOperation *lectern_print_operation_new (LecternStory *story,
                                                GPtrArray    *highlights,
                                                GPtrArray    *categories,
                                                const char   *story_note) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
