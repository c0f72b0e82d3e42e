/* lectern-cli.c: Lectern without a display, for scripts and tests
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-cli"

#include "config.h"

#include <locale.h>

#include "lectern-collect.h"
#include "lectern-correct.h"
#include "lectern-corrections.h"
#include "lectern-dossier.h"
#include "lectern-entity.h"
#include "lectern-export.h"
#include "lectern-extractor.h"
#include "lectern-highlight.h"
#include "lectern-formats.h"
#include "lectern-import.h"
#include "lectern-json.h"
#include "lectern-library-list.h"
#include "lectern-notes.h"
#include "lectern-quotes.h"
#include "lectern-source.h"
#include "lectern-search.h"
#include "lectern-store.h"
#include "lectern-utf8.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <inttypes.h>

/* Exit codes: 0 success, 1 failure (message on stderr), 2 usage error. */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static int
fail (GError *error)
{
  g_printerr ("lectern-cli: %s\n", error->message);
  return EXIT_FAILED;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("lectern-cli: %s\n\n%s", message, help);
  return EXIT_USAGE;
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int             *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (context, error->message);
      return FALSE;
    }

  return TRUE;
}

static int stored_entities (GOptionContext *context,
                            const char     *story_arg,
                            gboolean        json);

/* g_print ("%s", text) without the copy of the text that g_print makes
 * (the JSON of a long story is hundreds of kilobytes): where the console
 * takes UTF-8, g_print writes its string as it is and flushes, and this
 * program sets no print handler. Elsewhere, g_print converts. */
static void
print_text (const char *text)
{
  const char *charset;

  if (!g_get_console_charset (&charset))
    {
      g_print ("%s", text);
      return;
    }
  fputs (text, stdout);
  fflush (stdout);
}

static void
print_entities (GPtrArray *entities,
                gboolean   json)
{
  if (json)
    {
      g_autofree char *out = lectern_entities_to_json (entities);

      print_text (out);
      return;
    }

  for (guint i = 0; i < entities->len; i++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, i);

      g_print ("%-12s %4u  %s\n", lectern_entity_type_to_string (entity->type),
               entity->mentions->len, entity->name);
    }
}

static int
entities_command (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  g_autofree char *story_arg = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the format of score.py)"), NULL },
    { "story", 0, 0, G_OPTION_ARG_STRING, &story_arg, N_("A story of the library instead of a file, with the user’s corrections"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE | --story ID — people and organizations of a text file or a stored story"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  LecternExtractor *extractor;
  gsize length;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (story_arg != NULL)
    return argc == 1 ? stored_entities (context, story_arg, json)
                     : usage_error (context, _("Give a text file or --story ID, not both."));
  if (argc != 2)
    return usage_error (context, _("Give exactly one text file."));

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

    bytes = lectern_import_read_file (file, LECTERN_IMPORT_MAX_BYTES, NULL, &error);
    if (bytes == NULL)
      return fail (error);
    /* NUL-terminated by lectern_import_read_file(): no copy of a
     * megabyte. */
    contents = g_bytes_get_data (bytes, &length);
  }
  if (!lectern_extractor_validate_text (contents, length))
    {
      g_printerr ("lectern-cli: %s\n", _("The file is not UTF-8 text."));
      return EXIT_FAILED;
    }

  extractor = lectern_extractor_get_default (&error);
  if (extractor == NULL)
    return fail (error);
  entities = lectern_extractor_extract (extractor, contents, NULL, NULL, NULL, &error);
  if (entities == NULL)
    return fail (error);

  print_entities (entities, json);
  return EXIT_OK;
}


static LecternStore *
open_store (GError **error)
{
  g_autofree char *path = lectern_store_default_path ();
  LecternStore *store = lectern_store_new (path, error);

  /* Reading goes on (to export what can be saved), but never silently. */
  if (store != NULL && lectern_store_is_damaged (store))
    g_printerr ("lectern-cli: %s\n",
                _("Warning: the library is damaged. Lectern reads what it can from it but "
                  "will not write into it; export your notes and restore a backup."));
  return store;
}

static gboolean
parse_id (GOptionContext *context,
          const char     *text,
          gint64         *out_id,
          int            *status)
{
  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, out_id, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an id (a positive whole number)."),
                                                  text);

      *status = usage_error (context, message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_offset (GOptionContext *context,
              const char     *text,
              gint64         *out_offset,
              int            *status)
{
  if (!g_ascii_string_to_signed (text, 10, 0, G_MAXINT64, out_offset, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an offset (a whole number, 0 or more)."),
                                                  text);

      *status = usage_error (context, message);
      return FALSE;
    }

  return TRUE;
}

/* Titles and quotes on one line of terminal output. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text);

  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return copy;
}

static int
import_command (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE|URL… — add text files, web pages, Markdown files, e-books or pages from the web to the library"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;

  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, _("Give at least one file or web address."));

  store = open_store (&error);
  if (store == NULL)
    return fail (error);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(LecternStory) story = NULL;
      g_autoptr(GError) file_error = NULL;
      LecternSourceInfo info = { 0, };
      LecternReanchorCounts counts = { 0, };
      gboolean existing = FALSE;

      /* The same path as the app: read, then store or find. */
      story = lectern_source_read (argv[i], NULL, NULL, NULL, &info, &file_error);
      if (story == NULL
          || lectern_source_store_sync (store, story, &existing, &counts, &file_error) == 0)
        {
          g_printerr ("lectern-cli: %s\n", file_error->message);
          status = EXIT_FAILED;
          continue;
        }

      if (info.no_article)
        g_printerr (_("lectern-cli: “%s” has no article that Lectern can find; the story is the "
                      "whole text of the page.\n"), argv[i]);
      if (existing)
        g_printerr (_("lectern-cli: “%s” is already in the library as story %" PRId64 ".\n"),
                    argv[i], story->id);
      else if (!g_str_equal (story->encoding, "UTF-8"))
        /* Translators: the second %s is an encoding name such as WINDOWS-1252. */
        g_printerr (_("lectern-cli: “%s” was read as %s and converted to UTF-8.\n"),
                    argv[i], story->encoding);
      g_print ("%" G_GINT64_FORMAT "\n", story->id);
    }

  return status;
}

/* The library in the order `sort`, as the app's library page shows it:
 * one query for every story. */
static int
list_sorted (LecternStore       *store,
             LecternLibrarySort  sort)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = lectern_library_list_sync (store, &error);

  if (entries == NULL)
    return fail (error);
  lectern_library_sort_entries (entries, sort);
  for (guint i = 0; i < entries->len; i++)
    {
      const LecternLibraryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *title = one_line (entry->title);
      g_autofree char *progress = lectern_library_progress_label (entry->progress);
      g_auto(GStrv) tags = g_strsplit (entry->story_tags, "\n", -1);
      g_autofree char *joined = g_strjoinv (", ", tags);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%u\t%s\t%s\n", entry->id, title, entry->n_highlights,
               progress, joined);
    }

  return EXIT_OK;
}

static int
list_command (int    argc,
              char **argv)
{
  g_autofree char *sort_name = NULL;
  const GOptionEntry entries[] = {
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort_name,
      N_("Order as the library page: added, published, title, highlights or progress"), N_("ORDER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the stories in the library"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;
  LecternLibrarySort sort = LECTERN_LIBRARY_SORT_ADDED;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return usage_error (context, _("“list” takes no arguments."));
  if (sort_name != NULL && !lectern_library_sort_from_name (sort_name, &sort))
    return usage_error (context, _("Sort by added, published, title, highlights or progress."));

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  if (sort_name != NULL)
    return list_sorted (store, sort);
  stories = lectern_store_list_stories_sync (store, &error);
  if (stories == NULL)
    return fail (error);

  /* id, title, number of highlights, reading progress, the story's tags
   * (comma-separated): tab-separated for scripts. */
  for (guint i = 0; i < stories->len; i++)
    {
      const LecternStory *story = g_ptr_array_index (stories, i);
      g_autofree char *title = one_line (story->title);
      gint64 n = lectern_store_count_highlights_sync (store, story->id, &error);
      g_autoptr(GPtrArray) tags = NULL;
      g_autofree char *progress = NULL;
      g_autofree char *joined = NULL;
      double fraction = -1;

      if (n < 0)
        return fail (error);
      if (!lectern_library_get_progress_sync (store, story->id, &fraction, NULL, &error))
        return fail (error);
      tags = lectern_library_get_story_tags_sync (store, story->id, &error);
      if (tags == NULL)
        return fail (error);
      g_ptr_array_add (tags, NULL);
      joined = g_strjoinv (", ", (char **) tags->pdata);
      progress = lectern_library_progress_label (fraction);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\n", story->id, title, n,
               progress, joined);
    }

  return EXIT_OK;
}

static int
highlight_command (int    argc,
                   char **argv)
{
  g_autofree char *color = NULL;
  g_autofree char *note = NULL;
  g_autofree char *style = NULL;
  g_autofree char *speaker = NULL;
  g_auto(GStrv) tags = NULL;
  const GOptionEntry entries[] = {
    { "color", 0, 0, G_OPTION_ARG_STRING, &color, N_("Colour: yellow, green, blue, pink or purple"), N_("NAME") },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker, N_("Who the quote is from (\"\" for nobody)"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the passage"), N_("TEXT") },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag (repeat for more)"), N_("TAG") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style, N_("highlight or underline"), N_("STYLE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("add STORY_ID START END | edit ID | delete ID — highlights (offsets in code points)"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id, start = 0, end = 0;
  int starts_well, ends_well;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2 || !(g_str_equal (argv[1], "add") || g_str_equal (argv[1], "edit")
                     || g_str_equal (argv[1], "delete")))
    return usage_error (context, _("Use “highlight add STORY_ID START END”, “highlight edit ID” "
                                   "or “highlight delete ID”."));
  if (g_str_equal (argv[1], "add") && argc != 5)
    return usage_error (context, _("Give a story id, a start and an end offset."));
  if (!g_str_equal (argv[1], "add") && argc != 3)
    return usage_error (context, _("Give one highlight id."));
  if (!parse_id (context, argv[2], &story_id, &status))
    return status;
  if (g_str_equal (argv[1], "add")
      && (!parse_offset (context, argv[3], &start, &status)
          || !parse_offset (context, argv[4], &end, &status)))
    return status;

  if (color != NULL && !lectern_highlight_color_is_valid (color))
    {
      g_printerr (_("lectern-cli: “%s” is not a highlight colour. Use yellow, green, blue, pink "
                    "or purple.\n"), color);
      return EXIT_FAILED;
    }
  if (style != NULL && !lectern_highlight_style_is_valid (style))
    {
      g_printerr (_("lectern-cli: “%s” is not a highlight style. Use highlight or underline.\n"),
                  style);
      return EXIT_FAILED;
    }
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (!g_utf8_validate (tags[i], -1, NULL))
      {
        g_printerr ("lectern-cli: %s\n", _("A tag is not valid UTF-8 text."));
        return EXIT_FAILED;
      }
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The note is not valid UTF-8 text."));
      return EXIT_FAILED;
    }
  if (speaker != NULL && !g_utf8_validate (speaker, -1, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The speaker is not valid UTF-8 text."));
      return EXIT_FAILED;
    }
  if (speaker != NULL)
    g_strstrip (speaker);

  store = open_store (&error);
  if (store == NULL)
    return fail (error);

  if (g_str_equal (argv[1], "delete"))
    return lectern_store_delete_highlight_sync (store, story_id, &error) ? EXIT_OK : fail (error);

  if (g_str_equal (argv[1], "edit"))
    {
      g_autoptr(LecternHighlight) base = NULL;

      /* The id given is the highlight's; only the options given change. */
      highlight = lectern_store_get_highlight_sync (store, story_id, &error);
      if (highlight == NULL)
        return fail (error);
      base = lectern_highlight_copy (highlight);
      if (color != NULL)
        {
          g_free (highlight->color);
          highlight->color = g_strdup (color);
        }
      if (note != NULL)
        {
          g_free (highlight->note);
          highlight->note = g_strdup (note);
        }
      if (style != NULL)
        {
          g_free (highlight->style);
          highlight->style = g_strdup (style);
        }
      if (tags != NULL)
        lectern_highlight_set_tags (highlight, (const char *const *) tags);
      /* Field by field over what was just read: an edit the app made in
       * between to another field is kept, one to the same field is
       * reported, never overwritten. */
      if (!lectern_store_merge_highlight_sync (store, base, highlight, &error))
        return fail (error);
      if (speaker != NULL &&
          !lectern_store_set_highlight_speaker_sync (store, highlight->id, speaker, &error))
        return fail (error);
      return EXIT_OK;
    }

  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    return fail (error);

  if (end <= start || end > story->n_chars)
    {
      g_printerr (_("lectern-cli: %" PRId64 "–%" PRId64 " is not a passage of "
                    "story %" PRId64 ": the end must come after the start, and the "
                    "story has %" PRId64 " characters.\n"),
                  start, end, story_id, story->n_chars);
      return EXIT_FAILED;
    }

  /* Offsets count code points, but a passage cut inside "é" written as e
   * and an accent, or inside a joined emoji, would split what a reader
   * sees as one character. */
  starts_well = lectern_formats_is_grapheme_boundary (story->text, start, &error);
  ends_well = starts_well < 0 ? -1 : lectern_formats_is_grapheme_boundary (story->text, end, &error);
  if (starts_well < 0 || ends_well < 0)
    return fail (error);
  if (!starts_well || !ends_well)
    {
      g_printerr (_("lectern-cli: %" PRId64 "–%" PRId64 " cuts a character of story %" PRId64
                    " in two (an accent, an emoji or a flag made of several code points): "
                    "move the start or the end to a character boundary.\n"),
                  start, end, story_id);
      return EXIT_FAILED;
    }

  highlight = lectern_highlight_new_for_range (story, start, end, color, note);
  lectern_highlight_set_tags (highlight, (const char *const *) tags);
  if (speaker != NULL && *speaker != '\0')
    highlight->speaker = g_strdup (speaker);
  if (style != NULL)
    {
      g_free (highlight->style);
      highlight->style = g_strdup (style);
    }
  if (lectern_store_add_highlight_sync (store, highlight, &error) == 0)
    return fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", highlight->id);
  return EXIT_OK;
}

static void
append_highlight_json (GString                *out,
                       const LecternHighlight *highlight)
{
  g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT ", \"story_id\": %" G_GINT64_FORMAT
                          ", \"start\": %" G_GINT64_FORMAT ", \"end\": %" G_GINT64_FORMAT,
                          highlight->id, highlight->story_id, highlight->start, highlight->end);
  g_string_append (out, ", \"quote\": ");
  lectern_json_append_string (out, highlight->quote);
  g_string_append (out, ", \"prefix\": ");
  lectern_json_append_string (out, highlight->prefix);
  g_string_append (out, ", \"suffix\": ");
  lectern_json_append_string (out, highlight->suffix);
  g_string_append (out, ", \"color\": ");
  lectern_json_append_string (out, highlight->color);
  g_string_append (out, ", \"note\": ");
  lectern_json_append_string (out, highlight->note);
  g_string_append (out, ", \"style\": ");
  lectern_json_append_string (out, highlight->style);
  g_string_append (out, ", \"tags\": [");
  for (guint i = 0; highlight->tags != NULL && highlight->tags[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      lectern_json_append_string (out, highlight->tags[i]);
    }
  g_string_append (out, "], \"uuid\": ");
  lectern_json_append_string (out, highlight->uuid);
  g_string_append (out, ", \"speaker\": ");
  if (highlight->speaker != NULL)
    lectern_json_append_string (out, highlight->speaker);
  else
    g_string_append (out, "null");
  g_string_append_printf (out, ", \"orphaned\": %s, \"created_at\": %" G_GINT64_FORMAT
                          ", \"updated_at\": %" G_GINT64_FORMAT "}",
                          highlight->orphaned ? "true" : "false",
                          highlight->created_at, highlight->updated_at);
}

static int
highlights_command (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID — list a story’s highlights"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Give exactly one story id."));
  if (!parse_id (context, argv[1], &story_id, &status))
    return status;

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    return fail (error);
  highlights = lectern_store_list_highlights_sync (store, story_id, &error);
  if (highlights == NULL)
    return fail (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\"story_id\": ");

      g_string_append_printf (out, "%" G_GINT64_FORMAT ", \"title\": ", story_id);
      lectern_json_append_string (out, story->title);
      g_string_append (out, ", \"highlights\": [");
      for (guint i = 0; i < highlights->len; i++)
        {
          g_string_append (out, i > 0 ? ",\n  " : "\n  ");
          append_highlight_json (out, g_ptr_array_index (highlights, i));
        }
      g_string_append (out, highlights->len > 0 ? "\n]}\n" : "]}\n");
      g_print ("%s", out->str);
      return EXIT_OK;
    }

  for (guint i = 0; i < highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);
      g_autofree char *quote = one_line (highlight->quote);

      g_print ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\n",
               highlight->id, highlight->start, highlight->end, highlight->color, quote);
      if (highlight->orphaned)
        g_print ("\t%s\n", _("Orphaned: not found in the current version of the story."));
      if (highlight->speaker != NULL)
        /* Translators: who a quote highlight is from */
        g_print ("\t%s %s\n", _("Speaker:"), highlight->speaker);
      if (highlight->tags != NULL && highlight->tags[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", highlight->tags);

          g_print ("\t%s %s\n", _("Tags:"), joined);
        }
      if (*highlight->note != '\0')
        {
          g_autofree char *note = one_line (highlight->note);

          g_print ("\t%s %s\n", _("Note:"), note);
        }
    }

  return EXIT_OK;
}

static gboolean
write_new_file (const char  *path,
                const char  *contents,
                gboolean     force,
                GError     **error)
{
  if (!force && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists. Use --force to replace it."), path);
      return FALSE;
    }

  return lectern_export_write_file (path, contents, -1, error);
}

/* Writes one export to --output (refusing to replace a file unless
 * --force) or to standard output. */
static gboolean
emit (const char  *output,
      const char  *contents,
      gboolean     force,
      GError     **error)
{
  if (output == NULL)
    {
      g_print ("%s", contents);
      return TRUE;
    }

  return write_new_file (output, contents, force, error);
}

/* Writes the PDF of `items` to `output`, or to standard output. */
static int
export_pdf (GPtrArray  *items,
            GPtrArray  *categories,
            const char *output,
            gboolean    force)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  pdf = lectern_formats_export_pdf (items, categories, &error);
  if (pdf == NULL)
    return fail (error);
  data = g_bytes_get_data (pdf, &size);

  if (output == NULL)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_printerr (_("lectern-cli: could not write the PDF to standard output.\n"));
          return EXIT_FAILED;
        }
      return EXIT_OK;
    }

  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("lectern-cli: “%s” already exists. Use --force to replace it.\n"), output);
      return EXIT_FAILED;
    }
  if (!lectern_export_write_file (output, data, size, &error))
    return fail (error);
  return EXIT_OK;
}

static int
export_command (int    argc,
                char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gboolean all = FALSE;
  gboolean force = FALSE;
  gboolean no_formula_guard = FALSE;
  gboolean pdf = FALSE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("markdown (default), html, json, csv, text, org or pdf"), N_("FORMAT") },
    { "no-formula-guard", 0, 0, G_OPTION_ARG_NONE, &no_formula_guard, N_("CSV: keep cells starting with = + - @ as they are (for tools that are not spreadsheets)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output (a folder for Markdown with --all)"), N_("FILE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Export every story"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace existing files"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID|--all — export highlights and notes"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  LecternExportFormat format = LECTERN_EXPORT_MARKDOWN;
  gboolean with_entities;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  pdf = g_strcmp0 (format_name, "pdf") == 0;
  if (format_name != NULL && !pdf && !lectern_export_format_from_string (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a format Lectern exports. Use markdown, html, json, csv, text, org or pdf."),
                                                  format_name);

      return usage_error (context, message);
    }
  if (all ? argc != 1 : argc != 2)
    return usage_error (context, _("Give one story id, or --all."));
  /* Markdown is one file per story (a notes vault reads one front matter
   * per file), so --all needs a folder. */
  if (all && !pdf && format == LECTERN_EXPORT_MARKDOWN && output == NULL)
    return usage_error (context, _("Markdown with --all writes one file per story: give a folder "
                                   "with --output FOLDER, or choose another format."));
  if (all && !pdf && format == LECTERN_EXPORT_MARKDOWN
      && g_file_test (output, G_FILE_TEST_EXISTS) && !g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_printerr (_("lectern-cli: “%s” is a file: Markdown with --all writes one file per story "
                    "into a folder.\n"), output);
      return EXIT_FAILED;
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  categories = lectern_store_list_categories_sync (store, &error);
  if (categories == NULL)
    return fail (error);

  /* People and organizations appear in Markdown and HTML only. */
  with_entities = !pdf && lectern_collect_format_lists_entities (format);

  if (all)
    items = lectern_collect_stories (store, NULL, 0, with_entities, NULL, warnings, &error);
  else
    {
      gint64 story_id;

      if (!parse_id (context, argv[1], &story_id, &status))
        return status;
      items = lectern_collect_stories (store, &story_id, 1, with_entities, NULL, warnings, &error);
    }
  if (items == NULL)
    return fail (error);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("lectern-cli: warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));

  if (pdf)
    return export_pdf (items, categories, output, force);

  /* Markdown is one file per story, for notes vaults: with --all, each
   * story gets its own file in the output folder, made if missing (its
   * parent must exist). */
  if (all && format == LECTERN_EXPORT_MARKDOWN)
    {
      g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      if (!g_file_test (output, G_FILE_TEST_IS_DIR) && g_mkdir (output, 0755) != 0)
        {
          int saved_errno = errno;

          g_printerr (_("lectern-cli: could not make the folder “%s”: %s\n"), output,
                      g_strerror (saved_errno));
          return EXIT_FAILED;
        }

      for (guint i = 0; i < items->len; i++)
        {
          LecternExportItem *item = g_ptr_array_index (items, i);
          g_autoptr(GPtrArray) one = g_ptr_array_new ();
          g_autofree char *contents = NULL;
          g_autofree char *name = lectern_export_suggest_filename (item->story->title, ".md");
          g_autofree char *path = NULL;

          /* Stories may share a title; number the later ones. */
          for (guint n = 2; g_hash_table_contains (used, name); n++)
            {
              g_autofree char *base = lectern_export_suggest_filename (item->story->title, "");
              g_autofree char *suffix = g_strdup_printf (" (%u).md", n);

              g_free (name);
              name = g_strconcat (base, suffix, NULL);
            }
          g_hash_table_add (used, g_strdup (name));

          g_ptr_array_add (one, item);
          contents = lectern_export_items (format, one, categories, NULL);
          path = g_build_filename (output, name, NULL);
          if (!write_new_file (path, contents, force, &error))
            return fail (error);
          g_print ("%s\n", path);
        }
      return EXIT_OK;
    }

  {
    g_autofree char *contents = lectern_export_items_full (format, items, categories, NULL,
                                                           no_formula_guard
                                                           ? LECTERN_EXPORT_NO_FORMULA_GUARD
                                                           : LECTERN_EXPORT_FLAGS_NONE);

    if (!emit (output, contents, force, &error))
      return fail (error);
  }

  return EXIT_OK;
}

static int
import_notes_command (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — import highlights and notes from a JSON export"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LecternNotesImportCounts counts;
  g_autoptr(GPtrArray) reasons = NULL;
  int status;

  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Give exactly one JSON file."));

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

    /* The same bounded read as text files: no FIFO, no device, no file
     * bigger than a story may be. */
    bytes = lectern_import_read_file (file, LECTERN_IMPORT_MAX_BYTES, NULL, &error);
    if (bytes == NULL)
      return fail (error);
  }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  reasons = g_ptr_array_new_with_free_func (g_free);
  if (!lectern_notes_import_json_full (store, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &counts, reasons, &error))
    return fail (error);
  for (guint i = 0; i < reasons->len; i++)
    g_printerr (_("lectern-cli: skipped: %s\n"), (const char *) g_ptr_array_index (reasons, i));

  /* Translators: the plural follows the first number; then counts of
   * highlights already present, orphaned and skipped, then of stories. */
  g_print (ngettext ("%u highlight added, %u already in the library, %u orphaned, %u skipped; "
                     "%u stories added.\n",
                     "%u highlights added, %u already in the library, %u orphaned, %u skipped; "
                     "%u stories added.\n", counts.highlights_added),
           counts.highlights_added, counts.duplicates, counts.orphaned, counts.skipped,
           counts.stories_added);
  return EXIT_OK;
}

static int
reimport_command (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID FILE — replace a story with a new version, keeping its highlights"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  LecternReanchorCounts counts;
  gint64 story_id;
  int status;

  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_error (context, _("Give a story id and a text file."));
  if (!parse_id (context, argv[1], &story_id, &status))
    return status;

  story = lectern_source_read (argv[2], NULL, NULL, NULL, NULL, &error);
  if (story == NULL)
    return fail (error);

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  if (!lectern_store_replace_story_text_sync (store, story_id, story, &counts, &error))
    return fail (error);

  /* Translators: the plural follows the first number, the total. */
  g_print (ngettext ("%u highlight: %u unchanged, %u moved, %u matched approximately, %u orphaned.\n",
                     "%u highlights: %u unchanged, %u moved, %u matched approximately, %u orphaned.\n",
                     counts.total),
           counts.total, counts.unchanged, counts.moved, counts.fuzzy, counts.orphaned);
  return EXIT_OK;
}

static int
categories_command (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("[COLOR NAME] — list the highlight categories, or rename one (\"\" for the default)"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1 && argc != 3)
    return usage_error (context, _("Give nothing, or a colour and a name."));
  if (argc == 3 && !lectern_highlight_color_is_valid (argv[1]))
    {
      g_printerr (_("lectern-cli: “%s” is not a highlight colour. Use yellow, green, blue, pink "
                    "or purple.\n"), argv[1]);
      return EXIT_FAILED;
    }
  if (argc == 3 && !g_utf8_validate (argv[2], -1, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The name is not valid UTF-8 text."));
      return EXIT_FAILED;
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  if (argc == 3)
    return lectern_store_set_category_name_sync (store, argv[1], argv[2], &error)
           ? EXIT_OK : fail (error);

  categories = lectern_store_list_categories_sync (store, &error);
  if (categories == NULL)
    return fail (error);
  for (guint i = 0; i < categories->len; i++)
    {
      const LecternCategory *category = g_ptr_array_index (categories, i);

      g_print ("%s\t%s\n", category->color, category->name);
    }

  return EXIT_OK;
}

static int
story_note_command (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID [TEXT] — show or set the note on a whole story (\"\" removes it)"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  gint64 story_id;
  int status;

  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2 && argc != 3)
    return usage_error (context, _("Give a story id, and the note to set it."));
  if (!parse_id (context, argv[1], &story_id, &status))
    return status;
  if (argc == 3 && !g_utf8_validate (argv[2], -1, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The note is not valid UTF-8 text."));
      return EXIT_FAILED;
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    return fail (error);

  if (argc == 3)
    return lectern_store_set_story_note_sync (store, story_id, argv[2], &error) ? EXIT_OK : fail (error);

  note = lectern_store_get_story_note_sync (store, story_id, &error);
  if (note == NULL)
    return fail (error);
  if (*note != '\0')
    g_print ("%s\n", note);
  return EXIT_OK;
}

/* User corrections of people and organizations (issue 3). */

/* The story and its corrected entities, or NULL after printing why. */
static GPtrArray *
load_corrected (LecternStore  *store,
                gint64         story_id,
                LecternStory **out_story)
{
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entities;

  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    {
      fail (error);
      return NULL;
    }
  entities = lectern_store_get_corrected_entities_sync (store, story, NULL, NULL, &error);
  if (entities == NULL)
    {
      fail (error);
      return NULL;
    }

  if (out_story != NULL)
    *out_story = g_steal_pointer (&story);
  return entities;
}

static int
stored_entities (GOptionContext *context,
                 const char     *story_arg,
                 gboolean        json)
{
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id;
  int status;

  if (!parse_id (context, story_arg, &story_id, &status))
    return status;

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  entities = load_corrected (store, story_id, NULL);
  if (entities == NULL)
    return EXIT_FAILED;

  print_entities (entities, json);
  return EXIT_OK;
}

static void
print_correction (const LecternCorrection *correction)
{
  const char *value = correction->value;

  if (correction->kind == LECTERN_CORRECTION_RETYPE || correction->kind == LECTERN_CORRECTION_ADD)
    value = lectern_entity_type_to_string (correction->type);

  /* id, kind, form, value, scope: tab-separated for scripts. */
  g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", correction->id,
           lectern_correction_kind_to_string (correction->kind), correction->form,
           value != NULL ? value : "", correction->general ? "all-stories" : "this-story");
}

static int
correct_command (int    argc,
                 char **argv)
{
  gboolean only_here = FALSE;
  const GOptionEntry entries[] = {
    { "only-here", 0, 0, G_OPTION_ARG_NONE, &only_here, N_("Apply to this story only, not to other stories"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID ACTION — correct the people and organizations of a story"));
  static const struct { const char *action; int n_args; } actions[] = {
    { "rename", 2 }, { "type", 2 }, { "merge", 2 }, { "split", 1 }, { "remove", 1 },
    { "add", 2 }, { "undo", 1 }, { "list", 0 },
  };
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(LecternCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  const char *action;
  LecternEntityType type = LECTERN_ENTITY_PERSON;
  gint64 story_id;
  int status;
  gboolean known = FALSE;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Translators: keep the action names and their arguments untranslated. */
  g_option_context_set_description (context,
                                    _("Actions:\n"
                                      "  rename FORM NEW_NAME\n"
                                      "  type FORM person|organization\n"
                                      "  merge FORM_A FORM_B\n"
                                      "  split FORM\n"
                                      "  remove FORM\n"
                                      "  add TEXT person|organization\n"
                                      "  undo CORRECTION_ID\n"
                                      "  list\n\n"
                                      "FORM is a name as the story writes it (any form of the "
                                      "entry). Corrections other than split also apply to other "
                                      "stories unless --only-here is given.\n"));
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return usage_error (context, _("Give a story id and an action."));
  if (!parse_id (context, argv[1], &story_id, &status))
    return status;

  action = argv[2];
  for (guint i = 0; i < G_N_ELEMENTS (actions) && !known; i++)
    {
      if (!g_str_equal (action, actions[i].action))
        continue;
      known = TRUE;
      if (argc != 3 + actions[i].n_args)
        {
          /* Translators: %s is an action such as “rename”; the plural follows the number. */
          g_autofree char *message = g_strdup_printf (ngettext ("“%s” takes %d argument.",
                                                                "“%s” takes %d arguments.",
                                                                actions[i].n_args),
                                                      action, actions[i].n_args);

          return usage_error (context, message);
        }
    }
  if (!known)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an action. Use rename, type, "
                                                    "merge, split, remove, add, undo or list."),
                                                  action);

      return usage_error (context, message);
    }
  for (int i = 3; i < argc; i++)
    if (!g_utf8_validate (argv[i], -1, NULL))
      {
        g_printerr ("lectern-cli: %s\n", _("An argument is not valid UTF-8 text."));
        return EXIT_FAILED;
      }
  if (g_str_equal (action, "type") || g_str_equal (action, "add"))
    {
      if (!lectern_entity_type_from_string (argv[4], &type)
          || (type != LECTERN_ENTITY_PERSON && type != LECTERN_ENTITY_ORGANIZATION))
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("“%s” is not a kind of entry. Use person or "
                                       "organization."), argv[4]);

          return usage_error (context, message);
        }
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);

  if (g_str_equal (action, "list") || g_str_equal (action, "undo"))
    {
      g_autoptr(GPtrArray) corrections = NULL;
      g_autoptr(GPtrArray) undone = NULL;
      gint64 correction_id;

      story = lectern_store_get_story_sync (store, story_id, &error);
      if (story == NULL)
        return fail (error);

      if (g_str_equal (action, "list"))
        {
          corrections = lectern_store_list_corrections_sync (store, story_id, &error);
          if (corrections == NULL)
            return fail (error);
          for (guint i = 0; i < corrections->len; i++)
            print_correction (g_ptr_array_index (corrections, i));
          return EXIT_OK;
        }

      if (!parse_id (context, argv[3], &correction_id, &status))
        return status;
      undone = lectern_correct_undo_sync (store, story, correction_id, NULL, &error);
      return undone != NULL ? EXIT_OK : fail (error);
    }

  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    return fail (error);

  if (g_str_equal (action, "rename"))
    correction = lectern_correction_new_rename (argv[3], argv[4]);
  else if (g_str_equal (action, "type"))
    correction = lectern_correction_new_retype (argv[3], type);
  else if (g_str_equal (action, "remove"))
    correction = lectern_correction_new_remove (argv[3]);
  else if (g_str_equal (action, "merge"))
    correction = lectern_correction_new_merge (argv[3], argv[4]);
  else if (g_str_equal (action, "split"))
    correction = lectern_correction_new_split (argv[3]);
  else
    correction = lectern_correction_new_add (argv[3], type);

  if (only_here)
    correction->general = FALSE;
  /* The same checks as the app's: a typo fails instead of being stored as
   * a correction that does nothing. */
  entities = lectern_correct_story_sync (store, story, correction, NULL, &error);
  if (entities == NULL)
    return fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", correction->id);
  return EXIT_OK;
}

/* Issue 7: what the reader mode keeps of a saved web page. */
static int
article_command (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  gboolean captions = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON: text, title, byline, siteName, publishedTime, lang, url"), NULL },
    { "captions", 0, 0, G_OPTION_ARG_NONE, &captions, N_("Keep photo captions in the text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — the article of a saved web page, without menus, ads or comments"));
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternArticle) article = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *body = NULL;
  gsize length;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, _("Give exactly one web page."));

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return fail (error);

  article = lectern_formats_html_read (contents, length, NULL, &error);
  if (article == NULL)
    return fail (error);
  /* The running text, as article benchmarks define it: captions are kept
   * in the story but are not the article's text. */
  body = captions ? g_strdup (article->text) : lectern_article_get_body (article);
  if (!article->found)
    g_printerr (_("lectern-cli: “%s” has no article that Lectern can find; this is the whole text "
                  "of the page.\n"), argv[1]);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\"text\": ");
      const struct { const char *key; const char *value; } fields[] = {
        { "title", article->title }, { "byline", article->byline },
        { "siteName", article->site_name }, { "publishedTime", article->published },
        { "lang", article->lang }, { "url", article->url },
      };

      lectern_json_append_string (out, body);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_string_append_printf (out, ", \"%s\": ", fields[i].key);
          if (fields[i].value[0] != '\0')
            lectern_json_append_string (out, fields[i].value);
          else
            g_string_append (out, "null");
        }
      g_string_append (out, "}\n");
      g_print ("%s", out->str);
    }
  else
    {
      g_print ("%s\n", body);
    }

  return EXIT_OK;
}

/* Issue 13: search, people, entity, dossier. */

static gboolean
parse_limit (GOptionContext *context,
             int             limit,
             int            *status)
{
  if (limit < 1)
    {
      *status = usage_error (context, _("--limit takes a whole number, 1 or more."));
      return FALSE;
    }

  return TRUE;
}

static void
append_search_hit_json (GString                *out,
                        const LecternSearchHit *hit)
{
  g_autoptr(GArray) marks = NULL;
  g_autofree char *snippet = lectern_search_hit_snippet_plain (hit, &marks);

  g_string_append_printf (out, "{\"story_id\": %" G_GINT64_FORMAT ", \"title\": ", hit->story_id);
  lectern_json_append_string (out, hit->title);
  g_string_append (out, ", \"match\": ");
  lectern_json_append_string (out, lectern_search_match_to_string (hit->match));
  if (hit->highlight_id > 0)
    g_string_append_printf (out, ", \"highlight_id\": %" G_GINT64_FORMAT, hit->highlight_id);
  else
    g_string_append (out, ", \"highlight_id\": null");
  if (hit->start >= 0)
    g_string_append_printf (out, ", \"start\": %" G_GINT64_FORMAT ", \"end\": %" G_GINT64_FORMAT,
                            hit->start, hit->end);
  else
    g_string_append (out, ", \"start\": null, \"end\": null");
  g_string_append (out, ", \"snippet\": ");
  lectern_json_append_string (out, snippet);
  g_string_append (out, ", \"snippet_matches\": [");
  for (guint i = 0; i < marks->len; i++)
    {
      const LecternSpan *span = &g_array_index (marks, LecternSpan, i);

      g_string_append_printf (out, "%s[%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]",
                              i > 0 ? ", " : "", span->start, span->end);
    }
  g_string_append_printf (out, "], \"rank\": %.9g}", hit->rank);
}

static int
search_command (int    argc,
                char **argv)
{
  gboolean json = FALSE, check = FALSE;
  int limit = 20, offset = 0;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, N_("Check that the search index agrees with the library"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N hits (default 20)"), N_("N") },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_("Skip the first N hits (the next page)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("QUERY — search story texts, titles, highlights, notes, tags and names"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  int status;

  g_option_context_set_description (context, _("Words must all appear, in any form: accents, "
                                                "case and elisions (l’, d’…) do not matter. "
                                                "\"two words\" is a phrase, word* a prefix, and "
                                                "OR between two terms means either."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (check)
    {
      if (argc != 1)
        return usage_error (context, _("--check takes no query."));
      store = open_store (&error);
      if (store == NULL || !lectern_search_check_sync (store, &error))
        return fail (error);
      g_print ("%s\n", _("The search index agrees with the library."));
      return EXIT_OK;
    }
  if (argc < 2)
    return usage_error (context, _("Give something to search for."));
  if (!parse_limit (context, limit, &status))
    return status;
  if (offset < 0)
    return usage_error (context, _("--offset takes a whole number, 0 or more."));
  for (int i = 1; i < argc; i++)
    if (!g_utf8_validate (argv[i], -1, NULL))
      {
        g_printerr ("lectern-cli: %s\n", _("The query is not valid UTF-8 text."));
        return EXIT_FAILED;
      }
  /* Several arguments are one query: search Jean Dupont. */
  query = g_strjoinv (" ", argv + 1);

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  hits = lectern_search_sync (store, query, offset, limit, &error);
  if (hits == NULL)
    return fail (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\"query\": ");

      lectern_json_append_string (out, query);
      g_string_append (out, ", \"hits\": [");
      for (guint i = 0; i < hits->len; i++)
        {
          g_string_append (out, i > 0 ? ",\n  " : "\n  ");
          append_search_hit_json (out, g_ptr_array_index (hits, i));
        }
      g_string_append (out, hits->len > 0 ? "\n]}\n" : "]}\n");
      g_print ("%s", out->str);
      return EXIT_OK;
    }

  /* story id, what matched, passage, title; then the snippet with the
   * matches in [brackets]. */
  for (guint i = 0; i < hits->len; i++)
    {
      const LecternSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *title = one_line (hit->title);
      g_autofree char *snippet = lectern_search_hit_snippet_marked (hit, "[", "]");

      if (hit->start >= 0)
        g_print ("%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\t%s\n",
                 hit->story_id, lectern_search_match_to_string (hit->match), hit->start,
                 hit->end, title);
      else
        g_print ("%" G_GINT64_FORMAT "\t%s\t-\t%s\n", hit->story_id,
                 lectern_search_match_to_string (hit->match), title);
      g_print ("\t%s\n", snippet);
    }

  return EXIT_OK;
}

/* Brings the library's entity lists up to date, saying so when it takes
 * an extraction. */
static gboolean
refresh_entities (LecternStore  *store,
                  GError       **error)
{
  guint n_updated = 0;

  if (!lectern_library_refresh_entities_sync (store, NULL, NULL, &n_updated, error))
    return FALSE;
  if (n_updated > 0)
    g_debug ("Updated the people and organizations of %u stories", n_updated);

  return TRUE;
}

static int
people_command (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *split = NULL;
  g_autofree char *unsplit = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "split", 0, 0, G_OPTION_ARG_STRING, &split, N_("Keep a one-word name (a surname, an acronym) apart from the full name it would join"), N_("NAME") },
    { "unsplit", 0, 0, G_OPTION_ARG_STRING, &unsplit, N_("Let a one-word name join its full name again"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— people and organizations across the library, with story counts"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return usage_error (context, _("“people” takes no arguments."));
  if ((split != NULL && !g_utf8_validate (split, -1, NULL))
      || (unsplit != NULL && !g_utf8_validate (unsplit, -1, NULL)))
    {
      g_printerr ("lectern-cli: %s\n", _("The name is not valid UTF-8 text."));
      return EXIT_FAILED;
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  if ((split != NULL && !lectern_library_set_split_sync (store, split, TRUE, &error))
      || (unsplit != NULL && !lectern_library_set_split_sync (store, unsplit, FALSE, &error)))
    return fail (error);
  if (!refresh_entities (store, &error))
    return fail (error);
  entities = lectern_library_list_entities_sync (store, &error);
  if (entities == NULL)
    return fail (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("[");

      for (guint i = 0; i < entities->len; i++)
        {
          const LecternLibraryEntity *entity = g_ptr_array_index (entities, i);

          g_string_append (out, i > 0 ? ",\n  {\"name\": " : "\n  {\"name\": ");
          lectern_json_append_string (out, entity->name);
          g_string_append (out, ", \"type\": ");
          lectern_json_append_string (out, lectern_entity_type_to_string (entity->type));
          g_string_append_printf (out, ", \"stories\": %u, \"mentions\": %u, \"keys\": [",
                                  entity->n_stories, entity->n_mentions);
          for (guint j = 0; j < entity->keys->len; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              lectern_json_append_string (out, g_ptr_array_index (entity->keys, j));
            }
          g_string_append (out, "]}");
        }
      g_string_append (out, entities->len > 0 ? "\n]\n" : "]\n");
      g_print ("%s", out->str);
      return EXIT_OK;
    }

  /* type, stories, mentions, name: tab-separated for scripts. */
  for (guint i = 0; i < entities->len; i++)
    {
      const LecternLibraryEntity *entity = g_ptr_array_index (entities, i);
      g_autofree char *name = one_line (entity->name);

      g_print ("%s\t%u\t%u\t%s\n", lectern_entity_type_to_string (entity->type),
               entity->n_stories, entity->n_mentions, name);
    }

  return EXIT_OK;
}

static LecternEntityPage *
load_entity_page (GOptionContext  *context,
                  int              argc,
                  char           **argv,
                  LecternStore   **out_store,
                  int             *status)
{
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  LecternEntityPage *page;

  if (argc < 2)
    {
      *status = usage_error (context, _("Give the name of a person or organization."));
      return NULL;
    }
  for (int i = 1; i < argc; i++)
    if (!g_utf8_validate (argv[i], -1, NULL))
      {
        g_printerr ("lectern-cli: %s\n", _("The name is not valid UTF-8 text."));
        *status = EXIT_FAILED;
        return NULL;
      }
  name = g_strjoinv (" ", argv + 1);

  store = open_store (&error);
  if (store == NULL || !refresh_entities (store, &error)
      || (page = lectern_library_get_entity_sync (store, name, &error)) == NULL)
    {
      *status = fail (error);
      return NULL;
    }

  *out_store = g_steal_pointer (&store);
  return page;
}

static void
append_entity_page_json (GString                 *out,
                         const LecternEntityPage *page)
{
  const LecternLibraryEntity *entity = page->entity;

  g_string_append (out, "{\"name\": ");
  lectern_json_append_string (out, entity->name);
  g_string_append (out, ", \"type\": ");
  lectern_json_append_string (out, lectern_entity_type_to_string (entity->type));
  g_string_append_printf (out, ", \"stories_count\": %u, \"mentions\": %u,\n \"forms\": [",
                          entity->n_stories, entity->n_mentions);
  for (guint i = 0; i < page->forms->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      lectern_json_append_string (out, g_ptr_array_index (page->forms, i));
    }
  g_string_append (out, "],\n \"stories\": [");
  for (guint i = 0; i < page->stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (page->stories, i);
      g_autoptr(GDateTime) added = g_date_time_new_from_unix_utc (story->imported_at);
      g_autofree char *date = added != NULL ? g_date_time_format_iso8601 (added) : g_strdup ("");

      g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT ", \"title\": ",
                              i > 0 ? ",\n  " : "\n  ", story->story_id);
      lectern_json_append_string (out, story->title);
      g_string_append (out, ", \"added\": ");
      lectern_json_append_string (out, date);
      g_string_append_printf (out, ", \"mentions\": %u, \"first\": [%" G_GINT64_FORMAT
                              ", %" G_GINT64_FORMAT "]}", story->n_mentions,
                              story->mentions->len > 0
                              ? g_array_index (story->mentions, LecternSpan, 0).start : -1,
                              story->mentions->len > 0
                              ? g_array_index (story->mentions, LecternSpan, 0).end : -1);
    }
  g_string_append (out, "],\n \"highlights\": [");
  for (guint i = 0; i < page->highlights->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      append_highlight_json (out, g_ptr_array_index (page->highlights, i));
    }
  g_string_append (out, "],\n \"notes\": [");
  for (guint i = 0; i < page->notes->len; i++)
    {
      const LecternEntityNote *note = g_ptr_array_index (page->notes, i);

      g_string_append_printf (out, "%s{\"story_id\": %" G_GINT64_FORMAT ", \"note\": ",
                              i > 0 ? ", " : "", note->story_id);
      lectern_json_append_string (out, note->note);
      g_string_append (out, "}");
    }
  g_string_append (out, "],\n \"corrections\": [");
  for (guint i = 0; i < page->corrections->len; i++)
    {
      const LecternCorrection *correction = g_ptr_array_index (page->corrections, i);

      g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT ", \"kind\": ",
                              i > 0 ? ", " : "", correction->id);
      lectern_json_append_string (out, lectern_correction_kind_to_string (correction->kind));
      g_string_append (out, ", \"form\": ");
      lectern_json_append_string (out, correction->form);
      g_string_append (out, ", \"value\": ");
      if (correction->value != NULL)
        lectern_json_append_string (out, correction->value);
      else
        g_string_append (out, "null");
      g_string_append_printf (out, ", \"general\": %s}", correction->general ? "true" : "false");
    }
  g_string_append (out, "]}\n");
}

static int
entity_command (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("NAME — what the library holds about one person or organization"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternEntityPage) page = NULL;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  page = load_entity_page (context, argc, argv, &store, &status);
  if (page == NULL)
    return status;

  if (json)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      append_entity_page_json (out, page);
      g_print ("%s", out->str);
      return EXIT_OK;
    }

  {
    g_autofree char *name = one_line (page->entity->name);

    g_print ("%s\t%s\t%u\t%u\n", name, lectern_entity_type_to_string (page->entity->type),
             page->entity->n_stories, page->entity->n_mentions);
  }
  if (page->forms->len > 0)
    {
      g_autoptr(GString) forms = g_string_new (NULL);

      for (guint i = 0; i < page->forms->len; i++)
        g_string_append_printf (forms, "%s%s", i > 0 ? ", " : "",
                                (char *) g_ptr_array_index (page->forms, i));
      g_print ("%s %s\n", _("Written as:"), forms->str);
    }
  g_print ("%s\n", _("Stories:"));
  for (guint i = 0; i < page->stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (page->stories, i);
      g_autoptr(GDateTime) added = g_date_time_new_from_unix_local (story->imported_at);
      g_autofree char *date = added != NULL ? g_date_time_format (added, "%Y-%m-%d") : g_strdup ("");
      g_autofree char *title = one_line (story->title);

      g_print ("\t%" G_GINT64_FORMAT "\t%s\t%u\t%s\n", story->story_id, date,
               story->n_mentions, title);
    }
  if (page->highlights->len > 0)
    g_print ("%s\n", _("Highlights near its mentions:"));
  for (guint i = 0; i < page->highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (page->highlights, i);
      g_autofree char *quote = one_line (highlight->quote);

      g_print ("\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\n", highlight->story_id,
               highlight->id, quote);
      if (*highlight->note != '\0')
        {
          g_autofree char *note = one_line (highlight->note);

          g_print ("\t\t%s %s\n", _("Note:"), note);
        }
    }
  if (page->notes->len > 0)
    g_print ("%s\n", _("Story notes that name it:"));
  for (guint i = 0; i < page->notes->len; i++)
    {
      const LecternEntityNote *note = g_ptr_array_index (page->notes, i);
      g_autofree char *text = one_line (note->note);

      g_print ("\t%" G_GINT64_FORMAT "\t%s\n", note->story_id, text);
    }
  if (page->corrections->len > 0)
    g_print ("%s\n", _("Corrections:"));
  for (guint i = 0; i < page->corrections->len; i++)
    print_correction (g_ptr_array_index (page->corrections, i));

  return EXIT_OK;
}

/* A dossier's bytes (a PDF is binary) to --output or standard output. */
static gboolean
emit_bytes (const char  *output,
            GBytes      *bytes,
            gboolean     force,
            GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (output == NULL)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Could not write to standard output."));
          return FALSE;
        }
      return TRUE;
    }
  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists. Use --force to replace it."), output);
      return FALSE;
    }

  return lectern_export_write_file (output, data, size, error);
}

static int
dossier_command (int    argc,
                 char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("markdown (default), html or pdf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace an existing file"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("NAME — everything the library holds about one person or organization, as one document"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  LecternDossierFormat format = LECTERN_DOSSIER_MARKDOWN;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (format_name != NULL && !lectern_dossier_format_from_string (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a dossier format. Use markdown, "
                                                    "html or pdf."), format_name);

      return usage_error (context, message);
    }
  page = load_entity_page (context, argc, argv, &store, &status);
  if (page == NULL)
    return status;

  categories = lectern_store_list_categories_sync (store, &error);
  if (categories == NULL)
    return fail (error);
  contents = lectern_dossier_write_bytes (page, format, categories, NULL, &error);
  if (contents == NULL || !emit_bytes (output, contents, force, &error))
    return fail (error);

  return EXIT_OK;
}

/* Quotations and their speakers. */

static void
print_quotes (const char *text,
              GPtrArray  *quotes,
              gboolean    json)
{
  /* Quotations come in reading order: one walk through the text, where a
   * substring from the start for each took 23 s on a 1 MB story. */
  const char *p = text;
  gint64 p_offset = 0;

  if (json)
    {
      g_autofree char *out = lectern_quotes_to_json (quotes);

      print_text (out);
      return;
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);
      const char *who = quote->speaker != NULL ? quote->speaker
                        : quote->speaker_text != NULL ? quote->speaker_text
                        /* Translators: the speaker of a quotation nobody is named for */
                        : _("(nobody)");
      g_autofree char *words = NULL;
      g_autofree char *line = NULL;

      if (quote->start < p_offset)
        {
          p = text;
          p_offset = 0;
        }
      for (; p_offset < quote->start && *p != '\0'; p_offset++)
        p = g_utf8_next_char (p);
      words = lectern_utf8_substring (p, 0, quote->end - quote->start);
      line = one_line (words);

      g_print ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\t%s\t%s\n",
               quote->start, quote->end, who, line);
    }
}

static int
quotes_command (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *story_arg = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the format of score.py)"), NULL },
    { "story", 0, 0, G_OPTION_ARG_STRING, &story_arg, N_("A story of the library instead of a file, with the user’s corrections"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE | --story ID — quotations of a text file or a stored story, and who said them"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autofree char *contents = NULL;
  const char *text;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;

  if (story_arg != NULL)
    {
      g_autoptr(LecternStore) store = NULL;
      gint64 story_id;

      if (argc != 1)
        return usage_error (context, _("Give a text file or --story ID, not both."));
      if (!parse_id (context, story_arg, &story_id, &status))
        return status;
      store = open_store (&error);
      if (store == NULL)
        return fail (error);
      entities = load_corrected (store, story_id, &story);
      if (entities == NULL)
        return EXIT_FAILED;
      corrections = lectern_store_list_quote_corrections_sync (store, story_id, &error);
      if (corrections == NULL)
        return fail (error);
      text = story->text;
    }
  else
    {
      LecternExtractor *extractor;
      gsize length;

      if (argc != 2)
        return usage_error (context, _("Give exactly one text file."));
      if (!g_file_get_contents (argv[1], &contents, &length, &error))
        return fail (error);
      if (!g_utf8_validate (contents, length, NULL))
        {
          g_printerr ("lectern-cli: %s\n", _("The file is not UTF-8 text."));
          return EXIT_FAILED;
        }
      extractor = lectern_extractor_get_default (&error);
      if (extractor == NULL)
        return fail (error);
      entities = lectern_extractor_extract (extractor, contents, NULL, NULL, NULL, &error);
      if (entities == NULL)
        return fail (error);
      text = contents;
    }

  quotes = lectern_quotes_find (text, entities);
  lectern_quotes_apply_corrections (quotes, text, corrections);
  print_quotes (text, quotes, json);
  return EXIT_OK;
}

static int
quote_correct_command (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("STORY_ID not-quote START END | speaker START END NAME | undo ID | list — correct the quotations of a story"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(LecternQuoteCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  LecternQuoteCorrectionKind kind;
  gint64 story_id, start, end, correction_id;
  const char *action;
  int status;

  g_option_context_set_description (context, _("NAME \"\" means that nobody said it. "
                                               "START END are the offsets of the quotation, "
                                               "as “quotes --story” prints them."));
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return usage_error (context, _("Give a story id and an action."));
  if (!parse_id (context, argv[1], &story_id, &status))
    return status;
  action = argv[2];

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  story = lectern_store_get_story_sync (store, story_id, &error);
  if (story == NULL)
    return fail (error);

  if (g_str_equal (action, "list"))
    {
      if (argc != 3)
        return usage_error (context, _("“list” takes nothing more."));
      corrections = lectern_store_list_quote_corrections_sync (store, story_id, &error);
      if (corrections == NULL)
        return fail (error);
      for (guint i = 0; i < corrections->len; i++)
        {
          const LecternQuoteCorrection *c = g_ptr_array_index (corrections, i);

          g_print ("%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\n",
                   c->id, lectern_quote_correction_kind_to_string (c->kind), c->start, c->end,
                   c->speaker != NULL ? c->speaker : "");
        }
      return EXIT_OK;
    }

  if (g_str_equal (action, "undo"))
    {
      if (argc != 4)
        return usage_error (context, _("Give one correction id."));
      if (!parse_id (context, argv[3], &correction_id, &status))
        return status;
      /* Only this story's corrections: an id of another story is not found. */
      corrections = lectern_store_list_quote_corrections_sync (store, story_id, &error);
      if (corrections == NULL)
        return fail (error);
      for (guint i = 0; i < corrections->len; i++)
        if (((LecternQuoteCorrection *) g_ptr_array_index (corrections, i))->id == correction_id)
          return lectern_store_undo_quote_correction_sync (store, correction_id, &error)
                 ? EXIT_OK : fail (error);
      g_printerr (_("lectern-cli: story %" PRId64 " has no quotation correction with id %" PRId64
                    ".\n"), story_id, correction_id);
      return EXIT_FAILED;
    }

  if (!lectern_quote_correction_kind_from_string (action, &kind))
    return usage_error (context, _("The action is not-quote, speaker, undo or list."));
  if (argc != (kind == LECTERN_QUOTE_CORRECTION_SPEAKER ? 6 : 5))
    return usage_error (context, kind == LECTERN_QUOTE_CORRECTION_SPEAKER
                                 ? _("Give a start, an end and a name (\"\" for nobody).")
                                 : _("Give a start and an end offset."));
  if (!parse_offset (context, argv[3], &start, &status) ||
      !parse_offset (context, argv[4], &end, &status))
    return status;
  if (end <= start || end > story->n_chars)
    {
      g_printerr (_("lectern-cli: %" PRId64 "–%" PRId64 " is not a passage of "
                    "story %" PRId64 ": the end must come after the start, and the "
                    "story has %" PRId64 " characters.\n"),
                  start, end, story_id, story->n_chars);
      return EXIT_FAILED;
    }
  if (kind == LECTERN_QUOTE_CORRECTION_SPEAKER && !g_utf8_validate (argv[5], -1, NULL))
    {
      g_printerr ("lectern-cli: %s\n", _("The speaker is not valid UTF-8 text."));
      return EXIT_FAILED;
    }

  correction = lectern_quote_correction_new (kind, start, end,
                                             kind == LECTERN_QUOTE_CORRECTION_SPEAKER
                                             ? g_strstrip (argv[5]) : NULL);
  if (lectern_store_add_quote_correction_sync (store, story_id, correction, &error) == 0)
    return fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", correction->id);
  return EXIT_OK;
}

static int
tag_command (int    argc,
             char **argv)
{
  g_autofree char *add = NULL;
  g_autofree char *remove = NULL;
  const GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_STRING, &add, N_("Add TAG to the stories"), N_("TAG") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &remove, N_("Remove TAG from the stories"), N_("TAG") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID… — tag whole stories"));
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) changed = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if ((add == NULL) == (remove == NULL))
    return usage_error (context, _("“tag” takes one of --add TAG or --remove TAG."));
  if (argc < 2)
    return usage_error (context, _("“tag” needs the ids of the stories."));
  for (int i = 1; i < argc; i++)
    {
      gint64 id;

      if (!parse_id (context, argv[i], &id, &status))
        return status;
      g_array_append_val (ids, id);
    }

  store = open_store (&error);
  if (store == NULL)
    return fail (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, g_array_index (ids, gint64, i),
                                                                   &error);

      if (story == NULL)
        return fail (error);
    }
  if (!lectern_library_tag_stories_sync (store, (gint64 *) ids->data, ids->len,
                                         add != NULL ? add : remove, add != NULL, &changed,
                                         &error))
    return fail (error);

  g_print (add != NULL ? ngettext ("Tagged %u story.\n", "Tagged %u stories.\n", changed->len)
                       : ngettext ("Untagged %u story.\n", "Untagged %u stories.\n", changed->len),
           changed->len);
  return EXIT_OK;
}

static const Command commands[] = {
  { "import", import_command, N_("Add text files to the library and print their ids") },
  { "list", list_command, N_("List the stories: id, title, number of highlights, progress, tags") },
  { "tag", tag_command, N_("Add a tag to stories or remove it: “tag ID… --add TAG”") },
  { "entities", entities_command, N_("List the people and organizations of a text file or story") },
  { "quotes", quotes_command, N_("List the quotations of a text file or story and who said them") },
  { "quote-correct", quote_correct_command, N_("Correct a quotation of a story: not a quote, or another speaker") },
  { "highlight", highlight_command, N_("“highlight add STORY_ID START END”, “edit ID”, “delete ID”") },
  { "highlights", highlights_command, N_("List a story’s highlights") },
  { "export", export_command, N_("Export highlights and notes (Markdown, HTML, JSON, CSV, text, Org)") },
  { "categories", categories_command, N_("List or rename the highlight categories") },
  { "story-note", story_note_command, N_("Show or set the note on a whole story") },
  { "import-notes", import_notes_command, N_("Import highlights and notes from a JSON export") },
  { "reimport", reimport_command, N_("Replace a story with a new version and re-anchor its highlights") },
  { "article", article_command, N_("Print the article of a saved web page (reader mode)") },
  { "correct", correct_command, N_("Correct the people and organizations of a story, or undo") },
  { "search", search_command, N_("Search the library: texts, titles, highlights, notes, tags, names") },
  { "people", people_command, N_("List the people and organizations of the whole library") },
  { "entity", entity_command, N_("Show what the library holds about one person or organization") },
  { "dossier", dossier_command, N_("Write a dossier on one person or organization (Markdown, HTML, PDF)") },
};

static void
print_usage (void)
{
  g_printerr ("%s\n\n%s\n", _("Usage: lectern-cli [--db PATH] COMMAND [ARGS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-12s %s\n", commands[i].name, _(commands[i].summary));
}

int
main (int    argc,
      char **argv)
{
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* --db PATH before the command sets the database for every command. */
  while (first + 1 < argc && g_str_equal (argv[first], "--db"))
    {
      g_setenv ("LECTERN_DB", argv[first + 1], TRUE);
      first += 2;
    }

  if (first >= argc)
    {
      print_usage ();
      return EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[first], commands[i].name))
      return commands[i].run (argc - first, argv + first);

  g_printerr ("lectern-cli: %s: %s\n\n", _("unknown command"), argv[first]);
  print_usage ();
  return EXIT_USAGE;
}
