/* lectern-structure.h: title, subheadings and scraping leftovers in plain text
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-types.h"

G_BEGIN_DECLS

/* (transfer full) (element-type LecternBlock): one block per non-empty line,
 * in order. The first non-empty line is the title; short lines without final
 * punctuation between paragraphs are headings; known leftovers ("Lire aussi",
 * "Read more", "Advertisement", "Publicité" …) alone on a line are dropped. */
GArray   *lectern_structure_detect       (const char *text) G_GNUC_WARN_UNUSED_RESULT;
/* Whether a line (without its line break) is a known scraping leftover. */
gboolean  lectern_structure_is_leftover  (const char *line);

/* Blocks as stored in the library: "P0-12 H14-20 …". */
char     *lectern_structure_serialize    (GArray     *blocks) G_GNUC_WARN_UNUSED_RESULT;
/* (nullable): NULL when `data` is empty or does not describe blocks in
 * order inside a text of `n_chars` code points. */
GArray   *lectern_structure_parse        (const char *data,
                                          gint64      n_chars) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
