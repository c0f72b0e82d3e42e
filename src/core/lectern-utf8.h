/* lectern-utf8.h: code-point offsets into UTF-8 text
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* (transfer full): the code points [start, end) of text, clamped. */
char  *lectern_utf8_substring (const char *text,
                               gint64      start,
                               gint64      end) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
