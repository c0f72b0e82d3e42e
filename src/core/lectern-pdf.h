/* lectern-pdf.h: a story with its highlights and notes laid out on pages
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "lectern-export.h"

G_BEGIN_DECLS

typedef struct _LecternPageLayout LecternPageLayout;

/* (transfer full): the stories of `items` (element-type LecternExportItem)
 * laid out on pages of `width` × `height` (the printable area, in the
 * units of `context`'s cairo target): the text with its title, headings and
 * highlights in their colours, a number after each highlight, then the
 * notes as endnotes, rendered from Markdown. Each story starts a page.
 * Used by lectern_export_pdf() and by printing in the app. */
LecternPageLayout *lectern_page_layout_new         (GPtrArray         *items,
                                                    GPtrArray         *categories,
                                                    PangoContext      *context,
                                                    double             width,
                                                    double             height) G_GNUC_WARN_UNUSED_RESULT;
guint              lectern_page_layout_get_n_pages (LecternPageLayout *self);
/* Draws page `page` (from 0) at the origin of `cr`. On a PDF surface it
 * also adds structure tags and outline entries. */
void               lectern_page_layout_draw_page   (LecternPageLayout *self,
                                                    cairo_t           *cr,
                                                    guint              page);
void               lectern_page_layout_free        (LecternPageLayout *self);

/* (transfer full): a PDF of `items` on A4 with 2 cm margins, its title
 * (the story's, or "Highlights and notes" for several) in the document
 * information, an outline of stories and notes, and tagged structure. */
GBytes            *lectern_export_pdf              (GPtrArray         *items,
                                                    GPtrArray         *categories,
                                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full): a PDF of a CommonMark document on the same pages, its
 * headings sized by level with the first two levels in the outline. */
GBytes            *lectern_export_pdf_markdown     (const char        *markdown,
                                                    const char        *title,
                                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternPageLayout, lectern_page_layout_free)

G_END_DECLS
