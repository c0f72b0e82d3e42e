/* lectern-annotations.h: the annotations of one open story, as a model
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-highlight.h"
#include "lectern-store.h"
#include "lectern-story.h"

G_BEGIN_DECLS

/* One highlight of the story. The model owns the only copy of its fields;
 * views read them and follow "notify" (or the model's
 * "annotation-changed"), and change them through the model. */
#define LECTERN_TYPE_ANNOTATION (lectern_annotation_get_type ())
G_DECLARE_FINAL_TYPE (LecternAnnotation, lectern_annotation, LECTERN, ANNOTATION, GObject)

const LecternHighlight *lectern_annotation_get_highlight (LecternAnnotation *self);
gint64                  lectern_annotation_get_id        (LecternAnnotation *self);

/* What "edited" reports, for the UI to say so. */
typedef enum
{
  LECTERN_ANNOTATIONS_ADDED,
  LECTERN_ANNOTATIONS_CHANGED,
  LECTERN_ANNOTATIONS_DELETED,
  LECTERN_ANNOTATIONS_UNDONE,
  LECTERN_ANNOTATIONS_REDONE,
  LECTERN_ANNOTATIONS_STORY_NOTE,
} LecternAnnotationsEvent;

/* A GListModel of LecternAnnotation in reading order, with one undo/redo
 * history for every edit, written through the store's database thread.
 * Edits show once stored, in the order they were asked for. */
#define LECTERN_TYPE_ANNOTATIONS (lectern_annotations_get_type ())
G_DECLARE_FINAL_TYPE (LecternAnnotations, lectern_annotations, LECTERN, ANNOTATIONS, GObject)

/* `highlights` (element-type LecternHighlight) (transfer full): the
 * story's, as the store listed them; the model keeps them. */
LecternAnnotations *lectern_annotations_new              (LecternStore       *store,
                                                          LecternStory       *story,
                                                          GPtrArray          *highlights,
                                                          const char         *story_note) G_GNUC_WARN_UNUSED_RESULT;
LecternStory       *lectern_annotations_get_story        (LecternAnnotations *self);
/* (transfer none) (nullable) */
LecternAnnotation  *lectern_annotations_lookup           (LecternAnnotations *self,
                                                          gint64              id);
/* (element-type LecternHighlight) (transfer container): the model's own
 * highlights in reading order, for work on this thread (print). */
GPtrArray          *lectern_annotations_list_highlights  (LecternAnnotations *self) G_GNUC_WARN_UNUSED_RESULT;
/* (element-type LecternHighlight) (transfer full): copies, for work on
 * another thread (export). */
GPtrArray          *lectern_annotations_copy_highlights  (LecternAnnotations *self) G_GNUC_WARN_UNUSED_RESULT;

/* `highlight` (transfer full) is new (id 0) and of this story. */
void                lectern_annotations_add              (LecternAnnotations *self,
                                                          LecternHighlight   *highlight);
/* NULL leaves a field as it is. */
void                lectern_annotations_update           (LecternAnnotations *self,
                                                          gint64              id,
                                                          const char         *color,
                                                          const char         *style,
                                                          const char         *note,
                                                          const char *const  *tags);
/* The same, for an editor that showed the highlight at `revision` (0: the
 * model's): if another program changed it since, the edit is made over the
 * version the editor showed, so a change of another field is kept and one
 * of the same field asks ("conflict"), as for a write the library refused. */
void                lectern_annotations_update_from      (LecternAnnotations *self,
                                                          gint64              id,
                                                          gint64              revision,
                                                          const char         *color,
                                                          const char         *style,
                                                          const char         *note,
                                                          const char *const  *tags);
void                lectern_annotations_delete           (LecternAnnotations *self,
                                                          gint64              id);

gboolean            lectern_annotations_can_undo         (LecternAnnotations *self);
gboolean            lectern_annotations_can_redo         (LecternAnnotations *self);
/* A number naming the newest edit that can be undone (0 when none): an
 * "Undo" button on a toast undoes that edit only, and does nothing once
 * it was undone some other way. */
guint               lectern_annotations_get_undo_serial  (LecternAnnotations *self);
/* `serial` 0 undoes the newest edit; FALSE when there was nothing to do. */
gboolean            lectern_annotations_undo             (LecternAnnotations *self,
                                                          guint               serial);
gboolean            lectern_annotations_redo             (LecternAnnotations *self);
/* Another edit of the story (a correction of its names or quotations)
 * joins the one history, after the edits made so far; like any new edit
 * it clears what could be redone. Undo and redo hand `data` back through
 * "external" for the caller to undo or redo it; `destroy` frees it when
 * the history drops it. Returns its serial (see above). */
guint               lectern_annotations_record_external  (LecternAnnotations *self,
                                                          gpointer            data,
                                                          GDestroyNotify      destroy);

/* The note on the whole story. Setting it keeps it here at once (exports
 * and print read it from here) and writes it after a pause of typing, or
 * at lectern_annotations_flush(). */
const char         *lectern_annotations_get_story_note   (LecternAnnotations *self);
void                lectern_annotations_set_story_note   (LecternAnnotations *self,
                                                          const char         *note);
/* Queues every pending write now; later store work sees them. */
void                lectern_annotations_flush            (LecternAnnotations *self);
/* TRUE while writes are queued or running ("busy" notifies); a story note
 * waiting for its pause is not yet a write. */
gboolean            lectern_annotations_get_busy         (LecternAnnotations *self);

/* Outside edits (issue 12). Every write is checked, field by field: a
 * field another program changed since the model read it is kept unless
 * the edit changes that same field. Then nothing is written, the model
 * shows that program's version and emits "conflict"; this makes the
 * refused edit anyway (id 0: the story note). When that program deleted a
 * highlight being edited, this restores it, with the edit. FALSE when
 * there is no refused edit of it. */
gboolean            lectern_annotations_keep_mine        (LecternAnnotations *self,
                                                          gint64              id);
/* Asks the store, on its thread, whether another program wrote since the
 * last time (cheap: for focus-in and a timer); if it did, or if `force`,
 * rereads the story's highlights and note and shows what changed, then
 * emits "reloaded". */
void                lectern_annotations_reload           (LecternAnnotations *self,
                                                          gboolean            force);

G_END_DECLS
