/* lectern-markdown-story.c: Markdown files as structured stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libcmark parses; we walk its tree and keep the text of each block with
 * its kind, so the reader sees headings, quotes and lists, never a `#` or
 * a `*`. Raw HTML in the file is left out rather than shown as markup.
 */

#define G_LOG_DOMAIN "lectern-markdown-story"

#include "config.h"

#include <string.h>

#include <cmark.h>

#include "lectern-article.h"
#include "lectern-markdown-story.h"

typedef struct
{
  GString          *text;
  GArray           *blocks;
  gint64            n_chars;
  GString          *block;
  LecternBlockKind  kind;
} Walk;

static void
flush (Walk *walk)
{
  g_autofree char *block = g_strstrip (g_strdup (walk->block->str));

  if (*block != '\0')
    lectern_article_append_block (walk->text, walk->blocks, &walk->n_chars, walk->kind, block);
  g_string_truncate (walk->block, 0);
}

/* The kind a paragraph gets from the blocks that contain it. */
static LecternBlockKind
kind_of (cmark_node *node)
{
  for (cmark_node *n = cmark_node_parent (node); n != NULL; n = cmark_node_parent (n))
    switch (cmark_node_get_type (n))
      {
      case CMARK_NODE_ITEM:
        return LECTERN_BLOCK_LIST_ITEM;
      case CMARK_NODE_BLOCK_QUOTE:
        return LECTERN_BLOCK_QUOTE;
      default:
        break;
      }

  return LECTERN_BLOCK_PARAGRAPH;
}

/* "• " or "3. " before the first paragraph of a list item. */
static void
append_marker (Walk       *walk,
               cmark_node *paragraph)
{
  cmark_node *item = cmark_node_parent (paragraph);
  cmark_node *list;
  int n = 0;

  if (item == NULL || cmark_node_get_type (item) != CMARK_NODE_ITEM
      || cmark_node_first_child (item) != paragraph)
    return;
  list = cmark_node_parent (item);
  if (list == NULL || cmark_node_get_list_type (list) != CMARK_ORDERED_LIST)
    {
      g_string_append (walk->block, "• ");
      return;
    }

  for (cmark_node *sibling = cmark_node_first_child (list); sibling != item;
       sibling = cmark_node_next (sibling))
    n++;
  g_string_append_printf (walk->block, "%d. ", cmark_node_get_list_start (list) + n);
}

/* A YAML front matter block: "title:", "author:", "date:" … lines between
 * two "---" lines at the very start. Returns where the Markdown starts. */
static const char *
read_front_matter (const char   *text,
                   GHashTable   *fields)
{
  const char *p = text;
  const char *end;

  if (!g_str_has_prefix (p, "---\n") && !g_str_has_prefix (p, "---\r\n"))
    return text;
  p = strchr (p, '\n') + 1;
  end = strstr (p, "\n---");
  if (end == NULL)
    return text;

  {
    g_autofree char *block = g_strndup (p, end - p);
    g_auto(GStrv) lines = g_strsplit (block, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        char *colon = strchr (lines[i], ':');
        g_autofree char *key = NULL;
        char *value;

        if (colon == NULL || g_ascii_isspace (lines[i][0]))
          continue;
        key = g_ascii_strdown (lines[i], colon - lines[i]);
        value = g_strstrip (g_strdup (colon + 1));
        /* Quoted YAML scalars */
        if (strlen (value) >= 2 && (value[0] == '"' || value[0] == '\'')
            && value[strlen (value) - 1] == value[0])
          {
            value[strlen (value) - 1] = '\0';
            memmove (value, value + 1, strlen (value));
          }
        g_hash_table_insert (fields, g_strstrip (g_steal_pointer (&key)), value);
      }
  }

  end = strchr (end + 1, '\n');
  return end != NULL ? end + 1 : text + strlen (text);
}

static const char *
field (GHashTable *fields,
       const char *a,
       const char *b)
{
  const char *value = g_hash_table_lookup (fields, a);

  if ((value == NULL || *value == '\0') && b != NULL)
    value = g_hash_table_lookup (fields, b);
  return value != NULL ? value : "";
}

LecternStory *
lectern_markdown_read (const char *text,
                       const char *source,
                       const char *fallback_title)
{
  g_autoptr(GHashTable) fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  g_autofree char *title = NULL;
  const char *body;
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  Walk walk = { 0, };
  LecternStory *story;

  g_return_val_if_fail (text != NULL, NULL);

  body = read_front_matter (text, fields);
  if (*field (fields, "title", NULL) != '\0')
    {
      title = g_strdup (field (fields, "title", NULL));
      lectern_article_append_block (out, blocks, &walk.n_chars, LECTERN_BLOCK_TITLE, title);
    }

  walk.text = out;
  walk.blocks = blocks;
  walk.block = g_string_new (NULL);
  walk.kind = LECTERN_BLOCK_PARAGRAPH;

  document = cmark_parse_document (body, strlen (body), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      gboolean enter = event == CMARK_EVENT_ENTER;

      switch (type)
        {
        case CMARK_NODE_HEADING:
          if (enter)
            {
              /* A first heading before any text is the title. */
              walk.kind = title == NULL && blocks->len == 0 ? LECTERN_BLOCK_TITLE
                                                            : LECTERN_BLOCK_HEADING;
            }
          else
            {
              if (walk.kind == LECTERN_BLOCK_TITLE)
                title = g_strstrip (g_strdup (walk.block->str));
              flush (&walk);
            }
          break;
        case CMARK_NODE_PARAGRAPH:
          if (enter)
            {
              walk.kind = kind_of (node);
              append_marker (&walk, node);
            }
          else
            {
              flush (&walk);
            }
          break;
        case CMARK_NODE_CODE_BLOCK:
          walk.kind = LECTERN_BLOCK_PREFORMATTED;
          g_string_append (walk.block, cmark_node_get_literal (node));
          g_strchomp (walk.block->str);
          walk.block->len = strlen (walk.block->str);
          flush (&walk);
          break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          g_string_append (walk.block, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (walk.block, ' ');
          break;
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (walk.block, '\n');
          break;
        case CMARK_NODE_NONE: case CMARK_NODE_IMAGE: case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST: case CMARK_NODE_ITEM: case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_CUSTOM_BLOCK: case CMARK_NODE_THEMATIC_BREAK: case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CUSTOM_INLINE: case CMARK_NODE_EMPH: case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  cmark_node_free (document);
  g_string_free (walk.block, TRUE);

  if (title == NULL || *title == '\0')
    {
      g_free (title);
      title = g_strdup (fallback_title != NULL ? fallback_title : "");
    }

  story = lectern_story_new (title, source, out->str);
  lectern_story_set_blocks (story, blocks);
  g_free (story->author);
  story->author = g_strdup (field (fields, "author", "byline"));
  g_free (story->url);
  story->url = g_strdup (field (fields, "url", "source"));
  g_free (story->published);
  story->published = g_strdup (field (fields, "date", "published"));
  g_free (story->site);
  story->site = g_strdup (field (fields, "site", "publication"));
  g_free (story->lang);
  story->lang = g_strdup (field (fields, "lang", "language"));

  return story;
}

gboolean
lectern_markdown_sniff (const char *text)
{
  guint signals = 0;
  const char *p = text;
  guint lines = 0;

  /* Look at the first lines only: Markdown shows itself early. */
  while (*p != '\0' && lines < 200 && signals < 2)
    {
      const char *eol = strchr (p, '\n');
      gsize len = eol != NULL ? (gsize) (eol - p) : strlen (p);
      g_autofree char *line = g_strndup (p, len);

      if (g_regex_match_simple ("^#{1,6} \\S", line, 0, 0)
          || g_regex_match_simple ("^```", line, 0, 0)
          || g_regex_match_simple ("\\[[^]]+\\]\\([^)\\s]+\\)", line, 0, 0)
          || g_regex_match_simple ("(^|\\s)\\*\\*\\S[^*]*\\*\\*", line, 0, 0)
          || g_regex_match_simple ("^(---|===)+\\s*$", line, 0, 0))
        signals++;

      lines++;
      p = eol != NULL ? eol + 1 : p + len;
    }

  return signals >= 2;
}
