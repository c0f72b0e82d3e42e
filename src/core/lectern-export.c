/* lectern-export.c: a story's notes in other formats
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-export"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "lectern-export.h"
#include "lectern-json.h"
#include "lectern-markdown.h"

#include <glib/gi18n.h>

/* File names longer than this (in code points, before the extension) are
 * cut; most file systems allow 255 bytes. */
#define FILENAME_MAX_CHARS 80

/* A YAML double-quoted scalar: the only style where every string, including
 * "---", "no", "#x" and "a: b", stays a string. */
static void
append_yaml_string (GString    *out,
                    const char *text)
{
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
        case 0x85: g_string_append (out, "\\N"); break;
        case 0xA0: g_string_append (out, "\\_"); break;
        case 0x2028: g_string_append (out, "\\L"); break;
        case 0x2029: g_string_append (out, "\\P"); break;
        case 0xFEFF: g_string_append (out, "\\uFEFF"); break;
        default:
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
            g_string_append_printf (out, "\\x%02X", c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_yaml_list (GString    *out,
                  const char *key,
                  GPtrArray  *names)
{
  g_string_append_printf (out, "%s:", key);
  if (names->len == 0)
    {
      g_string_append (out, " []\n");
      return;
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < names->len; i++)
    {
      g_string_append (out, "  - ");
      append_yaml_string (out, g_ptr_array_index (names, i));
      g_string_append_c (out, '\n');
    }
}

/* Escapes text so Markdown shows it literally: every ASCII punctuation
 * character that can start markup gets a backslash (CommonMark allows one
 * before any ASCII punctuation; "^" too, or " ^word" at the end of a quote
 * would be an Obsidian block id), and what only means something at the
 * start of a line ("1.", "-", "+", "=") is escaped there. */
static void
append_markdown_literal (GString    *out,
                         const char *line,
                         gssize      len)
{
  const char *end = line + (len < 0 ? (gssize) strlen (line) : len);
  const char *p = line;

  /* Leading spaces would turn four of them into a code block. */
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  if (p < end && (*p == '-' || *p == '+' || *p == '='))
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (p < end && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (q < end && g_ascii_isdigit (*q))
        q++;
      if (q < end && (*q == '.' || *q == ')'))
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          g_string_append_c (out, *q);
          p = q + 1;
        }
    }

  for (; p < end; p++)
    {
      if (strchr ("\\`*_[]<>#|~&!^", *p) != NULL && *p != '\0')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Every line of `text` as a block quote line. */
static void
append_block_quote (GString    *out,
                    const char *text)
{
  const char *p = text;

  while (TRUE)
    {
      const char *eol = strchr (p, '\n');
      gssize len = eol != NULL ? eol - p : (gssize) strlen (p);

      if (len > 0 && p[len - 1] == '\r')
        len--;
      if (len == 0)
        g_string_append (out, ">\n");
      else
        {
          g_string_append (out, "> ");
          append_markdown_literal (out, p, len);
          g_string_append_c (out, '\n');
        }

      if (eol == NULL)
        break;
      p = eol + 1;
    }
}

/* Notes are the user's own Markdown and are kept as written, made safe:
 * no raw HTML, no script links, no block id of their own, no open fence
 * that would swallow what follows (lectern_markdown_make_safe()). */
static void
append_note (GString    *out,
             const char *note)
{
  g_autofree char *safe = lectern_markdown_make_safe (note);

  g_string_append (out, safe);
  g_string_append_c (out, '\n');
}

static GPtrArray *
entity_names (GPtrArray         *entities,
              LecternEntityType  type)
{
  GPtrArray *names = g_ptr_array_new ();

  if (entities == NULL)
    return names;

  for (guint i = 0; i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);

      if (entity->type == type)
        g_ptr_array_add (names, entity->name);
    }

  return names;
}

/* One line, no line breaks: titles go in a heading. */
static char *
single_line (const char *text)
{
  char *copy = g_strdup (text);

  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return g_strstrip (copy);
}

/* ISO 8601 to the second, in UTC ("2026-11-26T04:40:53Z"). */
static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Unix seconds as ISO 8601 UTC. */
static char *
format_unix (gint64 seconds)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (seconds);

  if (date == NULL)
    return g_strdup ("");
  return format_date (date);
}

static void
append_yaml_field (GString    *out,
                   const char *key,
                   const char *value)
{
  g_string_append_printf (out, "%s: ", key);
  append_yaml_string (out, value != NULL ? value : "");
  g_string_append_c (out, '\n');
}

/* A tag as notes vaults write it, in the front matter and inline alike:
 * "#hash" and "two words" become "hash" and "two-words" (letters, digits,
 * "_", "-" and "/" only, no leading "#" and no separator at either end),
 * and a tag of digits only, which Obsidian refuses, gets a leading "_". ""
 * when nothing is left. */
static char *
tag_slug (const char *tag)
{
  GString *slug = g_string_new (NULL);
  gboolean digits_only = TRUE;

  while (*tag == '#' || *tag == ' ')
    tag++;
  for (const char *p = tag; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '_' || c == '/' || c == '-')
        {
          g_string_append_unichar (slug, c);
          digits_only = digits_only && g_unichar_isdigit (c);
        }
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  /* A tag neither starts nor ends with a separator. */
  while (slug->len > 0 && (slug->str[slug->len - 1] == '-' || slug->str[slug->len - 1] == '/'))
    g_string_truncate (slug, slug->len - 1);
  while (slug->len > 0 && (slug->str[0] == '-' || slug->str[0] == '/'))
    g_string_erase (slug, 0, 1);
  if (slug->len > 0 && digits_only)
    g_string_prepend_c (slug, '_');

  return g_string_free (slug, FALSE);
}

/* Every tag of the story's highlights as slugs, in order of first use. */
static GPtrArray *
story_tags (GPtrArray *highlights)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; highlights != NULL && i < highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);

      for (guint j = 0; highlight->tags != NULL && highlight->tags[j] != NULL; j++)
        {
          g_autofree char *slug = tag_slug (highlight->tags[j]);
          gboolean seen = *slug == '\0';

          for (guint k = 0; k < tags->len && !seen; k++)
            seen = g_str_equal (g_ptr_array_index (tags, k), slug);
          if (!seen)
            g_ptr_array_add (tags, g_steal_pointer (&slug));
        }
    }

  return tags;
}

static void
append_tag_word (GString    *out,
                 const char *tag)
{
  g_autofree char *slug = tag_slug (tag);

  g_string_append (out, slug);
}

static void
append_hashtag (GString    *out,
                const char *tag)
{
  g_autofree char *slug = tag_slug (tag);

  if (*slug == '\0')
    return;
  g_string_append (out, " #");
  g_string_append (out, slug);
}

/* The story's UUID; an unsaved story gets one derived from its text and
 * title, so the same story always gets the same one. */
static char *
story_uuid (const LecternStory *story)
{
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;

  if (story->uuid != NULL && *story->uuid != '\0')
    return g_strdup (story->uuid);
  key = g_strconcat (story->title, "\n", story->text, NULL);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  return g_strdup_printf ("%.8s-%.4s-5%.3s-8%.3s-%.12s", hash, hash + 8, hash + 12, hash + 15,
                          hash + 18);
}

/* "hl-" and the first twelve hex digits of the UUID: stable across
 * exports and libraries, and valid as an Obsidian block id and HTML id. */
static char *
block_id (const LecternHighlight *highlight)
{
  GString *id = g_string_new ("hl-");

  for (const char *p = highlight->uuid != NULL ? highlight->uuid : ""; *p != '\0' && id->len < 15; p++)
    if (g_ascii_isxdigit (*p))
      g_string_append_c (id, g_ascii_tolower (*p));
  if (id->len == 3)
    g_string_append_printf (id, "%" G_GINT64_FORMAT, highlight->id);

  return g_string_free (id, FALSE);
}

static gboolean
is_underline (const LecternHighlight *highlight)
{
  return g_strcmp0 (highlight->style, "underline") == 0;
}

/* Who a quote highlight is from, on one line, or NULL when nobody is. */
static char *
speaker_of (const LecternHighlight *highlight)
{
  g_autofree char *speaker = NULL;

  if (highlight->speaker == NULL)
    return NULL;
  speaker = single_line (highlight->speaker);
  return *speaker != '\0' ? g_steal_pointer (&speaker) : NULL;
}

static void
append_markdown_item (GString                 *out,
                      const LecternExportItem *item,
                      GPtrArray               *categories,
                      const char              *exported)
{
  const LecternStory *story = item->story;
  g_autoptr(GPtrArray) people = entity_names (item->entities, LECTERN_ENTITY_PERSON);
  g_autoptr(GPtrArray) organizations = entity_names (item->entities, LECTERN_ENTITY_ORGANIZATION);
  g_autoptr(GPtrArray) tags = story_tags (item->highlights);
  g_autofree char *title = single_line (story->title);
  g_autofree char *imported = format_unix (story->imported_at);
  g_autofree char *modified = format_unix (story->modified_at);
  g_autofree char *uuid = story_uuid (story);
  g_autofree char *urn = g_strconcat ("urn:uuid:", uuid, NULL);

  g_string_append (out, "---\n");
  append_yaml_field (out, "title", story->title);
  append_yaml_field (out, "id", urn);
  append_yaml_field (out, "source", story->source);
  if (story->author != NULL && *story->author != '\0')
    append_yaml_field (out, "author", story->author);
  if (story->url != NULL && *story->url != '\0')
    append_yaml_field (out, "url", story->url);
  append_yaml_field (out, "imported", imported);
  append_yaml_field (out, "modified", modified);
  append_yaml_field (out, "exported", exported);
  append_yaml_list (out, "tags", tags);
  append_yaml_list (out, "people", people);
  append_yaml_list (out, "organizations", organizations);
  g_string_append (out, "---\n\n# ");
  append_markdown_literal (out, title, -1);
  g_string_append_c (out, '\n');

  if (item->note != NULL && *item->note != '\0')
    {
      g_string_append_c (out, '\n');
      append_note (out, item->note);
    }

  for (guint i = 0; item->highlights != NULL && i < item->highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (item->highlights, i);
      g_autofree char *id = block_id (highlight);
      const char *category = lectern_category_name_for (categories, highlight->color);
      g_autofree char *speaker = speaker_of (highlight);

      g_string_append_c (out, '\n');
      append_block_quote (out, highlight->quote);
      g_string_append_c (out, '\n');

      /* Speaker, category (name and colour), style, tags: one paragraph
       * of metadata, ending with the block id. Obsidian reads " ^id" at
       * the end of a paragraph as its id, and CommonMark renderers show it
       * inside that line instead of as a paragraph of its own. */
      if (speaker != NULL)
        {
          g_string_append (out, "— ");
          append_markdown_literal (out, speaker, -1);
          g_string_append (out, " · ");
        }
      g_string_append (out, "*");
      append_markdown_literal (out, category, -1);
      g_string_append_printf (out, "* (%s)", highlight->color);
      if (is_underline (highlight))
        g_string_append (out, " · underline");
      for (guint j = 0; highlight->tags != NULL && highlight->tags[j] != NULL; j++)
        append_hashtag (out, highlight->tags[j]);
      if (highlight->orphaned)
        g_string_append (out, " · not found in the current version of the story");
      g_string_append_printf (out, " ^%s\n", id);

      if (highlight->note != NULL && *highlight->note != '\0')
        {
          g_string_append_c (out, '\n');
          append_note (out, highlight->note);
        }
    }
}

char *
lectern_export_markdown (const LecternStory *story,
                         GPtrArray          *highlights,
                         GPtrArray          *entities,
                         GDateTime          *now)
{
  g_autoptr(LecternExportItem) item = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_return_val_if_fail (story != NULL, NULL);

  item = lectern_export_item_new ((LecternStory *) story, highlights, entities, NULL);
  g_ptr_array_add (items, item);
  return lectern_export_items (LECTERN_EXPORT_MARKDOWN, items, NULL, now);
}

/* HTML */

static void
append_html_escaped (GString    *out,
                     const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\r': break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

static const char html_style[] =
  "body{font-family:Georgia,'DejaVu Serif',serif;line-height:1.55;max-width:42em;"
  "margin:2em auto;padding:0 1em;color:#222;background:#fff}"
  "h1{font-size:1.6em;line-height:1.25}"
  ".meta{color:#555;font-size:.9em}"
  "figure{margin:1.6em 0;break-inside:avoid}"
  "blockquote{margin:0;padding:.3em .9em;white-space:pre-wrap;border-left:.35em solid}"
  ".underline blockquote{background:none;text-decoration:underline;text-decoration-thickness:2px}"
  "figcaption{font-size:.85em;color:#444;margin-top:.3em}"
  ".tag{margin-left:.5em;color:#333}"
  ".note,.story-note{margin-top:.5em}"
  ".orphan{color:#a00}"
  ".yellow blockquote{border-color:#e5a50a;background:#fdf3c4}"
  ".green blockquote{border-color:#26a269;background:#dcf5e5}"
  ".blue blockquote{border-color:#1c71d8;background:#dbe8fb}"
  ".pink blockquote{border-color:#d6447b;background:#fadbe7}"
  ".purple blockquote{border-color:#813d9c;background:#ecdcf3}"
  ".underline.yellow blockquote,.underline.green blockquote,.underline.blue blockquote,"
  ".underline.pink blockquote,.underline.purple blockquote{background:none}"
  "article+article{border-top:1px solid #ccc;margin-top:3em}"
  "@media print{body{margin:0;max-width:none}article{break-after:page}}"
  "@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}"
  ".meta,figcaption,.tag{color:#aaa}blockquote{background:none!important}}";

/* "fr" or "en" when the text is clearly one of the two languages Lectern
 * reads, else "und" (undetermined, as BCP 47 spells it). Counts a few
 * words that every text of the language is full of. */
static const char *
guess_language (const char *text)
{
  static const char *const french[] = { "le", "la", "les", "des", "une", "est", "et", "dans",
                                        "pour", "que", "qui", "pas", "sur", "du", "au", "de",
                                        "en", "un", "à", "il", "elle", "avec", "par", NULL };
  static const char *const english[] = { "the", "and", "of", "to", "is", "in", "that", "for",
                                         "with", "was", "on", "it", "as", "by", "are", "a",
                                         "he", "she", "at", "from", "this", NULL };
  g_autoptr(GString) word = g_string_new (NULL);
  guint n_french = 0, n_english = 0;
  guint n_chars = 0;

  for (const char *p = text; n_chars < 20000; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalpha (c))
        {
          g_string_append_unichar (word, g_unichar_tolower (c));
          continue;
        }
      if (word->len > 0)
        {
          n_french += g_strv_contains (french, word->str);
          n_english += g_strv_contains (english, word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  if (n_french >= 2 && n_french > 2 * n_english)
    return "fr";
  if (n_english >= 2 && n_english > 2 * n_french)
    return "en";
  return "und";
}

/* A note's Markdown as HTML, by libcmark without raw HTML or script links. */
static void
append_html_note (GString    *out,
                  const char *css_class,
                  const char *note)
{
  g_autofree char *html = lectern_markdown_to_html (note);

  g_string_append_printf (out, "<div class=\"%s\">\n%s</div>\n", css_class, html);
}

static void
append_html (GString    *out,
             GPtrArray  *items,
             GPtrArray  *categories,
             const char *exported)
{
  const char *page_title = _("Highlights and notes");
  const char *lang = "und";

  if (items->len == 1)
    page_title = ((LecternExportItem *) g_ptr_array_index (items, 0))->story->title;
  if (items->len > 0)
    lang = guess_language (((LecternExportItem *) g_ptr_array_index (items, 0))->story->text);

  /* No scripts, no outside resources: the policy forbids them even if some
   * text escaped our escaping. */
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n", lang);
  g_string_append (out, "<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n"
                        "<meta name=\"generator\" content=\"Lectern\">\n<title>");
  append_html_escaped (out, page_title);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n", html_style);

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      const LecternStory *story = item->story;
      g_autoptr(GPtrArray) people = entity_names (item->entities, LECTERN_ENTITY_PERSON);
      g_autoptr(GPtrArray) organizations = entity_names (item->entities, LECTERN_ENTITY_ORGANIZATION);
      g_autofree char *uuid = story_uuid (story);

      g_string_append_printf (out, "<article id=\"story-%s\" lang=\"%s\">\n<header>\n<h1>", uuid,
                              guess_language (story->text));
      append_html_escaped (out, story->title);
      g_string_append (out, "</h1>\n<p class=\"meta\">");
      if (story->author != NULL && *story->author != '\0')
        {
          append_html_escaped (out, story->author);
          g_string_append (out, " · ");
        }
      append_html_escaped (out, story->url != NULL && *story->url != '\0' ? story->url : story->source);
      g_string_append (out, " · ");
      append_html_escaped (out, _("exported"));
      g_string_append_c (out, ' ');
      append_html_escaped (out, exported);
      g_string_append (out, "</p>\n");
      if (people->len > 0 || organizations->len > 0)
        {
          g_string_append (out, "<p class=\"meta\">");
          for (guint j = 0; j < people->len + organizations->len; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              append_html_escaped (out, j < people->len ? g_ptr_array_index (people, j)
                                                         : g_ptr_array_index (organizations, j - people->len));
            }
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, "</header>\n");

      if (item->note != NULL && *item->note != '\0')
        append_html_note (out, "story-note", item->note);

      for (guint j = 0; item->highlights != NULL && j < item->highlights->len; j++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (item->highlights, j);
          g_autofree char *id = block_id (highlight);

          /* Colour and style are from fixed lists, so safe as class names.
           * The note follows the figure: a figure's caption must be its
           * first or last child. */
          g_string_append_printf (out, "<div id=\"%s\" class=\"%s %s\">\n<figure>\n<blockquote>", id,
                                  lectern_highlight_color_is_valid (highlight->color)
                                  ? highlight->color : "yellow",
                                  is_underline (highlight) ? "underline" : "highlight");
          append_html_escaped (out, highlight->quote);
          g_string_append (out, "</blockquote>\n<figcaption>");
          if (highlight->speaker != NULL && *highlight->speaker != '\0')
            {
              g_string_append (out, "<span class=\"speaker\">— ");
              append_html_escaped (out, highlight->speaker);
              g_string_append (out, "</span> · ");
            }
          g_string_append (out, "<span class=\"category\">");
          append_html_escaped (out, lectern_category_name_for (categories, highlight->color));
          g_string_append (out, "</span>");
          for (guint k = 0; highlight->tags != NULL && highlight->tags[k] != NULL; k++)
            {
              g_autofree char *slug = tag_slug (highlight->tags[k]);

              if (*slug == '\0')
                continue;
              g_string_append (out, " <span class=\"tag\">#");
              append_html_escaped (out, slug);
              g_string_append (out, "</span>");
            }
          if (highlight->orphaned)
            {
              g_string_append (out, " <span class=\"orphan\">");
              append_html_escaped (out, _("not found in the current version of the story"));
              g_string_append (out, "</span>");
            }
          g_string_append (out, "</figcaption>\n</figure>\n");
          if (highlight->note != NULL && *highlight->note != '\0')
            append_html_note (out, "note", highlight->note);
          g_string_append (out, "</div>\n");
        }
      g_string_append (out, "</article>\n");
    }

  g_string_append (out, "</body>\n</html>\n");
}

/* JSON: a W3C Web Annotation collection. Offsets are code points, as the
 * model's TextPositionSelector asks. The story's text travels in a Lectern
 * extension so that a round trip into an empty library loses nothing; every
 * term of ours is defined in the second context, so JSON-LD processors keep
 * it (safe mode refuses to drop terms it cannot expand). */

static const char json_context[] =
  "[\"http://www.w3.org/ns/anno.jsonld\", {\n"
  "    \"lectern\": \"https://lectern.github.io/ns/\",\n"
  "    \"Story\": \"lectern:Story\",\n"
  "    \"documents\": {\"@id\": \"lectern:documents\", \"@container\": \"@list\"},\n"
  "    \"categories\": {\"@id\": \"lectern:categories\", \"@container\": \"@list\"},\n"
  "    \"title\": \"dcterms:title\",\n"
  "    \"author\": \"lectern:author\",\n"
  "    \"url\": \"lectern:url\",\n"
  "    \"file\": \"lectern:file\",\n"
  "    \"encoding\": \"lectern:encoding\",\n"
  "    \"imported\": \"lectern:imported\",\n"
  "    \"note\": \"lectern:note\",\n"
  "    \"text\": \"lectern:text\",\n"
  "    \"color\": \"lectern:color\",\n"
  "    \"custom\": \"lectern:custom\"\n"
  "  }]";

/* The colours as the stylesheet each annotation carries, so styleClass
 * names a class that exists (W3C model §4.2). */
static const char json_stylesheet[] =
  ".yellow { background-color: #fdf3c4 } .green { background-color: #dcf5e5 } "
  ".blue { background-color: #dbe8fb } .pink { background-color: #fadbe7 } "
  ".purple { background-color: #ecdcf3 }";

static void
append_json_member (GString    *out,
                    const char *indent,
                    const char *name,
                    const char *value,
                    gboolean    last)
{
  g_string_append (out, indent);
  lectern_json_append_string (out, name);
  g_string_append (out, ": ");
  lectern_json_append_string (out, value != NULL ? value : "");
  g_string_append (out, last ? "\n" : ",\n");
}

/* A name-based UUID for the collection and its page: the same stories
 * exported at the same second get the same ids. */
static char *
derived_uuid (const char *kind,
              GPtrArray  *items,
              const char *exported)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *hash;

  g_checksum_update (checksum, (const guchar *) kind, -1);
  g_checksum_update (checksum, (const guchar *) exported, -1);
  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      g_autofree char *uuid = story_uuid (item->story);

      g_checksum_update (checksum, (const guchar *) uuid, -1);
    }
  hash = g_checksum_get_string (checksum);
  return g_strdup_printf ("urn:uuid:%.8s-%.4s-5%.3s-8%.3s-%.12s", hash, hash + 8, hash + 12,
                          hash + 15, hash + 18);
}

static void
append_json_annotation (GString                *out,
                        const LecternHighlight *highlight,
                        const char             *story_id,
                        GPtrArray              *categories)
{
  g_autofree char *created = format_unix (highlight->created_at);
  g_autofree char *updated = format_unix (highlight->updated_at);
  g_autofree char *id = g_strconcat ("urn:uuid:", highlight->uuid != NULL ? highlight->uuid : "", NULL);
  gboolean has_note = highlight->note != NULL && *highlight->note != '\0';
  gboolean first_body = TRUE;
  const char *color = lectern_highlight_color_is_valid (highlight->color) ? highlight->color : "yellow";

  append_json_member (out, "        ", "id", id, FALSE);
  append_json_member (out, "        ", "type", "Annotation", FALSE);
  append_json_member (out, "        ", "motivation", has_note ? "commenting" : "highlighting", FALSE);
  append_json_member (out, "        ", "created", created, FALSE);
  append_json_member (out, "        ", "modified", updated, FALSE);

  /* No note and no tag: no body at all (an empty list is not allowed). */
  if (has_note || (highlight->tags != NULL && highlight->tags[0] != NULL))
    {
      g_string_append (out, "        \"body\": [");
      if (highlight->note != NULL && *highlight->note != '\0')
        {
          g_string_append (out, "\n          {\"type\": \"TextualBody\", \"purpose\": \"commenting\", "
                                "\"format\": \"text/markdown\", \"value\": ");
          lectern_json_append_string (out, highlight->note);
          g_string_append (out, "}");
          first_body = FALSE;
        }
      for (guint k = 0; highlight->tags != NULL && highlight->tags[k] != NULL; k++)
        {
          g_string_append (out, first_body ? "\n" : ",\n");
          g_string_append (out, "          {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": ");
          lectern_json_append_string (out, highlight->tags[k]);
          g_string_append (out, "}");
          first_body = FALSE;
        }
      g_string_append (out, "\n        ],\n");
    }

  g_string_append (out, "        \"stylesheet\": {\"type\": \"CssStylesheet\", \"value\": ");
  lectern_json_append_string (out, json_stylesheet);
  g_string_append (out, "},\n        \"target\": {\n          \"type\": \"SpecificResource\",\n");
  append_json_member (out, "          ", "source", story_id, FALSE);
  append_json_member (out, "          ", "styleClass", color, FALSE);
  g_string_append (out, "          \"selector\": [\n"
                        "            {\"type\": \"TextQuoteSelector\", \"exact\": ");
  lectern_json_append_string (out, highlight->quote);
  g_string_append (out, ", \"prefix\": ");
  lectern_json_append_string (out, highlight->prefix != NULL ? highlight->prefix : "");
  g_string_append (out, ", \"suffix\": ");
  lectern_json_append_string (out, highlight->suffix != NULL ? highlight->suffix : "");
  g_string_append_printf (out, "},\n            {\"type\": \"TextPositionSelector\", "
                               "\"start\": %" G_GINT64_FORMAT ", \"end\": %" G_GINT64_FORMAT "}\n"
                               "          ]\n        },\n",
                          highlight->start, highlight->end);
  append_json_member (out, "        ", "lectern:category",
                      lectern_category_name_for (categories, highlight->color), FALSE);
  append_json_member (out, "        ", "lectern:style",
                      highlight->style != NULL ? highlight->style : "highlight", FALSE);
  /* Who a quote is from: a name as the story gives it, not an IRI. */
  if (highlight->speaker != NULL && *highlight->speaker != '\0')
    append_json_member (out, "        ", "lectern:speaker", highlight->speaker, FALSE);
  g_string_append_printf (out, "        \"lectern:orphaned\": %s\n", highlight->orphaned ? "true" : "false");
}

static void
append_json (GString    *out,
             GPtrArray  *items,
             GPtrArray  *categories,
             const char *exported)
{
  const char *const *colors = lectern_highlight_colors ();
  g_autofree char *collection_id = derived_uuid ("collection", items, exported);
  g_autofree char *page_id = derived_uuid ("page", items, exported);
  guint total = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);

      total += item->highlights != NULL ? item->highlights->len : 0;
    }

  g_string_append_printf (out, "{\n  \"@context\": %s,\n", json_context);
  append_json_member (out, "  ", "id", collection_id, FALSE);
  g_string_append (out, "  \"type\": \"AnnotationCollection\",\n");
  append_json_member (out, "  ", "label", _("Lectern highlights and notes"), FALSE);
  g_string_append (out, "  \"generator\": {\"id\": \"https://github.com/lectern/lectern\", "
                        "\"type\": \"Software\", \"name\": \"Lectern\", "
                        "\"homepage\": \"https://github.com/lectern/lectern\"},\n");
  append_json_member (out, "  ", "generated", exported, FALSE);
  g_string_append (out, "  \"lectern:format\": 2,\n  \"categories\": [");
  for (guint i = 0; colors[i] != NULL; i++)
    {
      gboolean custom = FALSE;

      for (guint j = 0; categories != NULL && j < categories->len; j++)
        {
          const LecternCategory *category = g_ptr_array_index (categories, j);

          if (g_str_equal (category->color, colors[i]))
            custom = category->custom;
        }
      g_string_append (out, i > 0 ? ",\n    {" : "\n    {");
      g_string_append (out, "\"color\": ");
      lectern_json_append_string (out, colors[i]);
      g_string_append (out, ", \"name\": ");
      lectern_json_append_string (out, lectern_category_name_for (categories, colors[i]));
      g_string_append_printf (out, ", \"custom\": %s}", custom ? "true" : "false");
    }
  g_string_append (out, "\n  ],\n  \"documents\": [");

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      const LecternStory *story = item->story;
      g_autofree char *uuid = story_uuid (story);
      g_autofree char *urn = g_strconcat ("urn:uuid:", uuid, NULL);
      g_autofree char *imported = format_unix (story->imported_at);
      g_autofree char *modified = format_unix (story->modified_at);

      g_string_append (out, i > 0 ? ",\n    {\n" : "\n    {\n");
      append_json_member (out, "      ", "id", urn, FALSE);
      append_json_member (out, "      ", "type", "Story", FALSE);
      append_json_member (out, "      ", "title", story->title, FALSE);
      append_json_member (out, "      ", "file", story->source, FALSE);
      append_json_member (out, "      ", "author", story->author, FALSE);
      append_json_member (out, "      ", "url", story->url, FALSE);
      append_json_member (out, "      ", "encoding", story->encoding, FALSE);
      append_json_member (out, "      ", "imported", imported, FALSE);
      append_json_member (out, "      ", "modified", modified, FALSE);
      append_json_member (out, "      ", "note", item->note, FALSE);
      append_json_member (out, "      ", "text", story->text, TRUE);
      g_string_append (out, "    }");
    }
  g_string_append_printf (out, "\n  ],\n  \"total\": %u", total);

  /* A page only when there is something on it: a page must have items. */
  if (total == 0)
    {
      g_string_append (out, "\n}\n");
      return;
    }

  g_string_append (out, ",\n  \"first\": {\n");
  append_json_member (out, "    ", "id", page_id, FALSE);
  g_string_append (out, "    \"type\": \"AnnotationPage\",\n");
  g_string_append (out, "    \"partOf\": {\"id\": ");
  lectern_json_append_string (out, collection_id);
  g_string_append (out, ", \"label\": ");
  lectern_json_append_string (out, _("Lectern highlights and notes"));
  g_string_append_printf (out, ", \"total\": %u},\n", total);
  g_string_append (out, "    \"startIndex\": 0,\n    \"items\": [");

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      g_autofree char *uuid = story_uuid (item->story);
      g_autofree char *urn = g_strconcat ("urn:uuid:", uuid, NULL);

      for (guint j = 0; item->highlights != NULL && j < item->highlights->len; j++)
        {
          g_string_append (out, first ? "\n      {\n" : ",\n      {\n");
          first = FALSE;
          append_json_annotation (out, g_ptr_array_index (item->highlights, j), urn, categories);
          g_string_append (out, "      }");
        }
    }

  g_string_append (out, "\n    ]\n  }\n}\n");
}

/* CSV for Readwise: RFC 4180 (every field quoted, quotes doubled, CRLF
 * between records). A cell a spreadsheet would run as a formula gets a
 * leading apostrophe (unless LECTERN_EXPORT_NO_FORMULA_GUARD). */

/* Spreadsheets skip blanks and line breaks before "=", "+", "-" and "@",
 * and treat a leading tab or carriage return as a formula start too. */
static gboolean
csv_cell_is_formula (const char *value)
{
  const char *p = value;

  if (*p == '\t' || *p == '\r')
    return TRUE;
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;
  return *p == '=' || *p == '+' || *p == '-' || *p == '@';
}

static void
append_csv_field (GString    *out,
                  const char *value,
                  gboolean    guard,
                  gboolean    last)
{
  if (value == NULL)
    value = "";

  g_string_append_c (out, '"');
  if (guard && csv_cell_is_formula (value))
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, last ? "\"\r\n" : "\",");
}

static char *
readwise_date (gint64 seconds)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (seconds);

  return date != NULL ? g_date_time_format (date, "%Y-%m-%d %H:%M:%S") : g_strdup ("");
}

static void
append_csv (GString    *out,
            GPtrArray  *items,
            GPtrArray  *categories,
            gboolean    guard)
{
  g_string_append (out, "Highlight,Title,Author,URL,Note,Location,Date\r\n");

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      const LecternStory *story = item->story;
      const char *url = story->url != NULL && *story->url != '\0' ? story->url
                        : g_str_has_prefix (story->source, "http") ? story->source : "";

      for (guint j = 0; item->highlights != NULL && j < item->highlights->len; j++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (item->highlights, j);
          g_autoptr(GString) note = g_string_new (NULL);
          g_autofree char *speaker = speaker_of (highlight);
          g_autofree char *location = g_strdup_printf ("%" G_GINT64_FORMAT, highlight->start);
          g_autofree char *date = readwise_date (highlight->created_at);

          /* Readwise has no column for who a quote is from: the note's
           * first line says it. It reads ".tag" words in a note as tags;
           * the category goes there too, so it survives the import. */
          if (speaker != NULL)
            g_string_append_printf (note, "— %s", speaker);
          if (highlight->note != NULL && *highlight->note != '\0')
            {
              if (note->len > 0)
                g_string_append_c (note, '\n');
              g_string_append (note, highlight->note);
            }
          if (note->len > 0)
            g_string_append_c (note, '\n');
          g_string_append_c (note, '.');
          append_tag_word (note, lectern_category_name_for (categories, highlight->color));
          for (guint k = 0; highlight->tags != NULL && highlight->tags[k] != NULL; k++)
            {
              g_autofree char *slug = tag_slug (highlight->tags[k]);

              if (*slug != '\0')
                g_string_append_printf (note, " .%s", slug);
            }

          append_csv_field (out, highlight->quote, guard, FALSE);
          append_csv_field (out, story->title, guard, FALSE);
          append_csv_field (out, story->author, guard, FALSE);
          append_csv_field (out, url, guard, FALSE);
          append_csv_field (out, note->str, guard, FALSE);
          append_csv_field (out, location, guard, FALSE);
          append_csv_field (out, date, guard, TRUE);
        }
    }
}

/* Plain text */

static void
append_indented (GString    *out,
                 const char *indent,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      g_string_append_printf (out, "%s%s\n", lines[i][0] != '\0' ? indent : "", lines[i]);
    }
}

/* The first line of `text` as it is, the others indented by `width`
 * spaces. */
static void
append_indented_rest (GString    *out,
                      gsize       width,
                      const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (i > 0 && lines[i][0] != '\0')
        for (gsize k = 0; k < width; k++)
          g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s\n", lines[i]);
    }
}

static void
append_text (GString    *out,
             GPtrArray  *items,
             GPtrArray  *categories,
             const char *exported)
{
  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      const LecternStory *story = item->story;
      g_autofree char *title = single_line (story->title);
      glong title_len = g_utf8_strlen (title, -1);

      if (i > 0)
        g_string_append (out, "\n\n");
      g_string_append_printf (out, "%s\n", title);
      for (glong k = 0; k < MIN (title_len, 72); k++)
        g_string_append_c (out, '=');
      g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s %s\n", _("Source:"), story->source);
      if (story->author != NULL && *story->author != '\0')
        g_string_append_printf (out, "%s %s\n", _("Author:"), story->author);
      if (story->url != NULL && *story->url != '\0')
        g_string_append_printf (out, "%s %s\n", _("URL:"), story->url);
      g_string_append_printf (out, "%s %s\n", _("Exported:"), exported);
      if (item->note != NULL && *item->note != '\0')
        {
          g_string_append_printf (out, "\n%s\n", _("Story note:"));
          append_indented (out, "  ", item->note);
        }

      for (guint j = 0; item->highlights != NULL && j < item->highlights->len; j++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (item->highlights, j);
          g_autofree char *quoted = g_strconcat ("“", highlight->quote, "”", NULL);
          g_autofree char *label = g_strdup_printf ("[%u] ", j + 1);

          g_autofree char *speaker = speaker_of (highlight);

          /* Continuation lines of the quote line up under its first. */
          g_string_append_printf (out, "\n%s", label);
          append_indented_rest (out, strlen (label), quoted);
          if (speaker != NULL)
            g_string_append_printf (out, "    — %s\n", speaker);
          g_string_append_printf (out, "    %s (%s)", lectern_category_name_for (categories, highlight->color),
                                  highlight->color);
          if (is_underline (highlight))
            g_string_append_printf (out, ", %s", _("underlined"));
          for (guint k = 0; highlight->tags != NULL && highlight->tags[k] != NULL; k++)
            append_hashtag (out, highlight->tags[k]);
          if (highlight->orphaned)
            g_string_append_printf (out, " — %s", _("not found in the current version of the story"));
          g_string_append_c (out, '\n');
          if (highlight->note != NULL && *highlight->note != '\0')
            append_indented (out, "    ", highlight->note);
        }
    }
}

/* Org */

/* Org's own escape is the zero-width space: put before a character, it
 * keeps that character from starting markup. */
#define ZWSP "\xe2\x80\x8b"

/* Org tags allow letters, digits, "_", "@", "#" and "%". */
static void
append_org_tag (GString    *out,
                const char *tag)
{
  for (const char *p = tag; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_isalnum (c) || c == '_' || c == '@' || c == '#'
                                    || c == '%' ? c : '_');
    }
}

/* One line of text that Org must read back as the same plain text: no
 * heading, list, table, drawer, keyword or comment at its start; no
 * emphasis, link, macro, inline source block or babel call, footnote,
 * timestamp, target, export snippet, entity or LaTeX fragment inside. A
 * zero-width space goes where markup could start; nothing is removed. */
static void
append_org_line (GString    *out,
                 const char *line)
{
  const char *p = line;
  gunichar previous = ' ';

  while (*p == ' ' || *p == '\t')
    g_string_append_c (out, *p++);

  if (*p != '\0' && strchr ("*#:|-+", *p) != NULL)
    {
      g_string_append (out, ZWSP);
      g_string_append_c (out, *p);
      previous = (gunichar) *p++;
    }
  else if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        g_string_append (out, ZWSP);
    }

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_start = !g_unichar_isalnum (previous) && previous != '_';

      if (c == '\r')
        continue;
      /* "src_sh{…}" and "call_x()" would run code. */
      if (word_start && (g_ascii_strncasecmp (p, "src_", 4) == 0
                         || g_ascii_strncasecmp (p, "call_", 5) == 0))
        {
          const char *underscore = strchr (p, '_');

          /* The "_" then gets a zero-width space on each side, below. */
          g_string_append_len (out, p, underscore - p);
          previous = 0x200b;
          p = underscore;
          c = '_';
        }
      /* Emphasis opens after a blank or punctuation (pandoc: after
       * anything but a word). Emacs counts the zero-width space as blank
       * before a marker, pandoc does not: one on each side stops both. */
      if (c < 0x80 && strchr ("*/_=~+", (int) c) != NULL && !g_unichar_isalnum (previous))
        {
          g_string_append (out, ZWSP);
          g_string_append_c (out, (char) c);
          g_string_append (out, ZWSP);
          previous = 0x200b;
          continue;
        }
      if (c == '{')
        g_string_append (out, ZWSP);
      g_string_append_unichar (out, c);
      previous = c;
      if (c == '[' || c == '<' || c == '\\' || c == '$' || c == '@' || c == '^')
        {
          g_string_append (out, ZWSP);
          previous = 0x200b;
        }
    }
}

/* A headline's title: plain text as above, and never a TODO keyword,
 * COMMENT, a priority or tags, whatever the title says. */
static void
append_org_headline (GString    *out,
                     const char *stars,
                     const char *text)
{
  g_autofree char *title = single_line (text);
  const char *p = title;

  g_string_append_printf (out, "%s ", stars);
  while (*p != '\0' && g_ascii_isupper (*p))
    p++;
  /* Any word in capitals could be a keyword in someone's setup, and Org
   * reads "COMMENT" at the start even when a word goes on. */
  if ((p > title && (*p == '\0' || *p == ' ')) || g_str_has_prefix (title, "COMMENT"))
    g_string_append (out, ZWSP);
  append_org_line (out, title);
  if (out->len > 0 && out->str[out->len - 1] == ':')
    g_string_append (out, ZWSP);
  g_string_append_c (out, '\n');
}

/* Every line of `text` as plain Org text (a quote). */
static void
append_org_text_lines (GString    *out,
                       const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      append_org_line (out, lines[i]);
      g_string_append_c (out, '\n');
    }
}

/* Lines inside a source block, kept verbatim: a comma protects lines that
 * would end the block or start a heading, and Org removes it when reading
 * a source block. */
static void
append_org_block_lines (GString    *out,
                        const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *p = line;

      while (*p == ' ' || *p == '\t')
        p++;
      if (line[0] == '*' || g_str_has_prefix (p, "#+") || g_str_has_prefix (p, ",*")
          || g_str_has_prefix (p, ",#+"))
        g_string_append_c (out, ',');
      g_strchomp (lines[i]);
      g_string_append_printf (out, "%s\n", lines[i]);
    }
}

/* Property values are read as they are, but macros and inline code would
 * still run if the value were ever exported: neutralised like text. */
static void
append_org_property (GString    *out,
                     const char *name,
                     const char *value)
{
  g_autofree char *line = single_line (value != NULL ? value : "");

  if (*line == '\0')
    return;
  g_string_append_printf (out, ":%s: ", name);
  if (strpbrk (line, "{[<@\\$") != NULL || strstr (line, "src_") != NULL || strstr (line, "call_") != NULL)
    append_org_line (out, line);
  else
    g_string_append (out, line);
  g_string_append_c (out, '\n');
}

static void
append_org (GString    *out,
            GPtrArray  *items,
            GPtrArray  *categories,
            const char *exported)
{
  const char *title = _("Highlights and notes");

  if (items->len == 1)
    title = ((LecternExportItem *) g_ptr_array_index (items, 0))->story->title;

  /* ^:{} keeps "a_b" and "x^2" as written; only a_{b} would be a
   * subscript, and quotes never contain one unescaped. -:nil keeps "--",
   * "..." and quotes as they are. tex:verbatim keeps "$x$" as written:
   * Emacs reads it as a LaTeX fragment whatever zero-width space surrounds
   * it. */
  g_string_append (out, "#+OPTIONS: ^:{} -:nil tex:verbatim toc:nil\n#+TITLE: ");
  {
    g_autofree char *line = single_line (title);

    append_org_line (out, line);
  }
  g_string_append_printf (out, "\n#+DATE: %s\n\n", exported);

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);
      const LecternStory *story = item->story;
      g_autofree char *uuid = story_uuid (story);

      append_org_headline (out, "*", story->title);
      g_string_append (out, ":PROPERTIES:\n");
      append_org_property (out, "ID", uuid);
      append_org_property (out, "SOURCE", story->source);
      append_org_property (out, "AUTHOR", story->author);
      append_org_property (out, "URL", story->url);
      append_org_property (out, "EXPORTED", exported);
      g_string_append (out, ":END:\n");
      if (item->note != NULL && *item->note != '\0')
        {
          g_string_append (out, "#+BEGIN_SRC markdown\n");
          append_org_block_lines (out, item->note);
          g_string_append (out, "#+END_SRC\n");
        }

      for (guint j = 0; item->highlights != NULL && j < item->highlights->len; j++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (item->highlights, j);
          g_autofree char *heading = single_line (highlight->quote);
          g_autofree char *position = g_strdup_printf ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT,
                                                       highlight->start, highlight->end);
          g_autoptr(GString) headline = g_string_new (NULL);

          /* At most 60 characters, the last an ellipsis: a new string, as
           * "…" takes more bytes than the character it replaces. Counted
           * on valid UTF-8 only, so a broken byte cannot move the cut. */
          if (!g_utf8_validate (heading, -1, NULL))
            {
              char *valid = g_utf8_make_valid (heading, -1);

              g_free (heading);
              heading = valid;
            }
          if (g_utf8_strlen (heading, -1) > 60)
            {
              const char *cut = g_utf8_offset_to_pointer (heading, 59);
              char *shorter = g_strdup_printf ("%.*s…", (int) (cut - heading), heading);
              g_free (heading);
              heading = shorter;
            }
          append_org_headline (headline, "**", heading);
          g_string_truncate (headline, headline->len - 1);
          g_string_append (out, headline->str);
          if (highlight->tags != NULL && highlight->tags[0] != NULL)
            {
              g_string_append (out, " :");
              for (guint k = 0; highlight->tags[k] != NULL; k++)
                {
                  append_org_tag (out, highlight->tags[k]);
                  g_string_append_c (out, ':');
                }
            }
          g_string_append (out, "\n:PROPERTIES:\n");
          append_org_property (out, "ID", highlight->uuid);
          append_org_property (out, "LECTERN_CATEGORY", lectern_category_name_for (categories, highlight->color));
          append_org_property (out, "LECTERN_COLOR", highlight->color);
          append_org_property (out, "LECTERN_STYLE", highlight->style);
          append_org_property (out, "LECTERN_POSITION", position);
          append_org_property (out, "LECTERN_SPEAKER", highlight->speaker);
          if (highlight->orphaned)
            append_org_property (out, "LECTERN_ORPHANED", "t");
          g_string_append (out, ":END:\n#+BEGIN_QUOTE\n");
          append_org_text_lines (out, highlight->quote);
          g_string_append (out, "#+END_QUOTE\n");
          if (highlight->speaker != NULL && *highlight->speaker != '\0')
            {
              g_autofree char *speaker = single_line (highlight->speaker);

              /* An em dash, not "-": never a list item. */
              g_string_append (out, "— ");
              append_org_line (out, speaker);
              g_string_append_c (out, '\n');
            }
          if (highlight->note != NULL && *highlight->note != '\0')
            {
              g_string_append (out, "#+BEGIN_SRC markdown\n");
              append_org_block_lines (out, highlight->note);
              g_string_append (out, "#+END_SRC\n");
            }
        }
    }
}

LecternExportItem *
lectern_export_item_new (LecternStory *story,
                         GPtrArray    *highlights,
                         GPtrArray    *entities,
                         const char   *note)
{
  LecternExportItem *self;

  g_return_val_if_fail (story != NULL, NULL);

  self = g_new0 (LecternExportItem, 1);
  self->story = lectern_story_ref (story);
  self->highlights = highlights != NULL ? g_ptr_array_ref (highlights)
                     : g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  self->entities = entities != NULL ? g_ptr_array_ref (entities) : NULL;
  self->note = g_strdup (note != NULL ? note : "");

  return self;
}

void
lectern_export_item_free (LecternExportItem *self)
{
  if (self == NULL)
    return;

  lectern_story_unref (self->story);
  g_ptr_array_unref (self->highlights);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_free (self->note);
  g_free (self);
}

static const struct
{
  const char *name;
  const char *extension;
} formats[] = {
  [LECTERN_EXPORT_MARKDOWN] = { "markdown", ".md" },
  [LECTERN_EXPORT_HTML] = { "html", ".html" },
  [LECTERN_EXPORT_JSON] = { "json", ".json" },
  [LECTERN_EXPORT_CSV] = { "csv", ".csv" },
  [LECTERN_EXPORT_TEXT] = { "text", ".txt" },
  [LECTERN_EXPORT_ORG] = { "org", ".org" },
};

gboolean
lectern_export_format_from_string (const char          *name,
                                   LecternExportFormat *out_format)
{
  g_return_val_if_fail (out_format != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0
          || g_ascii_strcasecmp (name, formats[i].extension + 1) == 0)
        {
          *out_format = (LecternExportFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
lectern_export_format_to_string (LecternExportFormat format)
{
  g_return_val_if_fail (format <= LECTERN_EXPORT_ORG, NULL);

  return formats[format].name;
}

const char *
lectern_export_format_extension (LecternExportFormat format)
{
  g_return_val_if_fail (format <= LECTERN_EXPORT_ORG, NULL);

  return formats[format].extension;
}

gboolean
lectern_export_format_is_multi (LecternExportFormat format)
{
  return format != LECTERN_EXPORT_MARKDOWN;
}

char *
lectern_export_items (LecternExportFormat  format,
                      GPtrArray           *items,
                      GPtrArray           *categories,
                      GDateTime           *now)
{
  return lectern_export_items_full (format, items, categories, now, LECTERN_EXPORT_FLAGS_NONE);
}

char *
lectern_export_items_full (LecternExportFormat  format,
                           GPtrArray           *items,
                           GPtrArray           *categories,
                           GDateTime           *now,
                           LecternExportFlags   flags)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *exported = NULL;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (format <= LECTERN_EXPORT_ORG, NULL);

  if (now == NULL)
    now = local_now = g_date_time_new_now_utc ();
  exported = format_date (now);

  switch (format)
    {
    case LECTERN_EXPORT_MARKDOWN:
      for (guint i = 0; i < items->len; i++)
        {
          if (i > 0)
            g_string_append_c (out, '\n');
          append_markdown_item (out, g_ptr_array_index (items, i), categories, exported);
        }
      break;
    case LECTERN_EXPORT_HTML:
      append_html (out, items, categories, exported);
      break;
    case LECTERN_EXPORT_JSON:
      append_json (out, items, categories, exported);
      break;
    case LECTERN_EXPORT_CSV:
      append_csv (out, items, categories, !(flags & LECTERN_EXPORT_NO_FORMULA_GUARD));
      break;
    case LECTERN_EXPORT_TEXT:
      append_text (out, items, categories, exported);
      break;
    case LECTERN_EXPORT_ORG:
    default:
      append_org (out, items, categories, exported);
      break;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "www.lemonde.fr" → "lemonde.fr": the outlet as people name it. */
static char *
outlet_from_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || *url == '\0')
    return NULL;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (host == NULL || *host == '\0')
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

char *
lectern_export_citation (const LecternStory     *story,
                         const LecternHighlight *highlight,
                         gboolean                markdown)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) credit = g_string_new (NULL);
  g_autoptr(GDateTime) read = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *speaker = NULL;
  const char *published;
  const char *where;

  g_return_val_if_fail (story != NULL, NULL);
  g_return_val_if_fail (highlight != NULL, NULL);

  title = single_line (story->title);
  speaker = speaker_of (highlight);
  /* The site's own name when the page gave one, else its host name. */
  outlet = *lectern_story_get_site (story) != '\0' ? single_line (lectern_story_get_site (story))
           : outlet_from_url (story->url);
  where = story->url != NULL && *story->url != '\0' ? story->url : story->source;
  published = lectern_story_get_published (story);
  read = g_date_time_new_from_unix_local (story->imported_at);
  date = read != NULL ? g_date_time_format (read, "%Y-%m-%d") : NULL;

  if (story->author != NULL && *story->author != '\0')
    {
      if (markdown)
        append_markdown_literal (credit, story->author, -1);
      else
        g_string_append (credit, story->author);
      g_string_append (credit, ", ");
    }
  if (markdown && story->url != NULL && *story->url != '\0')
    {
      g_string_append (credit, "[");
      append_markdown_literal (credit, title, -1);
      g_string_append_printf (credit, "](<%s>)", story->url);
    }
  else if (markdown)
    {
      g_string_append (credit, "*");
      append_markdown_literal (credit, title, -1);
      g_string_append (credit, "*");
    }
  else
    g_string_append_printf (credit, "“%s”", title);
  if (outlet != NULL && *outlet != '\0')
    {
      g_string_append (credit, ", ");
      if (markdown)
        append_markdown_literal (credit, outlet, -1);
      else
        g_string_append (credit, outlet);
    }
  /* The publication date (its day) when known, else when it was read. */
  if (*published != '\0')
    {
      g_autofree char *day = single_line (published);

      if (strlen (day) > 10 && g_ascii_isdigit (day[0]) && day[4] == '-' && day[7] == '-')
        day[10] = '\0';
      g_string_append (credit, ", ");
      if (markdown)
        append_markdown_literal (credit, day, -1);
      else
        g_string_append (credit, day);
    }
  else if (date != NULL)
    {
      g_string_append (credit, ", ");
      /* Translators: %s is a date such as 2026-11-26, when the story was read. */
      g_string_append_printf (credit, _("accessed %s"), date);
    }
  g_string_append_c (credit, '.');

  if (markdown)
    {
      append_block_quote (out, highlight->quote);
      g_string_append (out, ">\n> — ");
      if (speaker != NULL)
        {
          g_autoptr(GString) who = g_string_new (NULL);

          append_markdown_literal (who, speaker, -1);
          /* Translators: who said a quote, then where it was published:
           * "Satya Nadella, in *Title*, Site, 2026-11-26." */
          g_string_append_printf (out, _("%s, in %s"), who->str, credit->str);
        }
      else
        g_string_append (out, credit->str);
      if ((story->url == NULL || *story->url == '\0') && where != NULL && *where != '\0')
        {
          g_string_append_c (out, ' ');
          append_markdown_literal (out, where, -1);
        }
      g_string_append_c (out, '\n');
    }
  else
    {
      if (speaker != NULL)
        /* Translators: a quote, who said it and where it was published, as
         * "“We will ship it”, Satya Nadella, in “Title”, Site, 2026-11-26.";
         * use your language's quotation marks. */
        g_string_append_printf (out, _("“%s”, %s, in %s"), highlight->quote, speaker, credit->str);
      else
        g_string_append_printf (out, "“%s” — %s", highlight->quote, credit->str);
      if (where != NULL && *where != '\0')
        g_string_append_printf (out, " %s", where);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
lectern_export_suggest_filename (const char *title,
                                 const char *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean space = FALSE;
  guint n_chars = 0;

  g_return_val_if_fail (extension != NULL, NULL);

  if (title == NULL)
    title = "";

  for (const char *p = title; *p != '\0' && n_chars < FILENAME_MAX_CHARS;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;

      /* Characters that are separators or reserved on Linux, Windows or
       * macOS, or that break a wiki link in a notes vault ("#", "^", "[",
       * "]"), become spaces, and runs of spaces one. */
      if (g_unichar_iscntrl (c) || g_unichar_isspace (c)
          || (c < 0x80 && strchr ("/\\:*?\"<>|#^[]", (int) c) != NULL)
          || c == 0x2028 || c == 0x2029)
        {
          space = name->len > 0;
          continue;
        }
      /* No hidden files, and nothing a shell would take for an option. */
      if (name->len == 0 && (c == '.' || c == '-'))
        continue;

      if (space)
        {
          g_string_append_c (name, ' ');
          n_chars++;
          space = FALSE;
        }
      g_string_append_unichar (name, c);
      n_chars++;
    }

  /* Windows strips trailing dots and spaces. */
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_assign (name, _("notes"));

  /* Windows reserves these names, whatever the extension. */
  {
    static const char *const reserved[] = { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", NULL };
    g_autofree char *stem = g_strndup (name->str, strcspn (name->str, "."));
    gboolean is_reserved = FALSE;

    for (guint i = 0; reserved[i] != NULL; i++)
      is_reserved = is_reserved || g_ascii_strcasecmp (stem, reserved[i]) == 0;
    if (strlen (stem) == 4 && (g_ascii_strncasecmp (stem, "COM", 3) == 0
                               || g_ascii_strncasecmp (stem, "LPT", 3) == 0)
        && g_ascii_isdigit (stem[3]))
      is_reserved = TRUE;
    if (is_reserved)
      g_string_append_c (name, '_');
  }

  g_string_append (name, extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

gboolean
lectern_export_write_file (const char  *path,
                           const char  *contents,
                           gssize       length,
                           GError     **error)
{
  g_autofree char *folder = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Never create folders the person did not choose. */
  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Could not save “%s”: the folder “%s” does not exist."), path, folder);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: it is a folder."), path);
      return FALSE;
    }

  if (length < 0)
    length = strlen (contents);

  /* Temporary file in the same folder, fsync, then rename: a crash leaves
   * either the old file or the new one. */
  if (!g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, &local_error))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}
