/* lectern-json.h: the little JSON Lectern writes and reads
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends `text` (UTF-8) as a JSON string literal, quotes included. */
void lectern_json_append_string (GString    *out,
                                 const char *text);

G_END_DECLS
