/* lectern-graphemes.h: where a passage may start and end
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether code point `offset` of `text` is between two grapheme clusters
 * (what a reader sees as one character: "é" as e + accent, a flag, a
 * family emoji joined by ZWJ), by Unicode's rules as Pango applies them.
 * 0 and the end of the text are boundaries. */
gboolean lectern_graphemes_is_boundary (const char *text,
                                        gint64      offset);

G_END_DECLS
