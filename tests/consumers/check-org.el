;;; check-org.el --- how Emacs's Org reads an Org export  -*- lexical-binding: t -*-
;; emacs -Q --batch -l check-org.el EXPORT.org EXPECTED.json
;; EXPECTED.json: {"title": "...", "quotes": ["...", ...]}. Checks with
;; org-element that every quote block reads back as the same plain text
;; (zero-width spaces aside), that no headline became a TODO item, a
;; COMMENT or got tags from a title, and that nothing live (inline source
;; blocks, babel calls, macros, links, export snippets) came out of text.
(require 'org)
(require 'org-element)
(require 'json)

(defun lectern-plain (string)
  (string-trim (replace-regexp-in-string
                "[ \t\n\u2028]+" " " (replace-regexp-in-string "\u200b" "" string))))

(let* ((file (nth 0 command-line-args-left))
       (expected (json-read-file (nth 1 command-line-args-left)))
       (want-title (cdr (assq 'title expected)))
       (want-quotes (append (cdr (assq 'quotes expected)) nil))
       (failures nil))
  (with-temp-buffer
    (insert-file-contents file)
    (let ((org-use-sub-superscripts '{}))
      (org-mode)
      (let* ((tree (org-element-parse-buffer))
             (options (or (cadr (assoc "OPTIONS" (org-collect-keywords '("OPTIONS")))) ""))
             (verbatim-tex (string-match-p "tex:verbatim" options))
             (quotes nil)
             (title (cadr (assoc "TITLE" (org-collect-keywords '("TITLE"))))))
        (unless (string-match-p "\\^:{}" options)
          (push "no #+OPTIONS: ^:{}, so a_b and x^2 change meaning" failures))
        (unless (equal (lectern-plain (or title "")) (lectern-plain want-title))
          (push (format "title %S, expected %S" title want-title) failures))
        (org-element-map tree 'quote-block
          (lambda (block)
            (let ((text ""))
              ;; With #+OPTIONS: ^:{}, a_b and x^2 stay text; only a_{b} would not.
              ;; With tex:verbatim, "$x$" is exported as written.
              (org-element-map block (remq 'plain-text org-element-all-objects)
                (lambda (object)
                  (unless (or (and (memq (org-element-type object) '(subscript superscript))
                                   (not (org-element-property :use-brackets-p object)))
                              (and verbatim-tex (eq (org-element-type object) 'latex-fragment)))
                    (push (format "markup %s inside a quote: %s" (org-element-type object)
                                  (buffer-substring-no-properties
                                   (org-element-property :contents-begin block)
                                   (org-element-property :contents-end block)))
                          failures))))
              (org-element-map block 'paragraph
                (lambda (paragraph)
                  (setq text (concat text " " (org-element-interpret-data
                                               (org-element-contents paragraph))))))
              (push (lectern-plain text) quotes))))
        (setq quotes (nreverse quotes))
        (unless (equal quotes (mapcar #'lectern-plain want-quotes))
          (push (format "quotes read back as %S, expected %S" quotes
                        (mapcar #'lectern-plain want-quotes))
                failures))
        (org-element-map tree 'headline
          (lambda (headline)
            (when (org-element-property :todo-keyword headline)
              (push (format "headline became a TODO item: %s"
                            (org-element-property :raw-value headline)) failures))
            (when (org-element-property :commentedp headline)
              (push (format "headline became a COMMENT: %s"
                            (org-element-property :raw-value headline)) failures))
            (when (org-element-property :priority headline)
              (push "headline got a priority" failures))
            (when (and (= (org-element-property :level headline) 1)
                       (org-element-property :tags headline))
              (push "a story title became tags" failures))))
        (org-element-map tree (append '(inline-src-block inline-babel-call macro link export-snippet
                                        entity timestamp footnote-reference target radio-target)
                                      (unless verbatim-tex '(latex-fragment)))
          (lambda (object)
            (push (format "live %s: %s" (org-element-type object)
                          (buffer-substring-no-properties (org-element-property :begin object)
                                                          (org-element-property :end object)))
                  failures))))))
  (if failures
      (progn (dolist (failure (nreverse failures)) (message "%s" failure))
             (kill-emacs 1))
    (message "ok")
    (kill-emacs 0)))
