/* lectern-store.h: the library database (SQLite)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-anchor.h"
#include "lectern-corrections.h"
#include "lectern-quotes.h"
#include "lectern-entity.h"
#include "lectern-extractor.h"
#include "lectern-highlight.h"
#include "lectern-story.h"

G_BEGIN_DECLS

#define LECTERN_STORE_ERROR (lectern_store_error_quark ())

typedef enum
{
  LECTERN_STORE_ERROR_OPEN,       /* cannot open or create the file */
  LECTERN_STORE_ERROR_READ_ONLY,  /* file or folder not writable */
  LECTERN_STORE_ERROR_LOCKED,     /* another program holds a lock too long */
  LECTERN_STORE_ERROR_CORRUPT,    /* not a Lectern database, or damaged */
  LECTERN_STORE_ERROR_TOO_NEW,    /* made by a newer Lectern */
  LECTERN_STORE_ERROR_FULL,       /* disk full */
  LECTERN_STORE_ERROR_NOT_FOUND,  /* no such story or highlight */
  LECTERN_STORE_ERROR_FAILED,
  LECTERN_STORE_ERROR_CHANGED,    /* the row changed since it was read */
} LecternStoreError;

#define LECTERN_TYPE_STORE (lectern_store_get_type ())
G_DECLARE_FINAL_TYPE (LecternStore, lectern_store, LECTERN, STORE, GObject)

/* Work run on the store's database thread by lectern_store_run_async(). */
typedef gpointer (*LecternStoreFunc) (LecternStore  *self,
                                      gpointer       data,
                                      GCancellable  *cancellable,
                                      GError       **error);

GQuark            lectern_store_error_quark          (void);
/* (transfer full): $LECTERN_DB, else $XDG_DATA_HOME/lectern/library.db. */
char             *lectern_store_default_path         (void) G_GNUC_WARN_UNUSED_RESULT;

/* Opens (creating folders and file if needed) and migrates the database.
 * Blocks: the GUI uses lectern_store_new_async(). Errors are in
 * LECTERN_STORE_ERROR with messages meant for people. */
LecternStore     *lectern_store_new                  (const char           *path,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void              lectern_store_new_async            (const char           *path,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
LecternStore     *lectern_store_new_finish           (GAsyncResult         *result,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
const char       *lectern_store_get_path             (LecternStore         *self);
/* Whether the library could only be opened for reading; writes then fail
 * with LECTERN_STORE_ERROR_READ_ONLY. */
gboolean          lectern_store_is_read_only         (LecternStore         *self);

/* Whether the check made on open (PRAGMA quick_check on libraries up to
 * 64 MiB, the file's size on all) found damage. A damaged library is read
 * as well as it can be; every write fails with LECTERN_STORE_ERROR_CORRUPT. */
gboolean          lectern_store_is_damaged           (LecternStore         *self);

/* Runs func(self, data, cancellable, error) on the store's single database
 * thread; the callback runs on the caller's main context. `data_free` frees
 * `data` afterwards, `result_free` a result nobody collected. */
void              lectern_store_run_async            (LecternStore         *self,
                                                      LecternStoreFunc      func,
                                                      gpointer              data,
                                                      GDestroyNotify        data_free,
                                                      GDestroyNotify        result_free,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gpointer          lectern_store_run_finish           (LecternStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

/* Stores a copy of `highlight` on the database thread; the result is the
 * stored copy, with its id (transfer full). Other calls run their own
 * worker with lectern_store_run_async(). */
void              lectern_store_add_highlight_async  (LecternStore           *self,
                                                      const LecternHighlight *highlight,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
LecternHighlight *lectern_store_add_highlight_finish (LecternStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* Groups the writes that follow (from this thread) into one transaction:
 * all of them happen, or none. Other threads, the database thread of the
 * lectern_store_run_async() included, wait until the batch ends, so never wait for an
 * async result inside a batch. Every begin needs an end; `keep` FALSE
 * rolls the batch back. */
gboolean          lectern_store_begin_batch_sync     (LecternStore         *self,
                                                      GError              **error);
gboolean          lectern_store_end_batch_sync       (LecternStore         *self,
                                                      gboolean              keep,
                                                      GError              **error);

/* The _sync functions block; they are safe from any one thread at a time
 * (a mutex serializes them) and are what the CLI, tests and workers call. */

/* Stores the story, sets story->id and returns it (0 on error). */
gint64            lectern_store_add_story_sync       (LecternStore         *self,
                                                      LecternStory         *story,
                                                      GError              **error);
LecternStory     *lectern_store_get_story_sync       (LecternStore         *self,
                                                      gint64                story_id,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* (element-type LecternStory): all stories, newest first. */
GPtrArray        *lectern_store_list_stories_sync    (LecternStore         *self,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          lectern_store_delete_story_sync    (LecternStore         *self,
                                                      gint64                story_id,
                                                      GError              **error);
/* The number of highlights of a story, or -1 on error. */
gint64            lectern_store_count_highlights_sync (LecternStore        *self,
                                                       gint64               story_id,
                                                       GError             **error);

/* Stores a new highlight in one transaction, sets highlight->id, returns it. */
gint64            lectern_store_add_highlight_sync   (LecternStore         *self,
                                                      LecternHighlight     *highlight,
                                                      GError              **error);
/* Writes colour, note, style and tags (and updated_at) of an existing
 * highlight; tags NULL leaves the tags as they are. Undo of an edit is an
 * update with the old copy. */
gboolean          lectern_store_update_highlight_sync (LecternStore           *self,
                                                       const LecternHighlight *highlight,
                                                       GError                **error);
/* Sets the speaker a quote highlight is from; NULL or "" clears it. */
gboolean          lectern_store_set_highlight_speaker_sync (LecternStore *self,
                                                            gint64        highlight_id,
                                                            const char   *speaker,
                                                            GError      **error);
gboolean          lectern_store_delete_highlight_sync (LecternStore        *self,
                                                       gint64               highlight_id,
                                                       GError             **error);
/* Outside edits (issue 12). Every write of a highlight raises its
 * `revision`. These two write only if the row is still at
 * highlight->revision (as read by lectern_store_get_highlight_sync() or a
 * list): else they fail with LECTERN_STORE_ERROR_CHANGED, or NOT_FOUND when
 * the row was deleted meanwhile, and write nothing. The update sets
 * highlight->revision to the new revision. An undo is an update with the
 * old copy whose `revision` is set to the current one. */
gboolean          lectern_store_update_highlight_if_unchanged_sync (LecternStore           *self,
                                                                    LecternHighlight       *highlight,
                                                                    GError                **error);
gboolean          lectern_store_delete_highlight_if_unchanged_sync (LecternStore           *self,
                                                                    const LecternHighlight *highlight,
                                                                    GError                **error);
/* Field-level edits (issue 12): `base` is the highlight as the caller
 * read it, `mine` the same with the caller's edits to colour, style, note
 * and tags (NULL tags: unchanged). Each field the caller changed is
 * written, unless another program changed that same field to something
 * else since `base` (then LECTERN_STORE_ERROR_CHANGED and nothing is
 * written); a field only the other program changed keeps its value.
 * NOT_FOUND when the row was deleted. On success `mine` holds the row as
 * stored: merged fields, `revision` and `updated_at`. */
gboolean          lectern_store_merge_highlight_sync (LecternStore           *self,
                                                      const LecternHighlight *base,
                                                      LecternHighlight       *mine,
                                                      GError                **error);
/* Sets the note on a story only if it still is `expected` ("" for none);
 * else LECTERN_STORE_ERROR_CHANGED. */
gboolean          lectern_store_set_story_note_if_unchanged_sync (LecternStore         *self,
                                                                  gint64                story_id,
                                                                  const char           *expected,
                                                                  const char           *note,
                                                                  GError              **error);
/* Sets *out_changed to whether another connection (another program, or
 * another store on the same file) committed a change since the last call
 * (or since the store was opened). PRAGMA data_version: one cheap query, fit
 * for a timer and for focus-in; reload what is shown when it says TRUE. */
gboolean          lectern_store_poll_changes_sync    (LecternStore         *self,
                                                      gboolean             *out_changed,
                                                      GError              **error);
/* Compares the highlights of a story as last read (`before`) with a fresh
 * lectern_store_list_highlights_sync() (`after`), by id and revision. Each
 * out array (nullable, transfer container) holds borrowed pointers: rows of
 * `after` that are new or changed, rows of `before` that are gone. */
void              lectern_store_diff_highlights      (GPtrArray            *before,
                                                      GPtrArray            *after,
                                                      GPtrArray           **out_added,
                                                      GPtrArray           **out_changed,
                                                      GPtrArray           **out_removed);
LecternHighlight *lectern_store_get_highlight_sync   (LecternStore         *self,
                                                      gint64                highlight_id,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* (element-type LecternHighlight): the story's highlights in reading order. */
GPtrArray        *lectern_store_list_highlights_sync (LecternStore         *self,
                                                      gint64                story_id,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* Puts back a deleted highlight under its old id, with its tags (undo of
 * a delete). Fails if the id is taken. */
gboolean          lectern_store_restore_highlight_sync (LecternStore           *self,
                                                        const LecternHighlight *highlight,
                                                        GError                **error);
/* The highlight with this UUID, or NULL without error when there is none. */
LecternHighlight *lectern_store_find_highlight_by_uuid_sync (LecternStore      *self,
                                                             const char        *uuid,
                                                             GError           **error) G_GNUC_WARN_UNUSED_RESULT;

/* Writes title, source, author and url of an existing story. */
gboolean          lectern_store_update_story_sync    (LecternStore         *self,
                                                      const LecternStory   *story,
                                                      GError              **error);
/* The id of a story with exactly this text, 0 if none, -1 on error. */
gint64            lectern_store_find_story_by_text_sync (LecternStore      *self,
                                                         const char        *text,
                                                         GError           **error);
/* The id of the newest story read from this source (file or address), or
 * from this URL when it is not empty; 0 if none, -1 on error. */
gint64            lectern_store_find_story_by_source_sync (LecternStore    *self,
                                                           const char      *source,
                                                           const char      *url,
                                                           GError         **error);
/* The id of the story with this UUID, 0 if none, -1 on error. */
gint64            lectern_store_find_story_by_uuid_sync (LecternStore      *self,
                                                         const char        *uuid,
                                                         GError           **error);
/* A new version of a story (re-imported after the outlet updated it):
 * replaces text, encoding and title, and re-anchors every highlight in the
 * same transaction (see lectern_anchor_highlight()). Highlights that cannot
 * be placed are kept as orphans, never dropped. `counts` (nullable) says how
 * many moved or were orphaned. The entity cache of the story is dropped. */
gboolean          lectern_store_replace_story_text_sync (LecternStore          *self,
                                                         gint64                 story_id,
                                                         const LecternStory    *new_version,
                                                         LecternReanchorCounts *counts,
                                                         GError               **error);

/* (element-type LecternCategory): the five categories in colour order. */
GPtrArray        *lectern_store_list_categories_sync (LecternStore         *self,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* Renames a category; NULL or "" goes back to the default name. */
gboolean          lectern_store_set_category_name_sync (LecternStore       *self,
                                                        const char         *color,
                                                        const char         *name,
                                                        GError            **error);
/* (element-type utf8): every tag in use, sorted, for completion. */
GPtrArray        *lectern_store_list_tags_sync       (LecternStore         *self,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* The note on a whole story ("" when none), NULL on error. */
char             *lectern_store_get_story_note_sync  (LecternStore         *self,
                                                      gint64                story_id,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          lectern_store_set_story_note_sync  (LecternStore         *self,
                                                      gint64                story_id,
                                                      const char           *note,
                                                      GError              **error);

/* Cached extractor results. Returns NULL without error when nothing is
 * cached for this story and extractor version. */
GPtrArray        *lectern_store_get_entities_sync    (LecternStore         *self,
                                                      gint64                story_id,
                                                      const char           *version,
                                                      GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          lectern_store_put_entities_sync    (LecternStore         *self,
                                                      gint64                story_id,
                                                      const char           *version,
                                                      GPtrArray            *entities,
                                                      GError              **error);

/* User corrections of entity lists (issue 3; see lectern-corrections.h).
 * Each correction is one row with an id: undo deletes it, redo restores it
 * under the same id. Corrections marked general (all kinds but split, by
 * default) also form the user gazetteer, applied to every other story and
 * kept when their story is deleted. The entity cache keeps the extractor's
 * own result; corrections are applied on top whenever a list is read. */

/* Stores a copy of `correction` as made in `story_id`; sets its id,
 * story_id and created_at and returns the id (0 on error: NOT_FOUND for a
 * missing story, LECTERN_CORRECTIONS_ERROR for a meaningless correction). */
gint64             lectern_store_add_correction_sync  (LecternStore            *self,
                                                       gint64                   story_id,
                                                       LecternCorrection       *correction,
                                                       GError                 **error);
LecternCorrection *lectern_store_get_correction_sync  (LecternStore            *self,
                                                       gint64                   correction_id,
                                                       GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
/* (element-type LecternCorrection): the corrections made in this story,
 * oldest first. */
GPtrArray         *lectern_store_list_corrections_sync (LecternStore           *self,
                                                        gint64                  story_id,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
/* (element-type LecternCorrection): the user gazetteer, every general
 * correction of every story, oldest first. */
GPtrArray         *lectern_store_list_gazetteer_sync  (LecternStore            *self,
                                                       GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
/* Undo: deletes the correction (NOT_FOUND if there is none). Keep a copy
 * (lectern_store_get_correction_sync()) to redo it. */
gboolean           lectern_store_undo_correction_sync (LecternStore            *self,
                                                       gint64                   correction_id,
                                                       GError                 **error);
/* Redo: puts back an undone correction under its old id. */
gboolean           lectern_store_restore_correction_sync (LecternStore         *self,
                                                          const LecternCorrection *correction,
                                                          GError              **error);
/* (transfer full) (element-type LecternEntity): `entities`, an extractor
 * result for `story`, with the user gazetteer and then the story's own
 * corrections applied (the story's own win). For callers that extract
 * themselves, with progress. */
GPtrArray         *lectern_store_correct_entities_sync (LecternStore           *self,
                                                        const LecternStory     *story,
                                                        GPtrArray              *entities,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full) (element-type LecternEntity): the corrected entities of
 * a stored story: the cached extractor result for this extractor version
 * (extracting and caching it when there is none), then
 * lectern_store_correct_entities_sync(). `extractor` NULL means the
 * default. Extraction runs without holding the database, but on the
 * calling thread. */
GPtrArray         *lectern_store_get_corrected_entities_sync (LecternStore     *self,
                                                              const LecternStory *story,
                                                              LecternExtractor *extractor,
                                                              GCancellable     *cancellable,
                                                              GError          **error) G_GNUC_WARN_UNUSED_RESULT;

/* Corrections of found quotations (issue 10; see lectern-quotes.h). Each
 * is one row with an id, undone by deleting it; they go with their story.
 * Apply them with lectern_quotes_apply_corrections(). */
gint64             lectern_store_add_quote_correction_sync   (LecternStore           *self,
                                                              gint64                  story_id,
                                                              LecternQuoteCorrection *correction,
                                                              GError                **error);
/* (element-type LecternQuoteCorrection): the story's corrections, oldest
 * first. */
GPtrArray         *lectern_store_list_quote_corrections_sync (LecternStore           *self,
                                                              gint64                  story_id,
                                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           lectern_store_undo_quote_correction_sync  (LecternStore           *self,
                                                              gint64                  correction_id,
                                                              GError                **error);
/* Redo: puts back an undone quotation correction under its old id. */
gboolean           lectern_store_restore_quote_correction_sync (LecternStore                  *self,
                                                                const LecternQuoteCorrection  *correction,
                                                                GError                       **error);

G_END_DECLS
