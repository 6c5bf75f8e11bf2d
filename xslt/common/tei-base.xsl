<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-base.xsl: output-neutral rules for the TEI the converter emits (see
  test/fixtures/contract/sample-memo.xml), shared by the HTML site (xslt/html/) and the print
  edition (xslt/print/). Both outputs are HTML, so the templates here emit plain HTML elements with
  classes; an entry stylesheet imports this file and overrides what it renders differently
  (entity links, note placement).

  Functions (prefix te = urn:x-tei-edition): header facts (te:title, te:date, te:memo-id,
  te:source-statement, te:translators, …), register look-ups (te:ref-id, te:entry, te:entry-name,
  te:entity-kind), dates (te:format-date), numbering (te:note-number, te:para-number) and plain text
  (te:plain, used for search, KWIC and metadata).
  Default-mode templates: the reading text (p, head, names, date, choice, supplied, gap, sic, note).
  Named templates: te:entry-body (a register entry), te:footnotes (the notes of a memo).
  Parts: header.xsl (header facts, dates, numbering), register.xsl, text.xsl (reading and plain text).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:include href="../params.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="register.xsl"/>
  <xsl:include href="text.xsl"/>
</xsl:stylesheet>
