<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: all memos + the register → ONE HTML document with paged-media CSS, laid out by
  Paged.js in headless Chromium (src/render-print/). Start at the named template "main".

  Order of the book: title page, contents, introduction, note on the encoding, the documents (one
  per page run), chronology, indexes (persons, places, organisations), colophon.

  Page numbers: the table of contents uses CSS target-counter(); the index and chronology carry
  `data-pages` lists of anchor ids that the in-browser hook (src/render-print/browser/page-refs.js)
  turns into collapsed page numbers once every document page is laid out (target-counter on
  thousands of index links is quadratic in Paged.js).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Shared TEI rules and THE edition parameters (xslt/params.xsl); print overrides what it sets differently. -->
  <xsl:import href="../common/tei-base.xsl"/>

  <xsl:include href="functions.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="memo.xsl"/>
  <xsl:include href="front-matter.xsl"/>
  <xsl:include href="back-matter.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The memos' TEI documents in edition order (parsed by the caller); the register is $register (params.xsl). -->
  <xsl:param name="memos" as="document-node()*" select="()"/>
  <!-- 'book' (whole edition) or 'offprint' (the memos named in $offprint-ids, without front/back matter). -->
  <xsl:param name="layout" as="xs:string" select="'book'"/>
  <xsl:param name="offprint-ids" as="xs:string*" select="()"/>
  <!-- Paged-media CSS (fonts, page size and the print rules), assembled by the caller. -->
  <xsl:param name="css" as="xs:string" select="''"/>
  <!-- The introduction's HTML replaces a marker comment after the transform. -->
  <xsl:param name="has-introduction" as="xs:boolean" select="false()"/>

  <xsl:variable name="editors" as="xs:string*" select="tokenize($edition-editors, ';\s*')[normalize-space()]"/>
  <xsl:variable name="printed" as="document-node()*"
    select="if ($layout = 'offprint') then $memos[TEI/@xml:id = $offprint-ids] else $memos"/>

  <xsl:template name="main">
    <html lang="{$edition-language}">
      <head>
        <meta charset="utf-8"/>
        <title>
          <xsl:value-of select="if ($layout = 'offprint' and exists($printed))
            then pr:memo-title($printed[1]) || ' — ' || $edition-title else $edition-title"/>
        </title>
        <meta name="author" content="{string-join($editors, '; ')}"/>
        <meta name="generator" content="tei-edition {$tool-version}"/>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body class="{$layout}">
        <xsl:choose>
          <xsl:when test="$layout = 'offprint'">
            <xsl:apply-templates select="$printed" mode="memo"/>
            <xsl:call-template name="offprint-colophon"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="title-page"/>
            <xsl:call-template name="contents"/>
            <xsl:call-template name="introduction"/>
            <xsl:call-template name="encoding-note"/>
            <xsl:apply-templates select="$printed" mode="memo"/>
            <xsl:call-template name="chronology"/>
            <xsl:call-template name="indexes"/>
            <xsl:call-template name="colophon"/>
          </xsl:otherwise>
        </xsl:choose>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
