/* lectern-entity.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity"

#include "config.h"

#include "lectern-entity.h"

static const char *type_names[] = {
  [LECTERN_ENTITY_PERSON] = "person",
  [LECTERN_ENTITY_ORGANIZATION] = "organization",
  [LECTERN_ENTITY_LOCATION] = "location",
  [LECTERN_ENTITY_MISC] = "misc",
};

LecternEntity *
lectern_entity_new (const char        *name,
                    LecternEntityType  type)
{
  LecternEntity *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (LecternEntity, 1);
  self->name = g_strdup (name);
  self->type = type;
  self->forms = g_ptr_array_new_with_free_func (g_free);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (LecternSpan));

  return self;
}

void
lectern_entity_free (LecternEntity *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_ptr_array_unref (self->forms);
  g_array_unref (self->mentions);
  g_free (self);
}

void
lectern_entity_add_form (LecternEntity *self,
                         const char    *form)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (form != NULL);

  for (guint i = 0; i < self->forms->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->forms, i), form) == 0)
      return;

  g_ptr_array_add (self->forms, g_strdup (form));
}

void
lectern_entity_add_mention (LecternEntity *self,
                            gint64         start,
                            gint64         end)
{
  LecternSpan span = { start, end };
  guint i;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start < end);

  /* Keep mentions sorted and unique; entities have few mentions, and they
   * mostly arrive in order, so a backwards scan is cheap. */
  for (i = self->mentions->len; i > 0; i--)
    {
      const LecternSpan *prev = &g_array_index (self->mentions, LecternSpan, i - 1);

      if (prev->start == start && prev->end == end)
        return;
      if (prev->start < start || (prev->start == start && prev->end < end))
        break;
    }

  g_array_insert_val (self->mentions, i, span);
}

const char *
lectern_entity_type_to_string (LecternEntityType type)
{
  g_return_val_if_fail (type <= LECTERN_ENTITY_MISC, "misc");

  return type_names[type];
}

gboolean
lectern_entity_type_from_string (const char        *str,
                                 LecternEntityType *out_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    {
      if (g_strcmp0 (str, type_names[i]) == 0)
        {
          *out_type = (LecternEntityType) i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
append_json_string (GString    *out,
                    const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* A book has tens of thousands of mentions: printf for each pair of
 * offsets cost more than all the rest of the output. */
static void
append_int (GString *out,
            gint64   value)
{
  char digits[24];
  int n = 0;
  guint64 v = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      digits[n++] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);
  if (value < 0)
    g_string_append_c (out, '-');
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

char *
lectern_entities_to_json (GPtrArray *entities)
{
  GString *out = g_string_new ("{\"entities\": [");

  g_return_val_if_fail (entities != NULL, NULL);

  for (guint i = 0; i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);

      g_string_append (out, i == 0 ? "\n  {" : ",\n  {");
      g_string_append (out, "\"name\": ");
      append_json_string (out, entity->name);
      g_string_append (out, ", \"type\": ");
      append_json_string (out, lectern_entity_type_to_string (entity->type));
      g_string_append (out, ", \"forms\": [");
      for (guint j = 0; j < entity->forms->len; j++)
        {
          if (j > 0)
            g_string_append (out, ", ");
          append_json_string (out, g_ptr_array_index (entity->forms, j));
        }
      g_string_append (out, "], \"mentions\": [");
      for (guint j = 0; j < entity->mentions->len; j++)
        {
          const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, j);

          g_string_append (out, j > 0 ? ", [" : "[");
          append_int (out, span->start);
          g_string_append (out, ", ");
          append_int (out, span->end);
          g_string_append_c (out, ']');
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, entities->len > 0 ? "\n]}\n" : "]}\n");

  return g_string_free (out, FALSE);
}
