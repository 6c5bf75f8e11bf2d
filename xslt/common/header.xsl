<?xml version="1.0" encoding="UTF-8"?>
<!-- header.xsl (part of tei-base.xsl): memo facts from the TEI header, dates, numbering. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">
  <!-- ════ Header facts ════════════════════════════════════════════════════════════════ -->

  <xsl:function name="te:memo-id" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string(root($doc)/TEI/@xml:id)"/>
  </xsl:function>

  <xsl:function name="te:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="t" select="root($doc)/TEI/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:sequence select="normalize-space(($t[@type = 'main'], $t)[1])"/>
  </xsl:function>

  <!-- The memo date as ISO (creation/date/@when, else the dateline's), '' when unknown. -->
  <xsl:function name="te:date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="d" select="(root($doc)//profileDesc/creation/date, root($doc)//opener/dateline/date)[1]"/>
    <xsl:sequence select="string(($d/@when, $d/@from, $d/@notBefore)[1])"/>
  </xsl:function>

  <!-- The memo date as written in the memo. -->
  <xsl:function name="te:date-label" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="d" select="(root($doc)//profileDesc/creation/date, root($doc)//opener/dateline/date)[1]"/>
    <xsl:sequence select="if (normalize-space($d)) then normalize-space($d) else te:format-date(te:date($doc))"/>
  </xsl:function>

  <xsl:function name="te:summary" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/TEI/teiHeader/profileDesc/abstract"/>
  </xsl:function>

  <xsl:function name="te:source-statement" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(root($doc)//sourceDesc/bibl[@type = 'source-statement'])"/>
  </xsl:function>

  <xsl:function name="te:ms-identifier" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//sourceDesc/msDesc/msIdentifier"/>
  </xsl:function>

  <!-- "State Central Archive, Prague": repository and settlement, for filters and citations. -->
  <xsl:function name="te:archive" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="ms" select="te:ms-identifier($doc)"/>
    <xsl:sequence select="string-join(($ms/repository, $ms/settlement)[normalize-space()] ! normalize-space(), ', ')"/>
  </xsl:function>

  <xsl:function name="te:resp-names" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="resp" as="xs:string"/>
    <xsl:sequence select="root($doc)//titleStmt/respStmt[normalize-space(resp) = $resp]/(persName | name | orgName)[not(@type = 'software')] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="te:translators" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="te:resp-names($doc, 'translated by')"/>
  </xsl:function>

  <xsl:function name="te:record-id" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string((root($doc)//publicationStmt/idno[@type = 'record'], root($doc)//sourceDesc//idno[@type = 'record'])[1])"/>
  </xsl:function>

  <xsl:function name="te:licence" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(root($doc)//publicationStmt/availability)"/>
  </xsl:function>

  <xsl:function name="te:is-incomplete" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="exists(root($doc)//body//gap[@reason = 'truncated'])"/>
  </xsl:function>

  <!-- ════ Dates ═════════════════════════════════════════════════════════════════════════ -->

  <!-- ISO (YYYY, YYYY-MM, YYYY-MM-DD) → "26 February 1964", "February 1964", "1964". -->
  <xsl:function name="te:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="
      if (matches($iso, '^\d{4}-\d{2}-\d{2}$') and $iso castable as xs:date) then format-date(xs:date($iso), '[D] [MNn] [Y]')
      else if (matches($iso, '^\d{4}-\d{2}$') and ($iso || '-01') castable as xs:date) then format-date(xs:date($iso || '-01'), '[MNn] [Y]')
      else string($iso)"/>
  </xsl:function>

  <!-- A TEI date attribute usable as HTML time/@datetime (a valid date string), else ''. -->
  <xsl:function name="te:html-datetime" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="if (matches($iso, '^\d{4}(-\d{2}(-\d{2})?)?$')) then $iso else ''"/>
  </xsl:function>

  <!-- ════ Numbering ═════════════════════════════════════════════════════════════════════ -->

  <xsl:function name="te:para-number" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="string(($p/@n, count($p/preceding::p[ancestor::body]) + 1)[1])"/>
  </xsl:function>

  <!-- Notes in the text are numbered in reading order, per memo. -->
  <xsl:function name="te:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="count($note/preceding::note[ancestor::text]) + 1"/>
  </xsl:function>
</xsl:stylesheet>
