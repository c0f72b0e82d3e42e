/* lectern-quotes.h: quotations of a story and who said them
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

/* One quotation: the words strictly inside its marks, and its source. */
typedef struct
{
  gint64  start;          /* code points into the story's text */
  gint64  end;            /* exclusive */
  char   *speaker;        /* (nullable) display name of the entity it is from */
  char   *speaker_text;   /* (nullable) the phrase naming the source, as written */
  gint64  speaker_start;  /* code points of speaker_text, or -1 */
  gint64  speaker_end;
} LecternQuote;

void       lectern_quote_free     (LecternQuote *self);

/* (transfer full) (element-type LecternQuote): the quotations of `text`
 * (valid UTF-8) in reading order. `entities` (nullable, element-type
 * LecternEntity) are the story's people and organizations, from the
 * extractor or the user's corrections; speakers are chosen among them, and
 * a quote gets no speaker when the text does not say clearly who it is
 * from. */
GPtrArray *lectern_quotes_find    (const char   *text,
                                   GPtrArray    *entities) G_GNUC_WARN_UNUSED_RESULT;

/* {"quotes": [{"start", "end", "speaker", "speaker_text"}, …]}, the format
 * of ../shared/quotes/score.py. */
char      *lectern_quotes_to_json (GPtrArray    *quotes) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternQuote, lectern_quote_free)

G_END_DECLS
