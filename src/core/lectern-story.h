/* lectern-story.h
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lectern-types.h"

G_BEGIN_DECLS

/* A story as stored in the library. `text` is the UTF-8 text exactly as it
 * was read from its file (after decoding to UTF-8); every offset in Lectern
 * (blocks, highlights, entity mentions) counts Unicode code points in it. */
struct _LecternStory
{
  gint64  id;             /* 0 until stored */
  char   *title;
  char   *source;         /* path or URI it came from, "" for the clipboard */
  char   *text;
  gint64  n_chars;        /* code points in text */
  char   *encoding;       /* "UTF-8", "WINDOWS-1252", … as detected on import */
  gint64  imported_at;    /* unix seconds */
  gint64  modified_at;    /* unix seconds, when its text last changed */
  char   *author;         /* "" when unknown */
  char   *url;            /* where it was published, "" when unknown */
  char   *uuid;           /* stable across exports and libraries; NULL until stored */
  char   *site;           /* the publication or site's name, "" when unknown */
  char   *published;      /* publication date as the source gives it (ISO 8601), or "" */
  char   *lang;           /* language tag ("fr", "en-GB"), "" when unknown */
  GArray *blocks;         /* (nullable) (element-type LecternBlock): the structure a web
                           * page, Markdown file or e-book gave; NULL: detected from lines */
};

#define LECTERN_TYPE_STORY (lectern_story_get_type ())

GType         lectern_story_get_type   (void) G_GNUC_CONST;
LecternStory *lectern_story_new        (const char         *title,
                                        const char         *source,
                                        const char         *text) G_GNUC_WARN_UNUSED_RESULT;
LecternStory *lectern_story_ref        (LecternStory       *self);
void          lectern_story_unref      (LecternStory       *self);
/* (transfer full): the structure of the text, computed on demand. */
GArray       *lectern_story_get_blocks (const LecternStory *self) G_GNUC_WARN_UNUSED_RESULT;
/* Takes a copy of `blocks` (nullable) as the story's given structure. */
void          lectern_story_set_blocks (LecternStory       *self,
                                        GArray             *blocks);

/* Metadata, "" when unknown. */
const char   *lectern_story_get_author    (const LecternStory *self);
const char   *lectern_story_get_url       (const LecternStory *self);
const char   *lectern_story_get_site      (const LecternStory *self);
const char   *lectern_story_get_published (const LecternStory *self);
const char   *lectern_story_get_lang      (const LecternStory *self);
/* "fr" or "en": the language of the metadata, or else a guess from the
 * start of the text; "" for another language or when it cannot tell. */
const char   *lectern_story_guess_lang    (const LecternStory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternStory, lectern_story_unref)

G_END_DECLS
