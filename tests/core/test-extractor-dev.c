/* test-extractor-dev.c: the extractor keeps its score on the dev stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs ../shared/entities/score.py over ../shared/entities/dev with
 * lectern-cli, when that folder and python3 are there; skipped otherwise.
 */

#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* The quality bar: issue 3 set 0.85 and 0.80; raised to issue 9's goals
 * once its second round met them (0.940 overall, 0.953 French, 0.933
 * English, coverage 0.973). */
#define MIN_F1          0.92
#define MIN_F1_LANGUAGE 0.90
#define MIN_COVERAGE    0.97

typedef struct
{
  double f1;
  double coverage;
  double validity;
} Score;

static gboolean
run_score (const char *lang,
           Score      *score)
{
  const char *shared = g_getenv ("LECTERN_SHARED_DIR");
  const char *cli = g_getenv ("LECTERN_CLI");
  g_autofree char *script = NULL;
  g_autofree char *dev = NULL;
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *cmd = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *argv;
  int status;

  if (shared == NULL || cli == NULL || python == NULL)
    return FALSE;
  script = g_build_filename (shared, "entities", "score.py", NULL);
  dev = g_build_filename (shared, "entities", "dev", NULL);
  if (!g_file_test (script, G_FILE_TEST_IS_REGULAR) || !g_file_test (dev, G_FILE_TEST_IS_DIR))
    return FALSE;

  cmd = g_strdup_printf ("%s entities --json {}", cli);
  argv = g_ptr_array_new ();
  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, dev);
  g_ptr_array_add (argv, (char *) "--cmd");
  g_ptr_array_add (argv, cmd);
  if (lang != NULL)
    {
      g_ptr_array_add (argv, (char *) "--lang");
      g_ptr_array_add (argv, (char *) lang);
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_ptr_array_free (argv, TRUE);
  g_assert_no_error (error);
  g_test_message ("score.py %s:\n%s%s", lang ? lang : "", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  memset (score, 0, sizeof *score);
  score->f1 = -1;
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *cov = strstr (lines[i], "coverage ");
      const char *val = strstr (lines[i], "valid offsets ");

      if (g_str_has_prefix (lines[i], "F1 "))
        score->f1 = g_ascii_strtod (lines[i] + 3, NULL);
      if (g_str_has_prefix (lines[i], "mentions") && cov != NULL && val != NULL)
        {
          score->coverage = g_ascii_strtod (cov + strlen ("coverage "), NULL);
          score->validity = g_ascii_strtod (val + strlen ("valid offsets "), NULL);
        }
    }
  g_assert_cmpfloat (score->f1, >=, 0.0);

  return TRUE;
}

static void
test_dev_all (void)
{
  Score score;

  if (!run_score (NULL, &score))
    {
      g_test_skip ("../shared/entities or python3 not found");
      return;
    }
  g_assert_cmpfloat (score.f1, >=, MIN_F1);
  g_assert_cmpfloat (score.coverage, >=, MIN_COVERAGE);
  g_assert_cmpfloat (score.validity, ==, 1.0);
}

static void
test_dev_language (gconstpointer data)
{
  Score score;

  if (!run_score (data, &score))
    {
      g_test_skip ("../shared/entities or python3 not found");
      return;
    }
  g_assert_cmpfloat (score.f1, >=, MIN_F1_LANGUAGE);
  g_assert_cmpfloat (score.validity, ==, 1.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lectern/extractor-dev/all", test_dev_all);
  g_test_add_data_func ("/lectern/extractor-dev/fr", "fr", test_dev_language);
  g_test_add_data_func ("/lectern/extractor-dev/en", "en", test_dev_language);

  return g_test_run ();
}
