/* test-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lectern-export.h"

static const char *nasty_title = "Title: \"quoted\" --- \\ back\n---\nsecond line <script>alert(1)</script> #tag";
static const char *story_text =
  "Intro line.\n"
  "---\n"
  "# Not a heading\n"
  "1. not a list <script>alert(1)</script> *stars* _under_ [link](x)\n"
  "\n"
  "    indented code?\n"
  "Fin.";

static GPtrArray *
make_entities (void)
{
  GPtrArray *entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);

  g_ptr_array_add (entities, lectern_entity_new ("Sam Altman", LECTERN_ENTITY_PERSON));
  g_ptr_array_add (entities, lectern_entity_new ("Satya \"CEO\" Nadella: yes", LECTERN_ENTITY_PERSON));
  g_ptr_array_add (entities, lectern_entity_new ("OpenAI", LECTERN_ENTITY_ORGANIZATION));
  g_ptr_array_add (entities, lectern_entity_new ("Paris", LECTERN_ENTITY_LOCATION));
  return entities;
}

static char *
export_nasty (void)
{
  g_autoptr(LecternStory) story = lectern_story_new (nasty_title, "/home/me/a \"b\".txt", story_text);
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  g_autoptr(GPtrArray) entities = make_entities ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 26, 4, 30, 0);

  /* The whole text, then a passage with a note that tries raw HTML. */
  g_ptr_array_add (highlights, lectern_highlight_new_for_range (story, 0, story->n_chars, NULL, ""));
  g_ptr_array_add (highlights, lectern_highlight_new_for_range (story, 0, 11, "pink",
                                                               "My **note**\n<script>x</script>"));

  return lectern_export_markdown (story, highlights, entities, now);
}

static void
test_export_markdown_structure (void)
{
  g_autofree char *md = export_nasty ();
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);
  guint n_fences = 0;
  guint body;

  g_assert_true (g_str_has_prefix (md, "---\ntitle: \""));
  g_assert_nonnull (strstr (md, "\nexported: \"2026-11-26T04:30:00Z\"\n"));
  g_assert_nonnull (strstr (md, "people:\n  - \"Sam Altman\"\n  - \"Satya \\\"CEO\\\" Nadella: yes\"\n"));
  g_assert_nonnull (strstr (md, "organizations:\n  - \"OpenAI\"\n---\n"));
  g_assert_null (strstr (md, "Paris"));

  /* Exactly two "---" lines: the front matter fences. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], "---"))
      n_fences++;
  g_assert_cmpuint (n_fences, ==, 2);

  for (body = 1; lines[body] != NULL && !g_str_equal (lines[body], "---"); body++)
    ;
  body++;

  /* No raw HTML in the body: every "<" is escaped. (The front matter is
   * data and keeps the title exactly, as the YAML test checks.) */
  for (guint i = body; lines[i] != NULL; i++)
    for (const char *p = strchr (lines[i], '<'); p != NULL; p = strchr (p + 1, '<'))
      g_assert_true (p > lines[i] && p[-1] == '\\');
  g_assert_cmpstr (lines[body], ==, "");
  g_assert_cmpstr (lines[body + 1], ==, "# Title: \"quoted\" --- \\\\ back --- second line \\<script\\>alert(1)\\</script\\> \\#tag");

  /* The quote: every line in the block quote, markup escaped. */
  g_assert_nonnull (strstr (md, "\n> Intro line.\n> \\---\n> \\# Not a heading\n"
                                "> 1\\. not a list \\<script\\>alert(1)\\</script\\> \\*stars\\* "
                                "\\_under\\_ \\[link\\](x)\n>\n> indented code?\n> Fin.\n"));
  /* Then its category ending with its block id (one paragraph, as
   * Obsidian reads block ids), and the note, which keeps its Markdown but
   * not its HTML. */
  g_assert_nonnull (strstr (md, "\n> Intro line.\n\n*Check* (pink) ^hl-"));
  g_assert_nonnull (strstr (md, "\n\nMy **note**\n\\<script>x\\</script>\n"));
  g_assert_null (strstr (md, "\n^hl-"));
}

static gboolean
have_python_yaml (void)
{
  int status = 1;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return FALSE;
  g_spawn_command_line_sync ("/usr/bin/python3 -c 'import yaml'", NULL, NULL, &status, NULL);
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_export_markdown_yaml (void)
{
  const char *script =
    "import sys, yaml\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "assert text.startswith('---\\n')\n"
    "end = text.index('\\n---\\n', 4)\n"
    "data = yaml.safe_load(text[4:end])\n"
    "assert data['title'] == sys.argv[2], (data['title'], sys.argv[2])\n"
    "assert data['source'] == sys.argv[3], data['source']\n"
    "assert data['exported'] == '2026-11-26T04:30:00Z', data['exported']\n"
    "assert data['people'] == ['Sam Altman', 'Satya \"CEO\" Nadella: yes'], data['people']\n"
    "assert data['organizations'] == ['OpenAI'], data['organizations']\n"
    "print('parsed')\n";
  g_autofree char *md = export_nasty ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = { "/usr/bin/python3", "-c", script, NULL, nasty_title,
                         "/home/me/a \"b\".txt", NULL };

  if (!have_python_yaml ())
    {
      g_test_skip ("python3-yaml is not installed");
      return;
    }

  dir = g_dir_make_tmp ("lectern-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notes.md", NULL);
  g_assert_true (lectern_export_write_file (path, md, -1, &error));
  g_assert_no_error (error);
  argv[3] = path;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("YAML check failed: %s", err);
  g_assert_cmpstr (out, ==, "parsed\n");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_markdown_empty (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("Rien", "", "Texte.");
  g_autofree char *md = lectern_export_markdown (story, NULL, NULL, NULL);

  g_assert_nonnull (strstr (md, "people: []\norganizations: []\n---\n\n# Rien\n"));
  g_assert_nonnull (strstr (md, "source: \"\"\n"));
}

static void
test_export_filename (void)
{
  struct { const char *title; const char *expected; } cases[] = {
    { "Sam Altman rejoint Microsoft", "Sam Altman rejoint Microsoft.md" },
    { "a/b\\c:d*e?f\"g<h>i|j", "a b c d e f g h i j.md" },
    { "..hidden", "hidden.md" },
    { "  Title\nwith\tbreaks  ", "Title with breaks.md" },
    { "", "notes.md" },
    { "///", "notes.md" },
    { "Ends with dots...", "Ends with dots.md" },
  };
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree char *long_name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = lectern_export_suggest_filename (cases[i].title, ".md");

      g_assert_cmpstr (name, ==, cases[i].expected);
    }

  for (guint i = 0; i < 100; i++)
    g_string_append (long_title, "é");
  long_name = lectern_export_suggest_filename (long_title->str, ".md");
  g_assert_cmpint (g_utf8_strlen (long_name, -1), <=, 83);
  g_assert_true (g_utf8_validate (long_name, -1, NULL));
}

static void
test_export_write_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "nope", "out.md", NULL);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (lectern_export_write_file (path, "one", -1, &error));
  g_assert_no_error (error);
  g_assert_true (lectern_export_write_file (path, "two", -1, &error));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "two");

  g_assert_false (lectern_export_write_file (missing, "x", -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (lectern_export_write_file (dir, "x", -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/export/markdown-structure", test_export_markdown_structure);
  g_test_add_func ("/lectern/export/markdown-yaml", test_export_markdown_yaml);
  g_test_add_func ("/lectern/export/markdown-empty", test_export_markdown_empty);
  g_test_add_func ("/lectern/export/filename", test_export_filename);
  g_test_add_func ("/lectern/export/write-file", test_export_write_file);

  return g_test_run ();
}
