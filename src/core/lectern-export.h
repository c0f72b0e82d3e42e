/* lectern-export.h: writing a story's notes to other formats
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-entity.h"
#include "lectern-highlight.h"
#include "lectern-story.h"

G_BEGIN_DECLS

/* (transfer full): Markdown with YAML front matter (title, source, exported,
 * people, organizations), then each highlight as a block quote followed by
 * its note. `entities` (nullable) gives the people and organizations;
 * `now` (nullable) is the export date, the current time when NULL. Every
 * value is escaped for YAML and Markdown. */
char     *lectern_export_markdown           (const LecternStory *story,
                                             GPtrArray          *highlights,
                                             GPtrArray          *entities,
                                             GDateTime          *now) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): a safe file name from a story title, with `extension`
 * (".md"): no slashes, control characters or leading dots; never empty. */
char     *lectern_export_suggest_filename   (const char         *title,
                                             const char         *extension) G_GNUC_WARN_UNUSED_RESULT;
/* Writes contents atomically (temporary file in the same folder, then rename). */
gboolean  lectern_export_write_file         (const char         *path,
                                             const char         *contents,
                                             gssize              length,
                                             GError            **error);

G_END_DECLS
