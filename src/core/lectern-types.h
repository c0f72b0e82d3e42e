/* lectern-types.h
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LecternStory     LecternStory;
typedef struct _LecternHighlight LecternHighlight;
typedef struct _LecternEntity    LecternEntity;
typedef struct _LecternStore     LecternStore;

/* Kinds of block the structure detector finds in plain text. Offsets of a
 * block are code points into the story's text. */
typedef enum
{
  LECTERN_BLOCK_TITLE,
  LECTERN_BLOCK_HEADING,
  LECTERN_BLOCK_PARAGRAPH,
  LECTERN_BLOCK_DROPPED,  /* scraping leftovers hidden from the reading view */
  /* Kinds only structured sources (web pages, Markdown, EPUB) give. */
  LECTERN_BLOCK_QUOTE,
  LECTERN_BLOCK_LIST_ITEM,
  LECTERN_BLOCK_CAPTION,
  LECTERN_BLOCK_PREFORMATTED,
} LecternBlockKind;

typedef struct
{
  LecternBlockKind kind;
  gint64           start;  /* code points, inclusive */
  gint64           end;    /* code points, exclusive, without the line break */
} LecternBlock;

typedef enum
{
  LECTERN_ENTITY_PERSON,
  LECTERN_ENTITY_ORGANIZATION,
  LECTERN_ENTITY_LOCATION,
  LECTERN_ENTITY_MISC,
} LecternEntityType;

G_END_DECLS
