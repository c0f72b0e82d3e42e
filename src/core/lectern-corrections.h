/* lectern-corrections.h: the user's corrections to a story's entity list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

#define LECTERN_CORRECTIONS_ERROR (lectern_corrections_error_quark ())

typedef enum
{
  LECTERN_CORRECTIONS_ERROR_INVALID,  /* an empty form or name, a merge with itself, … */
} LecternCorrectionsError;

/* What the user did to the list. Every kind names the entity it acts on by
 * one of its surface forms (any form of the entity will do), never by its
 * place in the list, so corrections survive a new extraction. */
typedef enum
{
  LECTERN_CORRECTION_RENAME,  /* form → value: the entity's display name */
  LECTERN_CORRECTION_RETYPE,  /* form → type */
  LECTERN_CORRECTION_MERGE,   /* the entity of value joins the entity of form */
  LECTERN_CORRECTION_SPLIT,   /* form and its mentions leave their entity for a new one */
  LECTERN_CORRECTION_REMOVE,  /* the entity of form is not a person or organization */
  LECTERN_CORRECTION_ADD,     /* form (a selection) is an entity of type */
} LecternCorrectionKind;

typedef struct
{
  gint64                 id;          /* 0 until stored */
  gint64                 story_id;    /* the story it was made in; 0 once that is deleted */
  LecternCorrectionKind  kind;
  char                  *form;        /* white space folded */
  char                  *value;       /* RENAME: new name; MERGE: the other form; else NULL */
  LecternEntityType      type;        /* RETYPE and ADD */
  gboolean               general;     /* also applies to other stories (the user gazetteer) */
  gint64                 created_at;  /* unix seconds, set when stored */
} LecternCorrection;

GQuark             lectern_corrections_error_quark   (void);

/* Constructors of unsaved corrections. Texts are trimmed and their white
 * space folded. `general` is TRUE for every kind but SPLIT: a wrong merge
 * is a fact of one story, a name or a false positive is not. */
LecternCorrection *lectern_correction_new_rename     (const char              *form,
                                                      const char              *new_name) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_new_retype     (const char              *form,
                                                      LecternEntityType        type) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_new_merge      (const char              *form,
                                                      const char              *other_form) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_new_split      (const char              *form) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_new_remove     (const char              *form) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_new_add        (const char              *text,
                                                      LecternEntityType        type) G_GNUC_WARN_UNUSED_RESULT;
LecternCorrection *lectern_correction_copy           (const LecternCorrection *self) G_GNUC_WARN_UNUSED_RESULT;
void               lectern_correction_free           (LecternCorrection       *self);
/* FALSE with LECTERN_CORRECTIONS_ERROR_INVALID and a message for people
 * when the correction cannot mean anything. */
gboolean           lectern_correction_validate       (const LecternCorrection *self,
                                                      GError                 **error);

/* "rename", "type", "merge", "split", "remove", "add": the names the
 * database and the CLI use. */
const char        *lectern_correction_kind_to_string   (LecternCorrectionKind  kind);
gboolean           lectern_correction_kind_from_string (const char            *str,
                                                        LecternCorrectionKind *out_kind);

/* (transfer full): `text` trimmed, white space runs folded to one space,
 * invalid UTF-8 repaired. */
char              *lectern_corrections_clean_form    (const char              *text) G_GNUC_WARN_UNUSED_RESULT;
/* Whether two forms name the same thing for corrections: equal once
 * normalized, case-folded, white space folded, with ’ taken for '. */
gboolean           lectern_corrections_forms_equal   (const char              *a,
                                                      const char              *b);
/* (transfer none) (nullable): the entity of `entities` with a form equal
 * to `form` (see above); what the corrections act on. */
LecternEntity     *lectern_corrections_find_entity   (GPtrArray               *entities,
                                                      const char              *form);
/* The form that names `entity` in a correction: its first form (the
 * extractor's longest), which stays a form after a rename. */
const char        *lectern_corrections_entity_key    (const LecternEntity     *entity);
/* (transfer full) (element-type LecternSpan): the whole-word occurrences
 * of `form` in `text`, in code points. Case matters; any run of white
 * space matches a space of the form, and ’ matches '. */
GArray            *lectern_corrections_find_occurrences (const char           *text,
                                                         const char           *form) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full) (element-type LecternEntity): a new list, `entities`
 * (an extractor result for `text`, left untouched) with `corrections`
 * (element-type LecternCorrection) applied in order; later ones win.
 *
 * ADD gives the form every whole-word occurrence in `text` as a mention,
 * except where a longer (or equal) mention of the list already covers it;
 * shorter mentions inside an added one leave their entity. If an entity
 * already has the form, ADD only sets its type. REMOVE drops the entity of
 * the form. MERGE combines forms and mentions; the name is the longest
 * form unless one side was renamed, the type that of the first form's
 * entity. SPLIT moves the form, and each mention spelled so, to a new
 * entity of the same type. Corrections whose forms match no entity do
 * nothing. Entities left without mentions are dropped. The result is
 * sorted like the extractor's: by number of mentions, then first mention. */
GPtrArray         *lectern_corrections_apply         (GPtrArray               *entities,
                                                      const char              *text,
                                                      GPtrArray               *corrections) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternCorrection, lectern_correction_free)

/* (transfer full): the correction in a sentence for a reader, as the
 * entity page and the dossier list it (“Acme” is an organization). */
char              *lectern_correction_describe       (const LecternCorrection *correction) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
