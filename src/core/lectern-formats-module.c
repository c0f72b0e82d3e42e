/* lectern-formats-module.c: the table of the formats module
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built into lectern-formats.so with the HTML, EPUB, download and PDF code
 * and whatever of the core they use; only the function below is exported
 * (lectern-formats.map), so the module's copies never clash with the
 * program's.
 */

#include "config.h"

#include <gmodule.h>

#include "lectern-epub.h"
#include "lectern-fetch.h"
#include "lectern-formats.h"
#include "lectern-graphemes.h"
#include "lectern-html.h"
#include "lectern-pdf.h"

G_MODULE_EXPORT const LecternFormats *lectern_formats_module_table (void);

static const LecternFormats table = {
  .abi = LECTERN_FORMATS_ABI,
  .size = sizeof (LecternFormats),
  .html_read = lectern_html_read,
  .epub_read_with_preview = lectern_epub_read_with_preview,
  .fetch_url = lectern_fetch_url,
  .export_pdf = lectern_export_pdf,
  .export_pdf_markdown = lectern_export_pdf_markdown,
  .graphemes_is_boundary = lectern_graphemes_is_boundary,
};

const LecternFormats *
lectern_formats_module_table (void)
{
  return &table;
}
