/* lectern-anchor.h: finding a highlight again in a changed story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-highlight.h"

G_BEGIN_DECLS

typedef enum
{
  LECTERN_ANCHOR_UNCHANGED,  /* same offsets, same quote */
  LECTERN_ANCHOR_MOVED,      /* the exact quote, elsewhere (context decides between copies) */
  LECTERN_ANCHOR_FUZZY,      /* a close match of the quote (a typo fixed, a word changed) */
  LECTERN_ANCHOR_ORPHANED,   /* not found: kept, with its old quote, as an orphan */
} LecternAnchorResult;

typedef struct
{
  guint total;
  guint unchanged;
  guint moved;               /* exact quote found elsewhere */
  guint fuzzy;               /* placed on a close match, its quote updated */
  guint orphaned;
} LecternReanchorCounts;

/* A story's new text, decoded once for anchoring many highlights. */
typedef struct _LecternAnchorText LecternAnchorText;

LecternAnchorText   *lectern_anchor_text_new   (const char        *text) G_GNUC_WARN_UNUSED_RESULT;
void                 lectern_anchor_text_free  (LecternAnchorText *self);

/* Re-anchors `highlight` in `text`: its position first, checked against the
 * stored quote; else the exact quote, the copy whose prefix and suffix match
 * best; else a fuzzy match allowing about one edit in four characters. On
 * success start, end, quote, prefix and suffix are updated and orphaned
 * cleared; otherwise only orphaned is set. `old_n_chars` (the length of the
 * text the highlight was made on, 0 if unknown) helps prefer nearby copies. */
LecternAnchorResult  lectern_anchor_highlight  (LecternAnchorText *text,
                                                LecternHighlight  *highlight,
                                                gint64             old_n_chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternAnchorText, lectern_anchor_text_free)

G_END_DECLS
