/* lectern-correct.h: correcting a story's people and organizations, the
 * same way from the app and lectern-cli
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-corrections.h"
#include "lectern-store.h"

G_BEGIN_DECLS

/* Checks `correction` against `entities` (the story's list as the user
 * sees it now) and the story's `text`, and rewrites its forms as the story
 * writes them, so that a typo fails here instead of being stored as a
 * correction that does nothing. FALSE with LECTERN_CORRECTIONS_ERROR and a
 * message for people: no entry has that form, a merge of an entry with
 * itself, a split of an entry's only form, an addition that is not a
 * whole word of the text. */
gboolean   lectern_correct_check      (LecternCorrection  *correction,
                                       GPtrArray          *entities,
                                       const char         *text,
                                       GError            **error);

/* Checks and stores `correction` (setting its id) for `story`, and returns
 * (transfer full) the story's corrected list after it. On a worker thread:
 * it may run the extractor. */
GPtrArray *lectern_correct_story_sync (LecternStore       *store,
                                       LecternStory       *story,
                                       LecternCorrection  *correction,
                                       GCancellable       *cancellable,
                                       GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* Undoes correction `correction_id`, which must have been made in
 * `story`, and returns (transfer full) the story's corrected list. */
GPtrArray *lectern_correct_undo_sync  (LecternStore       *store,
                                       LecternStory       *story,
                                       gint64              correction_id,
                                       GCancellable       *cancellable,
                                       GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* Redoes an undone correction: `correction` is the copy kept when it was
 * made (its id and story set), put back under its old id. Returns
 * (transfer full) the story's corrected list. */
GPtrArray *lectern_correct_redo_sync  (LecternStore             *store,
                                       LecternStory             *story,
                                       const LecternCorrection  *correction,
                                       GCancellable             *cancellable,
                                       GError                  **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
