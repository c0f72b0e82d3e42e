/* test-export-safety.c: notes made safe, grapheme clusters, file names,
 * Org neutralisation, JSON without empty lists, the PDF
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lectern-export.h"
#include "lectern-graphemes.h"
#include "lectern-json.h"
#include "lectern-markdown.h"
#include "lectern-pdf.h"
#include "lectern-store.h"
#include "lectern-store-private.h"

#include <cmark.h>
#include <sqlite3.h>

static void
test_url_is_unsafe (void)
{
  const char *unsafe[] = { "javascript:alert(1)", "JaVaScRiPt:x", "  javascript:x", "java\tscript:x",
                           "vbscript:x", "file:///etc/passwd", "data:text/html,<b>", NULL };
  const char *safe[] = { "https://example.org", "mailto:a@b.c", "relative/path", "#hl-1",
                         "data:image/png;base64,AAAA", "javascript", NULL };

  for (guint i = 0; unsafe[i] != NULL; i++)
    g_assert_true (lectern_markdown_url_is_unsafe (unsafe[i]));
  for (guint i = 0; safe[i] != NULL; i++)
    g_assert_false (lectern_markdown_url_is_unsafe (safe[i]));
}

/* Whatever way a note spells a script link, what libcmark reads of the
 * safe version has none, and its text is still there. */
static void
test_markdown_links (void)
{
  const char *notes[] = {
    "[x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(2)",
    "[x](java&#115;cript:alert(3))",
    "[x](JAVASCRIPT:alert(4) \"title\")",
    "<javascript:alert(5)>",
    "![img](javascript:alert(6))",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autofree char *safe = lectern_markdown_make_safe (notes[i]);
      g_autofree char *html = lectern_markdown_to_html (notes[i]);

      g_autofree char *lower = g_ascii_strdown (html, -1);

      g_assert_false (lectern_markdown_has_unsafe_links (safe));
      g_assert_null (strstr (lower, "href=\"javascript"));
      g_assert_null (strstr (lower, "src=\"javascript"));
      g_assert_null (strstr (lower, "href=\"java&#115;"));
    }
  g_assert_true (lectern_markdown_has_unsafe_links ("[x](java&#115;cript:alert(3))"));

  /* A note without a bad link keeps its links. */
  {
    g_autofree char *safe = lectern_markdown_make_safe ("See [the source](https://example.org).");

    g_assert_cmpstr (safe, ==, "See [the source](https://example.org).");
  }
}

static void
test_markdown_blocks (void)
{
  g_autofree char *fence = lectern_markdown_make_safe ("Code:\n```sh\nrm -rf /\n");
  g_autofree char *tilde = lectern_markdown_make_safe ("~~~~\nx\n~~~");
  g_autofree char *closed = lectern_markdown_make_safe ("```\nx\n```\nafter ^word");
  g_autofree char *caret = lectern_markdown_make_safe ("the end ^word\nx^2 stays");
  g_autofree char *html = lectern_markdown_make_safe ("<b>bold</b>");

  /* An open fence is closed with the same character and length. */
  g_assert_cmpstr (fence, ==, "Code:\n```sh\nrm -rf /\n```");
  g_assert_cmpstr (tilde, ==, "~~~~\nx\n~~~\n~~~~");
  g_assert_cmpstr (closed, ==, "```\nx\n```\nafter \\^word");
  g_assert_cmpstr (caret, ==, "the end \\^word\nx^2 stays");
  g_assert_cmpstr (html, ==, "\\<b>bold\\</b>");
}

/* Random notes made of Markdown's sharpest pieces: whatever the note, a
 * block quote written after it is still a block quote, and no script
 * link survives. */
static void
test_markdown_random_notes (void)
{
  static const char *const pieces[] = {
    "```", "~~~", "````", "    ", "> ", "- ", "1. ", "<", ">", "[", "]", "(", ")", "javascript:",
    "JavaScript:", "&#106;", "java&#115;cript:", "x", "word", " ", "\n", "\n\n", "\\", "^", "^id",
    "<div>", "<!--", "-->", "*", "_", "`", "[ref]: ", "<javascript:x>", ":", "data:text/html,",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) note = g_string_new (NULL);
      g_autofree char *safe = NULL;
      g_autofree char *document = NULL;
      guint n = g_rand_int_range (rand, 1, 24);
      cmark_node *root, *last;

      for (guint i = 0; i < n; i++)
        {
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          if (g_str_equal (piece, "\\n"))
            g_string_append_c (note, '\n');
          else if (g_str_equal (piece, "\\n\\n"))
            g_string_append (note, "\n\n");
          else
            g_string_append (note, piece);
        }

      safe = lectern_markdown_make_safe (note->str);
      if (lectern_markdown_has_unsafe_links (safe))
        g_error ("The note %s kept a script link: %s", note->str, safe);

      /* As the Markdown export writes it: the note, a blank line, the next
       * highlight's quote. */
      document = g_strconcat (safe, "\n\n> next quote\n", NULL);
      root = cmark_parse_document (document, strlen (document), CMARK_OPT_DEFAULT);
      last = cmark_node_last_child (root);
      if (cmark_node_get_type (last) != CMARK_NODE_BLOCK_QUOTE)
        g_error ("The note %s swallowed the next quote", note->str);
      cmark_node_free (root);
    }
}

static void
test_graphemes (void)
{
  const char *family = "a👨‍👩‍👧b";   /* a, 5 code points, b */
  const char *accent = "Cafe\xcc\x81!";
  const char *flags = "🇫🇷🇩🇪";

  g_assert_true (lectern_graphemes_is_boundary (family, 0));
  g_assert_true (lectern_graphemes_is_boundary (family, 1));
  for (gint64 i = 2; i <= 5; i++)
    g_assert_false (lectern_graphemes_is_boundary (family, i));
  g_assert_true (lectern_graphemes_is_boundary (family, 6));
  g_assert_true (lectern_graphemes_is_boundary (family, 7));
  g_assert_false (lectern_graphemes_is_boundary (family, 8));  /* past the end */

  g_assert_false (lectern_graphemes_is_boundary (accent, 4));
  g_assert_true (lectern_graphemes_is_boundary (accent, 5));
  g_assert_true (lectern_graphemes_is_boundary (flags, 2));
  g_assert_false (lectern_graphemes_is_boundary (flags, 1));
  g_assert_false (lectern_graphemes_is_boundary (flags, 3));
}

static void
test_filenames (void)
{
  const struct { const char *title; const char *name; } cases[] = {
    { "CON", "CON_.md" },
    { "lpt1", "lpt1_.md" },
    { "Aux.txt", "Aux.txt_.md" },
    { "COM10", "COM10.md" },
    { "-rf", "rf.md" },
    { "--help me", "help me.md" },
    { "Notes #1 [draft] ^x", "Notes 1 draft x.md" },
    { "a|b", "a b.md" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = lectern_export_suggest_filename (cases[i].title, ".md");

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static LecternExportItem *
item_with (const char *title,
           const char *text,
           gboolean    with_highlight)
{
  g_autoptr(LecternStory) story = lectern_story_new (title, "/tmp/s.txt", text);
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);

  if (with_highlight)
    g_ptr_array_add (highlights, lectern_highlight_new_for_range (story, 0, 5, "blue", ""));
  return lectern_export_item_new (story, highlights, NULL, NULL);
}

static char *
export_of (LecternExportFormat  format,
           LecternExportItem   *item)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);

  g_ptr_array_add (items, item);
  return lectern_export_items (format, items, NULL, NULL);
}

static void
test_org_headlines (void)
{
  g_autofree char *todo = export_of (LECTERN_EXPORT_ORG, item_with ("TODO buy milk :a:", "Texte.", FALSE));
  g_autofree char *comment = export_of (LECTERN_EXPORT_ORG, item_with ("COMMENT this", "Texte.", FALSE));
  g_autofree char *code = export_of (LECTERN_EXPORT_ORG, item_with ("x src_sh{id} {{{m}}} [[elisp:(id)]]",
                                                                     "Texte.", FALSE));

  /* No keyword, no tags: a zero-width space in front and at the end. */
  g_assert_nonnull (strstr (todo, "\n* \u200bTODO buy milk :a:\u200b\n"));
  g_assert_nonnull (strstr (comment, "\n* \u200bCOMMENT this\n"));
  g_assert_nonnull (strstr (code, "\n* x src\u200b_\u200bsh\u200b{id} \u200b{\u200b{\u200b{m}}} [\u200b[\u200belisp:(id)]]\n"));
  /* The title line too. */
  g_assert_nonnull (strstr (code, "#+TITLE: x src\u200b_\u200bsh\u200b{id}"));
}

static void
test_json_no_empty_lists (void)
{
  g_autofree char *empty = export_of (LECTERN_EXPORT_JSON, item_with ("Rien", "Un texte.", FALSE));
  g_autofree char *bare = export_of (LECTERN_EXPORT_JSON, item_with ("Un", "Un texte.", TRUE));
  g_autoptr(LecternJsonNode) root = lectern_json_parse (empty, -1, NULL);
  g_autoptr(LecternJsonNode) other = lectern_json_parse (bare, -1, NULL);
  const LecternJsonNode *page, *annotation;

  g_assert_nonnull (root);
  g_assert_true (g_str_has_prefix (lectern_json_object_get_string (root, "id"), "urn:uuid:"));
  g_assert_null (lectern_json_object_get (root, "first"));
  g_assert_null (strstr (empty, "[]"));

  page = lectern_json_object_get (other, "first");
  g_assert_true (g_str_has_prefix (lectern_json_object_get_string (page, "id"), "urn:uuid:"));
  g_assert_cmpstr (lectern_json_object_get_string (lectern_json_object_get (page, "partOf"), "id"), ==,
                   lectern_json_object_get_string (other, "id"));
  annotation = lectern_json_array_get (lectern_json_object_get (page, "items"), 0);
  g_assert_null (lectern_json_object_get (annotation, "body"));
  g_assert_cmpstr (lectern_json_object_get_string (annotation, "motivation"), ==, "highlighting");
  g_assert_nonnull (lectern_json_object_get (annotation, "stylesheet"));
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

static void
test_pdf (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
  g_autoptr(LecternStory) story = lectern_story_new ("Un titre", "", "Un titre\nLa famille 👨‍👩‍👧 est là.\n");
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, "-", NULL };
  int status;

  g_ptr_array_add (highlights, lectern_highlight_new_for_range (story, 9, 20, "green",
                                                                "Une **note**\n- un point"));
  g_ptr_array_add (items, lectern_export_item_new (story, highlights, NULL, "# Sur l'article"));
  pdf = lectern_export_pdf (items, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  dir = g_dir_make_tmp ("lectern-pdf-XXXXXX", &error);
  path = g_build_filename (dir, "story.pdf", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  argv[3] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The note is rendered: its Markdown marks are gone, its text is not. */
  g_assert_nonnull (strstr (out, "Une note"));
  g_assert_null (strstr (out, "**"));
  g_assert_nonnull (strstr (out, "• un point"));
  g_assert_nonnull (strstr (out, "Sur l'article"));
  g_assert_nonnull (strstr (out, "famille"));
  g_unlink (path);
  g_rmdir (dir);
}

/* Stories of a library from before story UUIDs each get their own, even
 * with equal text, and keep it. */
static void
test_story_uuid_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-uuid-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(LecternStore) store = lectern_store_new_with_version (path, 3, &error);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(LecternStory) added = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO stories (title, source, text, n_chars, imported_at,"
                                 " modified_at, content_hash) VALUES ('A', '', 'Same.', 5, 1, 1, 'x'),"
                                 " ('B', '', 'Same.', 5, 1, 1, 'x');", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = lectern_store_new (path, &error);
  g_assert_no_error (error);
  stories = lectern_store_list_stories_sync (store, &error);
  g_assert_cmpuint (stories->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_true (g_uuid_string_is_valid (((LecternStory *) g_ptr_array_index (stories, i))->uuid));
  g_assert_cmpstr (((LecternStory *) g_ptr_array_index (stories, 0))->uuid, !=,
                   ((LecternStory *) g_ptr_array_index (stories, 1))->uuid);

  /* New stories get one when stored; the same one is read back. */
  added = lectern_story_new ("C", "", "Other.");
  g_assert_cmpint (lectern_store_add_story_sync (store, added, &error), >, 0);
  g_assert_true (g_uuid_string_is_valid (added->uuid));
  g_assert_cmpint (lectern_store_find_story_by_uuid_sync (store, added->uuid, &error), ==, added->id);
  for (guint i = 0; i < stories->len; i++)
    {
      LecternStory *before = g_ptr_array_index (stories, i);
      gint64 id = lectern_store_find_story_by_uuid_sync (store, before->uuid, &error);

      g_assert_cmpint (id, ==, before->id);
    }

  g_assert_finalize_object (g_steal_pointer (&store));
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/export-safety/url-is-unsafe", test_url_is_unsafe);
  g_test_add_func ("/lectern/export-safety/markdown-links", test_markdown_links);
  g_test_add_func ("/lectern/export-safety/markdown-blocks", test_markdown_blocks);
  g_test_add_func ("/lectern/export-safety/markdown-random-notes", test_markdown_random_notes);
  g_test_add_func ("/lectern/export-safety/graphemes", test_graphemes);
  g_test_add_func ("/lectern/export-safety/filenames", test_filenames);
  g_test_add_func ("/lectern/export-safety/org-headlines", test_org_headlines);
  g_test_add_func ("/lectern/export-safety/json-no-empty-lists", test_json_no_empty_lists);
  g_test_add_func ("/lectern/export-safety/pdf", test_pdf);
  g_test_add_func ("/lectern/export-safety/story-uuid-migration", test_story_uuid_migration);

  return g_test_run ();
}
