/* lectern-collect.h: what an export holds, read the same way by the app and
 * lectern-cli
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-export.h"
#include "lectern-store.h"

G_BEGIN_DECLS

/* Whether exports in `format` list the story's people and organizations
 * (Markdown and HTML do; the others hold highlights and notes only). */
gboolean           lectern_collect_format_lists_entities (LecternExportFormat  format);

/* (transfer full): a stored story with its highlights, its note and, when
 * `with_entities`, its corrected people and organizations (extracted and
 * cached when the cache has none for this extractor). A failing extractor
 * only costs the item its entities: the reason is added to `warnings`
 * (nullable, element-type utf8). Runs on the calling thread: call it from
 * a worker. */
LecternExportItem *lectern_collect_story   (LecternStore   *store,
                                            LecternStory   *story,
                                            gboolean        with_entities,
                                            GCancellable   *cancellable,
                                            GPtrArray      *warnings,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) (element-type LecternExportItem): the stories with the
 * `n_ids` ids in `ids` in library order, or every story when `ids` is NULL.
 * An id with no story is an error. */
GPtrArray         *lectern_collect_stories (LecternStore   *store,
                                            const gint64   *ids,
                                            gsize           n_ids,
                                            gboolean        with_entities,
                                            GCancellable   *cancellable,
                                            GPtrArray      *warnings,
                                            GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
