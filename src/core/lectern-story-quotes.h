/* lectern-story-quotes.h: the quotations found in each story, stored with
 * their speakers for the entity pages and dossiers
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "lectern-quotes.h"
#include "lectern-store.h"

G_BEGIN_DECLS

/* A quotation the quote finder attributes to a person or organization in
 * one story (with the user's quotation corrections). */
typedef struct
{
  gint64  story_id;
  gint64  start;          /* code points into the story's text */
  gint64  end;            /* exclusive */
  char   *quote;          /* the words */
  char   *speaker;        /* the entity's name as that story gives it */
  char   *speaker_text;   /* (nullable) the phrase naming it, as written */
} LecternEntityQuote;

void        lectern_entity_quote_free          (LecternEntityQuote *self);

/* Stores the quotations of `quotes` (element-type LecternQuote) of story
 * `story_id`, whose text is `text`, that have a speaker, in place of the
 * story's earlier ones. Called inside the batch that writes the story's
 * list of entities. */
gboolean    lectern_story_quotes_put_sync      (LecternStore  *store,
                                                gint64         story_id,
                                                const char    *text,
                                                GPtrArray     *quotes,
                                                GError       **error);
/* Finds, corrects and stores the quotations of `story` given its
 * corrected `entities`. */
gboolean    lectern_story_quotes_update_sync   (LecternStore  *store,
                                                LecternStory  *story,
                                                GPtrArray     *entities,
                                                GError       **error);
/* (element-type LecternEntityQuote) (transfer full) (nullable): the stored
 * quotations whose speaker's key (lectern_search_fold() of the name) is
 * one of `keys`, story by story in the order of `story_ids` (gint64),
 * then by place. `db` is the store's, locked by the caller. */
GPtrArray  *lectern_story_quotes_for_keys      (sqlite3       *db,
                                                GPtrArray     *keys,
                                                GArray        *story_ids,
                                                GError       **error);

/* Whether lectern_story_quotes_for_keys_first() keeps `quote` (its place
 * only: no text yet). */
typedef gboolean (*LecternStoryQuoteFilter) (const LecternEntityQuote *quote,
                                             gpointer                  user_data);
/* The same, without those `keep` (nullable) refuses, and only the first
 * `limit` with their words; `out_n_kept` (nullable) counts them all. */
GPtrArray  *lectern_story_quotes_for_keys_first (sqlite3                 *db,
                                                 GPtrArray               *keys,
                                                 GArray                  *story_ids,
                                                 LecternStoryQuoteFilter  keep,
                                                 gpointer                 user_data,
                                                 guint                    limit,
                                                 guint                   *out_n_kept,
                                                 GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternEntityQuote, lectern_entity_quote_free)

G_END_DECLS
