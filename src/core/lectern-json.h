/* lectern-json.h: the little JSON Lectern writes and reads
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LECTERN_JSON_ERROR (lectern_json_error_quark ())

typedef enum
{
  LECTERN_JSON_ERROR_INVALID,
} LecternJsonError;

typedef enum
{
  LECTERN_JSON_NULL,
  LECTERN_JSON_BOOLEAN,
  LECTERN_JSON_NUMBER,
  LECTERN_JSON_STRING,
  LECTERN_JSON_ARRAY,
  LECTERN_JSON_OBJECT,
} LecternJsonType;

typedef struct _LecternJsonNode LecternJsonNode;

struct _LecternJsonNode
{
  LecternJsonType  type;
  gboolean         boolean;
  double           number;
  char            *string;   /* STRING: UTF-8, may not contain U+0000 */
  GPtrArray       *items;    /* ARRAY: nodes; OBJECT: members, in order */
};

typedef struct
{
  char            *name;
  LecternJsonNode *value;
} LecternJsonMember;

GQuark           lectern_json_error_quark       (void);

/* Appends `text` (UTF-8) as a JSON string literal, quotes included. */
void             lectern_json_append_string     (GString               *out,
                                                 const char            *text);

/* Parses RFC 8259 JSON (nesting up to 128 levels). Errors give the line
 * and column. */
LecternJsonNode *lectern_json_parse             (const char            *text,
                                                 gssize                 length,
                                                 GError               **error) G_GNUC_WARN_UNUSED_RESULT;
void             lectern_json_node_free         (LecternJsonNode       *node);

/* Lookups that return NULL (or FALSE) when the node is not of the right
 * type, so callers can probe without checking each step. */
LecternJsonNode *lectern_json_object_get        (const LecternJsonNode *node,
                                                 const char            *name);
const char      *lectern_json_object_get_string (const LecternJsonNode *node,
                                                 const char            *name);
gboolean         lectern_json_object_get_int    (const LecternJsonNode *node,
                                                 const char            *name,
                                                 gint64                *out_value);
gboolean         lectern_json_object_get_boolean (const LecternJsonNode *node,
                                                  const char            *name,
                                                  gboolean               fallback);
guint            lectern_json_array_length      (const LecternJsonNode *node);
LecternJsonNode *lectern_json_array_get         (const LecternJsonNode *node,
                                                 guint                  index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternJsonNode, lectern_json_node_free)

G_END_DECLS
