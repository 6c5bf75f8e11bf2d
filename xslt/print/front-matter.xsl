<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front matter: title page, table of contents (page numbers through CSS target-counter), the
  editorial introduction (Markdown rendered by the caller and put in place of the marker comment),
  and a note on the encoding principles.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template name="title-page">
    <section class="title-page" id="title-page">
      <h1 class="book-title"><xsl:value-of select="$edition-title"/></h1>
      <xsl:if test="$edition-subtitle"><p class="book-subtitle"><xsl:value-of select="$edition-subtitle"/></p></xsl:if>
      <xsl:if test="exists($editors)">
        <p class="book-editors">Edited by<br/><xsl:value-of select="pr:join-names($editors)"/></p>
      </xsl:if>
      <div class="book-imprint">
        <xsl:if test="$edition-publisher"><p class="book-publisher"><xsl:value-of select="$edition-publisher"/></p></xsl:if>
        <p class="book-date">
          <xsl:value-of select="te:format-date($build-date)"/>
          <xsl:if test="$edition-version"> · Version <xsl:value-of select="$edition-version"/></xsl:if>
        </p>
        <xsl:if test="$licence-name">
          <p class="book-licence">Licence: <xsl:value-of select="$licence-name"/>
            <xsl:if test="$licence-url"><br/><a href="{$licence-url}"><xsl:value-of select="$licence-url"/></a></xsl:if>
          </p>
        </xsl:if>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="contents">
    <section class="contents" id="contents">
      <span class="runhead">Contents</span>
      <h1>Contents</h1>
      <ol class="toc">
        <xsl:if test="$has-introduction"><xsl:sequence select="pr:toc-entry('introduction', (), 'Introduction', ())"/></xsl:if>
        <xsl:sequence select="pr:toc-entry('encoding', (), 'A note on the encoding', ())"/>
        <xsl:for-each select="$printed">
          <xsl:sequence select="pr:toc-entry(string(TEI/@xml:id), 'No. ' || pr:memo-number(.), pr:memo-title(.), pr:memo-date-text(.))"/>
        </xsl:for-each>
        <xsl:sequence select="pr:toc-entry('chronology', (), 'Chronology', ())"/>
        <xsl:for-each select="$index-kinds">
          <xsl:sequence select="pr:toc-entry('index-' || ., (), pr:index-heading(.), ())"/>
        </xsl:for-each>
        <xsl:sequence select="pr:toc-entry('colophon', (), 'Colophon', ())"/>
      </ol>
    </section>
  </xsl:template>

  <!-- A contents line: number, title (and date), a dotted leader (flex, not leader(): Paged.js breaks it), page. -->
  <xsl:function name="pr:toc-entry" as="element()">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="number" as="xs:string?"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="date" as="xs:string?"/>
    <li class="{if ($number) then 'toc-memo' else 'toc-part'}">
      <xsl:if test="$number"><span class="toc-no"><xsl:value-of select="$number"/></span></xsl:if>
      <span class="toc-title"><a href="#{$id}"><xsl:value-of select="$label"/></a>
        <xsl:if test="$date"><span class="toc-date"><xsl:value-of select="$date"/></span></xsl:if>
      </span>
      <span class="toc-leader"/>
      <a class="toc-page" href="#{$id}"/>
    </li>
  </xsl:function>

  <xsl:template name="introduction">
    <xsl:if test="$has-introduction">
      <section class="introduction prose" id="introduction">
        <span class="runhead">Introduction</span>
        <h1>Introduction</h1>
        <xsl:comment>tei-edition:introduction</xsl:comment>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="encoding-note">
    <xsl:variable name="decl" select="($memos//encodingDesc/editorialDecl)[1]"/>
    <section class="encoding prose" id="encoding">
      <span class="runhead">A note on the encoding</span>
      <h1>A note on the encoding</h1>
      <p>Each document is edited from the text of an archival page and encoded in TEI P5 XML
        (<i>Text Encoding Initiative, Guidelines for Electronic Text Encoding and Interchange</i>).
        The TEI files are the one source of this book, of the online edition and of every export.</p>
      <xsl:for-each select="$decl/p"><p><xsl:value-of select="normalize-space()"/></p></xsl:for-each>
      <p>The documents are printed in the order of their dates. Their text is reproduced as it
        stands in the source, with these conventions:</p>
      <ul class="conventions">
        <li><span class="supplied">[Junwu]</span>: words supplied by the translator or editor, such as
          completions, identifications and alternative romanizations (TEI <code>supplied</code>).</li>
        <li>[…]: an omission in the source; a bracketed word in italics, such as [<i>signature</i>],
          describes something not transcribed (TEI <code>gap</code>).</li>
        <li>[<i>sic</i>]: an error of the source, kept unchanged (TEI <code>sic</code>).</li>
        <li>Abbreviations such as “c.” (comrade) are printed as they stand (TEI <code>choice</code>/<code>abbr</code>).</li>
        <li>Notes of the translator and the editors are printed as footnotes (TEI <code>note</code>).</li>
      </ul>
      <p>Paragraph numbers in the margin allow a document to be cited by number and paragraph
        (e.g. No. 1, ¶ 2) as well as by page. Each document is preceded by a head note giving the
        archive's summary and the document's provenance. Names of persons, places and organisations
        are linked to the edition's register; the indexes at the end of the book list the pages on
        which they are mentioned in the documents.</p>
      <xsl:if test="$base-url">
        <p>The online edition is at <a href="{$base-url}"><xsl:value-of select="$base-url"/></a>.</p>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
