/* lectern-json.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-json"

#include "config.h"

#include <string.h>

#include "lectern-json.h"

void
lectern_json_append_string (GString    *out,
                            const char *text)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          /* U+2028 and U+2029 are valid JSON but break JavaScript parsers;
           * "</" is escaped so JSON can sit inside an HTML script element. */
          if (c < 0x20 || c == 0x2028 || c == 0x2029)
            g_string_append_printf (out, "\\u%04X", c);
          else if (c == '/' && p > text && p[-1] == '<')
            g_string_append (out, "\\/");
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

G_DEFINE_QUARK (lectern-json-error-quark, lectern_json_error)

#define MAX_DEPTH 128

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  GError    **error;
} Parser;

static LecternJsonNode *
node_new (LecternJsonType type)
{
  LecternJsonNode *node = g_new0 (LecternJsonNode, 1);

  node->type = type;
  return node;
}

static void
member_free (gpointer pointer)
{
  LecternJsonMember *member = pointer;

  g_free (member->name);
  lectern_json_node_free (member->value);
  g_free (member);
}

void
lectern_json_node_free (LecternJsonNode *node)
{
  if (node == NULL)
    return;

  g_free (node->string);
  if (node->items != NULL)
    g_ptr_array_unref (node->items);
  g_free (node);
}

G_GNUC_PRINTF (2, 3)
static void
parse_error (Parser     *parser,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  int line = 1, column = 1;
  va_list args;

  if (parser->error == NULL || *parser->error != NULL)
    return;

  for (const char *q = parser->start; q < parser->p && q < parser->end; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xc0) != 0x80)
        column++;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (parser->error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_INVALID,
               "line %d, column %d: %s", line, column, message);
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end
         && (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
    parser->p++;
}

static gboolean
expect_word (Parser     *parser,
             const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (parser->end - parser->p) < len || memcmp (parser->p, word, len) != 0)
    {
      parse_error (parser, "unexpected character");
      return FALSE;
    }
  parser->p += len;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser   *parser,
           gunichar *out)
{
  gunichar value = 0;

  if (parser->end - parser->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (parser->p[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + digit;
    }
  parser->p += 4;
  *out = value;
  return TRUE;
}

static char *
parse_string (Parser *parser)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert (*parser->p == '"');
  parser->p++;

  while (parser->p < parser->end)
    {
      guchar c = *parser->p;

      if (c == '"')
        {
          parser->p++;
          if (!g_utf8_validate (out->str, out->len, NULL))
            {
              parse_error (parser, "string is not valid UTF-8");
              return NULL;
            }
          return g_string_free (g_steal_pointer (&out), FALSE);
        }
      if (c < 0x20)
        {
          parse_error (parser, "control character in string");
          return NULL;
        }
      if (c != '\\')
        {
          g_string_append_c (out, c);
          parser->p++;
          continue;
        }

      parser->p++;
      if (parser->p >= parser->end)
        break;
      switch (*parser->p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar cp, low;

            if (!read_hex4 (parser, &cp))
              {
                parse_error (parser, "bad \\u escape");
                return NULL;
              }
            if (cp >= 0xd800 && cp <= 0xdbff)
              {
                /* A surrogate pair: the low half must follow. */
                if (parser->end - parser->p < 6 || parser->p[0] != '\\' || parser->p[1] != 'u')
                  {
                    parse_error (parser, "unpaired surrogate");
                    return NULL;
                  }
                parser->p += 2;
                if (!read_hex4 (parser, &low) || low < 0xdc00 || low > 0xdfff)
                  {
                    parse_error (parser, "unpaired surrogate");
                    return NULL;
                  }
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
              }
            else if (cp >= 0xdc00 && cp <= 0xdfff)
              {
                parse_error (parser, "unpaired surrogate");
                return NULL;
              }
            if (cp == 0)
              {
                /* C strings cannot hold it, and no text of ours has it. */
                parse_error (parser, "\\u0000 is not supported");
                return NULL;
              }
            g_string_append_unichar (out, cp);
          }
          break;
        default:
          parse_error (parser, "bad escape in string");
          return NULL;
        }
    }

  parse_error (parser, "unterminated string");
  return NULL;
}

static LecternJsonNode *
parse_number (Parser *parser)
{
  const char *q = parser->p;
  g_autofree char *copy = NULL;
  LecternJsonNode *node;

  /* Check the JSON grammar; strtod alone accepts more (hex, inf, "+1"). */
  if (q < parser->end && *q == '-')
    q++;
  if (q < parser->end && *q == '0')
    q++;
  else if (q < parser->end && g_ascii_isdigit (*q))
    while (q < parser->end && g_ascii_isdigit (*q))
      q++;
  else
    {
      parse_error (parser, "bad number");
      return NULL;
    }
  if (q < parser->end && *q == '.')
    {
      q++;
      if (q >= parser->end || !g_ascii_isdigit (*q))
        {
          parse_error (parser, "bad number");
          return NULL;
        }
      while (q < parser->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < parser->end && (*q == 'e' || *q == 'E'))
    {
      q++;
      if (q < parser->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= parser->end || !g_ascii_isdigit (*q))
        {
          parse_error (parser, "bad number");
          return NULL;
        }
      while (q < parser->end && g_ascii_isdigit (*q))
        q++;
    }

  copy = g_strndup (parser->p, q - parser->p);
  node = node_new (LECTERN_JSON_NUMBER);
  node->number = g_ascii_strtod (copy, NULL);
  parser->p = q;
  return node;
}

static LecternJsonNode *parse_value (Parser *parser,
                                     int     depth);

static LecternJsonNode *
parse_array (Parser *parser,
             int     depth)
{
  g_autoptr(LecternJsonNode) node = node_new (LECTERN_JSON_ARRAY);

  node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_json_node_free);
  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  while (TRUE)
    {
      LecternJsonNode *item = parse_value (parser, depth + 1);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (node->items, item);
      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == ']')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      parse_error (parser, "expected “,” or “]”");
      return NULL;
    }
}

static LecternJsonNode *
parse_object (Parser *parser,
              int     depth)
{
  g_autoptr(LecternJsonNode) node = node_new (LECTERN_JSON_OBJECT);

  node->items = g_ptr_array_new_with_free_func (member_free);
  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  while (TRUE)
    {
      LecternJsonMember *member;
      char *name;
      LecternJsonNode *value;

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        {
          parse_error (parser, "expected a member name");
          return NULL;
        }
      name = parse_string (parser);
      if (name == NULL)
        return NULL;
      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        {
          g_free (name);
          parse_error (parser, "expected “:”");
          return NULL;
        }
      parser->p++;
      value = parse_value (parser, depth + 1);
      if (value == NULL)
        {
          g_free (name);
          return NULL;
        }
      member = g_new0 (LecternJsonMember, 1);
      member->name = name;
      member->value = value;
      g_ptr_array_add (node->items, member);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      parse_error (parser, "expected “,” or “}”");
      return NULL;
    }
}

static LecternJsonNode *
parse_value (Parser *parser,
             int     depth)
{
  LecternJsonNode *node;

  if (depth > MAX_DEPTH)
    {
      parse_error (parser, "nested too deeply");
      return NULL;
    }

  skip_space (parser);
  if (parser->p >= parser->end)
    {
      parse_error (parser, "unexpected end of input");
      return NULL;
    }

  switch (*parser->p)
    {
    case '{':
      return parse_object (parser, depth);
    case '[':
      return parse_array (parser, depth);
    case '"':
      {
        char *string = parse_string (parser);

        if (string == NULL)
          return NULL;
        node = node_new (LECTERN_JSON_STRING);
        node->string = string;
        return node;
      }
    case 't':
      if (!expect_word (parser, "true"))
        return NULL;
      node = node_new (LECTERN_JSON_BOOLEAN);
      node->boolean = TRUE;
      return node;
    case 'f':
      if (!expect_word (parser, "false"))
        return NULL;
      return node_new (LECTERN_JSON_BOOLEAN);
    case 'n':
      if (!expect_word (parser, "null"))
        return NULL;
      return node_new (LECTERN_JSON_NULL);
    default:
      return parse_number (parser);
    }
}

LecternJsonNode *
lectern_json_parse (const char  *text,
                    gssize       length,
                    GError     **error)
{
  Parser parser;
  g_autoptr(LecternJsonNode) node = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);

  parser.start = text;
  parser.p = text;
  parser.end = text + length;
  parser.error = error;

  /* A UTF-8 BOM, as some editors write. */
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    parser.p += 3;

  node = parse_value (&parser, 0);
  if (node == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p != parser.end)
    {
      parse_error (&parser, "unexpected text after the value");
      return NULL;
    }

  return g_steal_pointer (&node);
}

LecternJsonNode *
lectern_json_object_get (const LecternJsonNode *node,
                         const char            *name)
{
  if (node == NULL || node->type != LECTERN_JSON_OBJECT)
    return NULL;

  for (guint i = 0; i < node->items->len; i++)
    {
      const LecternJsonMember *member = g_ptr_array_index (node->items, i);

      if (g_str_equal (member->name, name))
        return member->value;
    }

  return NULL;
}

const char *
lectern_json_object_get_string (const LecternJsonNode *node,
                                const char            *name)
{
  const LecternJsonNode *value = lectern_json_object_get (node, name);

  return value != NULL && value->type == LECTERN_JSON_STRING ? value->string : NULL;
}

gboolean
lectern_json_object_get_int (const LecternJsonNode *node,
                             const char            *name,
                             gint64                *out_value)
{
  const LecternJsonNode *value = lectern_json_object_get (node, name);

  /* Doubles hold integers exactly up to 2^53. */
  if (value == NULL || value->type != LECTERN_JSON_NUMBER
      || !(ABS (value->number) <= 9007199254740992.0)
      || value->number != (double) (gint64) value->number)
    return FALSE;

  *out_value = (gint64) value->number;
  return TRUE;
}

gboolean
lectern_json_object_get_boolean (const LecternJsonNode *node,
                                 const char            *name,
                                 gboolean               fallback)
{
  const LecternJsonNode *value = lectern_json_object_get (node, name);

  return value != NULL && value->type == LECTERN_JSON_BOOLEAN ? value->boolean : fallback;
}

guint
lectern_json_array_length (const LecternJsonNode *node)
{
  return node != NULL && node->type == LECTERN_JSON_ARRAY ? node->items->len : 0;
}

LecternJsonNode *
lectern_json_array_get (const LecternJsonNode *node,
                        guint                  index)
{
  if (node == NULL || node->type != LECTERN_JSON_ARRAY || index >= node->items->len)
    return NULL;

  return g_ptr_array_index (node->items, index);
}
