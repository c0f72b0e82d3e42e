/* lectern-entity.h: a person or organization found in a story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-types.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 start;  /* code points into the story's text */
  gint64 end;    /* exclusive */
} LecternSpan;

/* One entry per real-world entity: its display name (the longest form used),
 * every surface form met in the story, and every mention, sorted by start. */
struct _LecternEntity
{
  char              *name;
  LecternEntityType  type;
  GPtrArray         *forms;     /* (element-type utf8) */
  GArray            *mentions;  /* (element-type LecternSpan) */
};

LecternEntity *lectern_entity_new         (const char        *name,
                                           LecternEntityType  type) G_GNUC_WARN_UNUSED_RESULT;
void           lectern_entity_free        (LecternEntity     *self);
void           lectern_entity_add_form    (LecternEntity     *self,
                                           const char        *form);
void           lectern_entity_add_mention (LecternEntity     *self,
                                           gint64             start,
                                           gint64             end);
const char    *lectern_entity_type_to_string   (LecternEntityType  type);
gboolean       lectern_entity_type_from_string (const char        *str,
                                                LecternEntityType *out_type);

/* Serializes a list of entities in the format of ../shared/entities/GUIDELINES.md:
 * {"entities": [{"name", "type", "forms", "mentions"}, …]}. */
char          *lectern_entities_to_json   (GPtrArray         *entities) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternEntity, lectern_entity_free)

G_END_DECLS
