/* lectern-highlight.h
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

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
};

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternHighlight, lectern_highlight_free)

G_END_DECLS
