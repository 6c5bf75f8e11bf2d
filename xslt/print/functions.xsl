<?xml version="1.0" encoding="UTF-8"?>
<!-- Small pure functions shared by the print modules: titles, dates, numbers, entity keys and labels. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The plain title of a memo (titleStmt, TEI Guidelines §2.2.1), falling back to the body head. -->
  <xsl:function name="pr:memo-title" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="t" select="normalize-space(($doc//titleStmt/title[@type = 'main'], $doc//titleStmt/title,
      $doc//text//head)[1])"/>
    <xsl:sequence select="if ($t) then $t else string($doc/TEI/@xml:id)"/>
  </xsl:function>

  <!-- The memo's date as written in the source. -->
  <xsl:function name="pr:memo-date-text" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="normalize-space(($doc//text//dateline, $doc//profileDesc/creation/date)[1])"/>
  </xsl:function>

  <!-- Position of a memo in the whole edition (1-based): the document number printed as "No. N". -->
  <xsl:function name="pr:memo-number" as="xs:integer">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="(index-of($memos ! generate-id(.), generate-id($doc)), 0)[1]"/>
  </xsl:function>

  <!-- Index section of a mention: 'per', 'pla', 'org' (the register id prefix, else the element). -->
  <xsl:function name="pr:entity-kind" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="map { 'person': 'per', 'place': 'pla', 'org': 'org' }(te:entity-kind($mention))"/>
  </xsl:function>

  <!--
    Index heading of a register entry: "Surname, Forenames (1894–1971)" for persons whose forenames
    come first, else the main name; a person written "V.P. Moskowskyi" becomes "Moskowskyi, V.P.".
  -->
  <xsl:function name="pr:entity-label" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="main" select="($entry/(persName | placeName | orgName)[@type = 'main'],
      $entry/(persName | placeName | orgName))[1]"/>
    <!-- A name encoded surname first ("Kim Il Sung", "Mao Zedong") is indexed as it stands. -->
    <xsl:variable name="name" select="
      if ($main/surname and not($main/forename[1] &lt;&lt; $main/surname[1])) then normalize-space($main)
      else if ($main/surname) then normalize-space(string-join($main/surname, ' ')) ||
        (if ($main/forename) then ', ' || normalize-space(string-join($main/forename, ' ')) else '')
      else normalize-space($main)"/>
    <xsl:variable name="life" select="
      if ($entry/birth/@when or $entry/death/@when)
      then ' (' || substring(($entry/birth/@when, '?')[1], 1, 4) || '–' || substring(($entry/death/@when, '')[1], 1, 4) || ')'
      else ''"/>
    <xsl:variable name="label" select="if ($name) then $name else normalize-space($fallback)"/>
    <xsl:sequence select="(if ($kind = 'per' and matches($label, '^(\p{Lu}\.\s?)+\p{Lu}[\p{L}\-’'']+$'))
      then normalize-space(replace($label, '^((\p{Lu}\.\s?)+)(.+)$', '$3, $1')) else $label) || $life"/>
  </xsl:function>

  <xsl:function name="pr:index-heading" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map { 'per': 'Index of persons', 'pla': 'Index of places', 'org': 'Index of organisations' }($kind)"/>
  </xsl:function>

  <!-- Sort key: case- and diacritic-insensitive (so Č sorts with C). -->
  <xsl:function name="pr:sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="lower-case(replace(normalize-unicode($s, 'NFD'), '\p{M}', ''))"/>
  </xsl:function>

  <!-- "A", "A and B", "A, B and C". -->
  <xsl:function name="pr:join-names" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="
      if (count($names) le 1) then string($names[1])
      else string-join($names[position() lt last()], ', ') || ' and ' || $names[last()]"/>
  </xsl:function>
</xsl:stylesheet>
