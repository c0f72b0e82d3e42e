/* lectern-highlight.h
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lectern-entity.h"
#include "lectern-story.h"

G_BEGIN_DECLS

/* Anchor context kept on each side of a quote (W3C TextQuoteSelector). */
#define LECTERN_ANCHOR_CONTEXT 32

struct _LecternHighlight
{
  gint64  id;          /* 0 until stored */
  gint64  story_id;
  gint64  start;       /* code points into the story's text */
  gint64  end;         /* exclusive */
  char   *quote;       /* exact text of [start, end) */
  char   *prefix;      /* up to LECTERN_ANCHOR_CONTEXT code points before */
  char   *suffix;      /* up to LECTERN_ANCHOR_CONTEXT code points after */
  char   *color;       /* "yellow", "green", "blue", "pink", "purple" */
  char   *note;        /* "" when none */
  gint64  created_at;  /* unix seconds */
  gint64  updated_at;
  char   *style;       /* "highlight" or "underline" */
  char  **tags;        /* NULL-terminated, sorted; never NULL once built */
  char   *uuid;        /* stable across libraries: the W3C annotation id */
  gboolean orphaned;   /* its passage was not found after the story changed: keep
                        * it listed, but start/end are stale; do not draw it */
  gint64  revision;    /* raised by every write of the row; 0 until stored. The
                        * _if_unchanged writes of the store compare it */
  char   *speaker;     /* (nullable) who a quote is from, as the story names them */
};

/* The colour is the category: each of the five has a name the user can
 * change (defaults Quote, Key point, Question, Check, Idea). */
typedef struct
{
  char     *color;
  char     *name;
  gboolean  custom;    /* FALSE while the name is the translated default */
} LecternCategory;

#define LECTERN_TYPE_HIGHLIGHT (lectern_highlight_get_type ())

GType             lectern_highlight_get_type    (void) G_GNUC_CONST;
/* Builds an unsaved highlight of [start, end) with its quote and context.
 * Returns NULL if the range is empty or outside the story. */
LecternHighlight *lectern_highlight_new_for_range (const LecternStory *story,
                                                   gint64              start,
                                                   gint64              end,
                                                   const char         *color,
                                                   const char         *note) G_GNUC_WARN_UNUSED_RESULT;
LecternHighlight *lectern_highlight_copy        (const LecternHighlight *self) G_GNUC_WARN_UNUSED_RESULT;
void              lectern_highlight_free        (LecternHighlight       *self);
/* The colour names, NULL-terminated, in menu order. */
const char *const *lectern_highlight_colors     (void);
gboolean          lectern_highlight_color_is_valid (const char *color);
/* "highlight" and "underline", NULL-terminated. */
const char *const *lectern_highlight_styles     (void);
gboolean          lectern_highlight_style_is_valid (const char *style);
/* The translated default category name of a colour ("Quote" for yellow). */
const char       *lectern_highlight_default_category_name (const char *color);
/* Replaces the tags: trimmed, without empty or duplicate (case-insensitive)
 * ones, control characters removed, sorted. */
void              lectern_highlight_set_tags    (LecternHighlight   *self,
                                                 const char *const  *tags);
gboolean          lectern_highlight_has_tag     (const LecternHighlight *self,
                                                 const char             *tag);

/* Filters for the notes panel. Text matching ignores case and accents
 * and looks at quote, note and tags; an entity matches when one of its
 * mentions overlaps the passage or lies within `margin` code points of it
 * ("highlights that mention Satya Nadella"). */
gboolean          lectern_highlight_matches_text (const LecternHighlight *self,
                                                  const char             *needle);
gboolean          lectern_highlight_near_entity  (const LecternHighlight *self,
                                                  const LecternEntity    *entity,
                                                  gint64                  margin);

LecternCategory  *lectern_category_new          (const char *color,
                                                 const char *name,
                                                 gboolean    custom) G_GNUC_WARN_UNUSED_RESULT;
void              lectern_category_free         (LecternCategory *self);
/* The name of `color` in `categories` (nullable), else its default. */
const char       *lectern_category_name_for     (GPtrArray  *categories,
                                                 const char *color);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternHighlight, lectern_highlight_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternCategory, lectern_category_free)

G_END_DECLS
