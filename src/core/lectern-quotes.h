/* lectern-quotes.h: quotations of a story and who said them
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

/* The same, for a worker thread: long stories are read a window of about
 * a million characters at a time (some 40 ms each), and the search stops
 * between windows once `cancellable` is cancelled, returning NULL. */
GPtrArray *lectern_quotes_find_cancellable (const char   *text,
                                            GPtrArray    *entities,
                                            GCancellable *cancellable) G_GNUC_WARN_UNUSED_RESULT;

/* {"quotes": [{"start", "end", "speaker", "speaker_text"}, …]}, the format
 * of ../shared/quotes/score.py. */
char      *lectern_quotes_to_json (GPtrArray    *quotes) G_GNUC_WARN_UNUSED_RESULT;

/* The user's correction of a found quotation, kept like entity
 * corrections: "not a quote", or another speaker (NULL: nobody). A speaker
 * for a span that holds no found quotation adds it as one. */
typedef enum
{
  LECTERN_QUOTE_CORRECTION_NOT_QUOTE,
  LECTERN_QUOTE_CORRECTION_SPEAKER,
} LecternQuoteCorrectionKind;

typedef struct
{
  gint64                      id;          /* 0 until stored */
  gint64                      story_id;
  gint64                      start;       /* code points of the quotation */
  gint64                      end;
  LecternQuoteCorrectionKind  kind;
  char                       *speaker;     /* (nullable) SPEAKER: the name */
  gint64                      created_at;  /* unix seconds */
} LecternQuoteCorrection;

LecternQuoteCorrection *lectern_quote_correction_new   (LecternQuoteCorrectionKind  kind,
                                                        gint64                      start,
                                                        gint64                      end,
                                                        const char                 *speaker) G_GNUC_WARN_UNUSED_RESULT;
void                    lectern_quote_correction_free  (LecternQuoteCorrection     *self);
const char             *lectern_quote_correction_kind_to_string   (LecternQuoteCorrectionKind  kind);
gboolean                lectern_quote_correction_kind_from_string (const char                 *str,
                                                                   LecternQuoteCorrectionKind *out_kind);

/* Applies `corrections` (element-type LecternQuoteCorrection), oldest
 * first, to `quotes` of `text`: a correction applies to the quotation of
 * the same span, or one that overlaps it by 80 % of the longer (so that
 * corrections survive changes of the finder). */
void       lectern_quotes_apply_corrections (GPtrArray  *quotes,
                                             const char *text,
                                             GPtrArray  *corrections);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternQuote, lectern_quote_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternQuoteCorrection, lectern_quote_correction_free)

G_END_DECLS
