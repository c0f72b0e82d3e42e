/* lectern-tokenizer.h: words and sentences of UTF-8 text, with offsets
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LECTERN_TOKEN_SENTENCE_START = 1 << 0,  /* first token of a sentence */
  LECTERN_TOKEN_LINE_START     = 1 << 1,  /* first token of a line */
  LECTERN_TOKEN_WORD           = 1 << 2,  /* has a letter or a digit */
  LECTERN_TOKEN_SPACE_BEFORE   = 1 << 3,  /* white space before it */
} LecternTokenFlags;

/* Offsets are 32-bit to keep tokens small; texts are limited to
 * LECTERN_TOKENIZER_MAX_BYTES. */
typedef struct
{
  guint32 byte_start;
  guint32 byte_len;
  guint32 cp_start;   /* code points from the start of the text */
  guint32 cp_len;
  guint32 flags;      /* LecternTokenFlags */
} LecternToken;

#define LECTERN_TOKENIZER_MAX_BYTES ((gsize) G_MAXINT32)
/* A sentence is cut after this many tokens so that per-sentence work stays
 * bounded on text without punctuation. */
#define LECTERN_TOKENIZER_MAX_SENTENCE 200

/* Appends the tokens of `text[0, length)` to `tokens` (element-type
 * LecternToken). The text must be valid UTF-8 and shorter than
 * LECTERN_TOKENIZER_MAX_BYTES. Returns the number of tokens appended. */
guint    lectern_tokenize              (const char *text,
                                        gsize       length,
                                        GArray     *tokens);

/* Whether `word` (length bytes, no final dot) is an abbreviation that keeps
 * its dot, such as "M", "Mr", "Inc" or "U.S". */
gboolean lectern_tokenizer_is_abbrev   (const char *word,
                                        gsize       length);

G_END_DECLS
