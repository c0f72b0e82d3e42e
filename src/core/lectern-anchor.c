/* lectern-anchor.c: re-anchoring highlights (W3C TextQuoteSelector style)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-anchor"

#include "config.h"

#include <string.h>

#include "lectern-anchor.h"

/* Quotes longer than this are matched by their two ends, so fuzzy search
 * stays linear in the text. */
#define FUZZY_MAX_PATTERN 64
#define FUZZY_END_LENGTH  32

struct _LecternAnchorText
{
  gunichar *chars;
  gint64    n_chars;
};

typedef struct
{
  gint64 start;
  gint64 end;
  guint  cost;
} Match;

LecternAnchorText *
lectern_anchor_text_new (const char *text)
{
  LecternAnchorText *self;
  glong n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (LecternAnchorText, 1);
  self->chars = g_utf8_to_ucs4_fast (text, -1, &n);
  self->n_chars = n;

  return self;
}

void
lectern_anchor_text_free (LecternAnchorText *self)
{
  if (self == NULL)
    return;

  g_free (self->chars);
  g_free (self);
}

static gunichar *
to_ucs4 (const char *text,
         gint64     *out_len)
{
  glong n = 0;
  gunichar *chars = g_utf8_to_ucs4_fast (text != NULL ? text : "", -1, &n);

  *out_len = n;
  return chars;
}

/* How well the text around [start, end) agrees with the stored context:
 * characters of prefix matching backwards plus suffix matching forwards. */
static gint64
context_score (const LecternAnchorText *text,
               gint64                   start,
               gint64                   end,
               const gunichar          *prefix,
               gint64                   prefix_len,
               const gunichar          *suffix,
               gint64                   suffix_len)
{
  gint64 score = 0;

  for (gint64 i = 1; i <= prefix_len && start - i >= 0; i++)
    {
      if (prefix[prefix_len - i] != text->chars[start - i])
        break;
      score++;
    }
  for (gint64 i = 0; i < suffix_len && end + i < text->n_chars; i++)
    {
      if (suffix[i] != text->chars[end + i])
        break;
      score++;
    }

  return score;
}

/* Whether candidate a beats b: more context, then closer to where the
 * highlight is expected. */
static gboolean
better (gint64 a_score,
        gint64 a_start,
        gint64 b_score,
        gint64 b_start,
        gint64 expected)
{
  if (a_score != b_score)
    return a_score > b_score;

  return ABS (a_start - expected) < ABS (b_start - expected);
}

static gboolean
find_exact (const LecternAnchorText *text,
            const gunichar          *quote,
            gint64                   quote_len,
            const gunichar          *prefix,
            gint64                   prefix_len,
            const gunichar          *suffix,
            gint64                   suffix_len,
            gint64                   expected,
            gint64                  *out_start)
{
  gint64 best = -1, best_score = -1;

  for (gint64 i = 0; i + quote_len <= text->n_chars; i++)
    {
      gint64 score;

      if (text->chars[i] != quote[0]
          || memcmp (text->chars + i, quote, quote_len * sizeof (gunichar)) != 0)
        continue;

      score = context_score (text, i, i + quote_len, prefix, prefix_len, suffix, suffix_len);
      if (best < 0 || better (score, i, best_score, best, expected))
        {
          best = i;
          best_score = score;
        }
    }

  *out_start = best;
  return best >= 0;
}

/* Approximate substring search (Sellers): the places in the text where
 * `pattern` matches with at most `max_cost` edits, best first by cost, then
 * context, then distance from `expected`. Each DP cell carries the start of
 * its alignment so the match's extent is known without a second pass. */
static gboolean
find_fuzzy (const LecternAnchorText *text,
            gint64                   from,
            gint64                   to,
            const gunichar          *pattern,
            gint64                   m,
            guint                    max_cost,
            const gunichar          *prefix,
            gint64                   prefix_len,
            const gunichar          *suffix,
            gint64                   suffix_len,
            gint64                   expected,
            gint64                   min_context,
            Match                   *out_match)
{
  g_autofree guint *cost = g_new (guint, m + 1);
  g_autofree gint64 *origin = g_new (gint64, m + 1);
  gboolean found = FALSE;
  gint64 best_score = -1;

  for (gint64 i = 0; i <= m; i++)
    {
      cost[i] = i;
      origin[i] = 0;
    }

  for (gint64 i = 0; i <= m; i++)
    origin[i] = from;

  for (gint64 j = from; j < to; j++)
    {
      guint diag_cost = 0;     /* row 0 of the previous column */
      gint64 diag_origin = j;  /* a match may start at any position */

      for (gint64 i = 1; i <= m; i++)
        {
          guint up = cost[i - 1] + 1;          /* pattern character missing in text */
          guint left = cost[i] + 1;            /* extra character in text */
          guint sub = diag_cost + (pattern[i - 1] == text->chars[j] ? 0 : 1);
          guint prev_cost = cost[i];
          gint64 prev_origin = origin[i];

          if (sub <= up && sub <= left)
            {
              cost[i] = sub;
              origin[i] = diag_origin;
            }
          else if (up <= left)
            {
              cost[i] = up;
              origin[i] = origin[i - 1];
            }
          else
            {
              cost[i] = left;
              /* origin[i] stays: same start, one more text character. */
            }

          diag_cost = prev_cost;
          diag_origin = prev_origin;
        }
      /* Row 0 is always 0 with origin at the next column. */
      origin[0] = j + 1;

      if (cost[m] <= max_cost)
        {
          gint64 start = origin[m], end = j + 1;
          gint64 score = context_score (text, start, end, prefix, prefix_len, suffix, suffix_len);

          if (score < min_context)
            continue;
          if (!found || cost[m] < out_match->cost
              || (cost[m] == out_match->cost
                  && better (score, start, best_score, out_match->start, expected)))
            {
              out_match->start = start;
              out_match->end = end;
              out_match->cost = cost[m];
              best_score = score;
              found = TRUE;
            }
        }
    }

  return found;
}

/* Searches near where the passage is expected first: the whole text of a
 * long story costs its length times the quote's. */
static gboolean
find_fuzzy_near (const LecternAnchorText *text,
                 const gunichar          *pattern,
                 gint64                   m,
                 guint                    max_cost,
                 const gunichar          *prefix,
                 gint64                   prefix_len,
                 const gunichar          *suffix,
                 gint64                   suffix_len,
                 gint64                   expected,
                 gint64                   min_context,
                 Match                   *out_match)
{
  gint64 reach = 4096 + 8 * m;
  gint64 from = MAX (0, expected - reach);
  gint64 to = MIN (text->n_chars, expected + reach);

  if ((from > 0 || to < text->n_chars)
      && find_fuzzy (text, from, to, pattern, m, max_cost, prefix, prefix_len, suffix,
                     suffix_len, expected, min_context, out_match))
    return TRUE;

  return find_fuzzy (text, 0, text->n_chars, pattern, m, max_cost, prefix, prefix_len, suffix,
                     suffix_len, expected, min_context, out_match);
}

/* Levenshtein distance, stopping early once it must exceed `limit`. */
static guint
edit_distance (const gunichar *a,
               gint64          a_len,
               const gunichar *b,
               gint64          b_len,
               guint           limit)
{
  g_autofree guint *row = g_new (guint, b_len + 1);

  if ((guint) ABS (a_len - b_len) > limit)
    return limit + 1;

  for (gint64 j = 0; j <= b_len; j++)
    row[j] = j;

  for (gint64 i = 1; i <= a_len; i++)
    {
      guint diag = row[0];
      guint row_min;

      row[0] = i;
      row_min = row[0];
      for (gint64 j = 1; j <= b_len; j++)
        {
          guint up = row[j];
          guint value = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] == b[j - 1] ? 0 : 1));

          diag = up;
          row[j] = value;
          row_min = MIN (row_min, value);
        }
      if (row_min > limit)
        return limit + 1;
    }

  return row[b_len];
}

static gboolean
locate_fuzzy (const LecternAnchorText *text,
              const gunichar          *quote,
              gint64                   m,
              const gunichar          *prefix,
              gint64                   prefix_len,
              const gunichar          *suffix,
              gint64                   suffix_len,
              gint64                   expected,
              Match                   *out_match)
{
  guint max_cost = m / 4;
  Match head, tail;
  guint end_cost = FUZZY_END_LENGTH / 4;

  /* Too short to tell a close match from a coincidence. */
  if (m < 4 || max_cost == 0)
    return FALSE;

  if (m <= FUZZY_MAX_PATTERN)
    {
      /* A short quote with a few edits is easy to find by chance: some of
       * its context must agree too. */
      gint64 min_context = m < 32 ? MIN (4, prefix_len + suffix_len) : 0;

      return find_fuzzy_near (text, quote, m, max_cost, prefix, prefix_len, suffix, suffix_len,
                              expected, min_context, out_match);
    }

  /* A long quote: find both ends (with the context on their outer side),
   * then check the whole passage between them. */
  if (!find_fuzzy_near (text, quote, FUZZY_END_LENGTH, end_cost, prefix, prefix_len, NULL, 0,
                        expected, 0, &head))
    return FALSE;
  if (!find_fuzzy_near (text, quote + m - FUZZY_END_LENGTH, FUZZY_END_LENGTH, end_cost, NULL, 0,
                        suffix, suffix_len, head.start + m - FUZZY_END_LENGTH, 0, &tail))
    return FALSE;
  if (tail.end <= head.start)
    return FALSE;

  out_match->start = head.start;
  out_match->end = tail.end;
  out_match->cost = edit_distance (quote, m, text->chars + head.start, tail.end - head.start,
                                   max_cost);
  return out_match->cost <= max_cost;
}

static char *
ucs4_substring (const LecternAnchorText *text,
                gint64                   start,
                gint64                   end)
{
  start = CLAMP (start, 0, text->n_chars);
  end = CLAMP (end, start, text->n_chars);

  return g_ucs4_to_utf8 (text->chars + start, end - start, NULL, NULL, NULL);
}

static void
place (const LecternAnchorText *text,
       LecternHighlight        *highlight,
       gint64                   start,
       gint64                   end)
{
  highlight->start = start;
  highlight->end = end;
  g_free (highlight->quote);
  highlight->quote = ucs4_substring (text, start, end);
  g_free (highlight->prefix);
  highlight->prefix = ucs4_substring (text, start - LECTERN_ANCHOR_CONTEXT, start);
  g_free (highlight->suffix);
  highlight->suffix = ucs4_substring (text, end, end + LECTERN_ANCHOR_CONTEXT);
  highlight->orphaned = FALSE;
}

LecternAnchorResult
lectern_anchor_highlight (LecternAnchorText *text,
                          LecternHighlight  *highlight,
                          gint64             old_n_chars)
{
  g_autofree gunichar *quote = NULL;
  g_autofree gunichar *prefix = NULL;
  g_autofree gunichar *suffix = NULL;
  gint64 quote_len, prefix_len, suffix_len, expected, found;
  Match match = { 0, };

  g_return_val_if_fail (text != NULL, LECTERN_ANCHOR_ORPHANED);
  g_return_val_if_fail (highlight != NULL, LECTERN_ANCHOR_ORPHANED);

  quote = to_ucs4 (highlight->quote, &quote_len);
  prefix = to_ucs4 (highlight->prefix, &prefix_len);
  suffix = to_ucs4 (highlight->suffix, &suffix_len);

  if (quote_len == 0)
    {
      highlight->orphaned = TRUE;
      return LECTERN_ANCHOR_ORPHANED;
    }

  /* 1. Where it was. */
  if (highlight->start >= 0 && highlight->end - highlight->start == quote_len
      && highlight->end <= text->n_chars
      && memcmp (text->chars + highlight->start, quote, quote_len * sizeof (gunichar)) == 0)
    {
      gboolean was_orphaned = highlight->orphaned;

      place (text, highlight, highlight->start, highlight->end);
      return was_orphaned ? LECTERN_ANCHOR_MOVED : LECTERN_ANCHOR_UNCHANGED;
    }

  /* Where it would be if the text grew or shrank evenly. */
  expected = highlight->start;
  if (old_n_chars > 0)
    expected = (gint64) ((double) highlight->start * text->n_chars / old_n_chars);

  /* 2. The exact quote, the copy with the best context. */
  if (find_exact (text, quote, quote_len, prefix, prefix_len, suffix, suffix_len, expected,
                  &found))
    {
      place (text, highlight, found, found + quote_len);
      return LECTERN_ANCHOR_MOVED;
    }

  /* 3. A close match. */
  if (locate_fuzzy (text, quote, quote_len, prefix, prefix_len, suffix, suffix_len, expected,
                    &match))
    {
      place (text, highlight, match.start, match.end);
      return LECTERN_ANCHOR_FUZZY;
    }

  /* 4. Keep it, with its quote, for the person to place or delete. */
  highlight->orphaned = TRUE;
  return LECTERN_ANCHOR_ORPHANED;
}
