<?xml version="1.0" encoding="UTF-8"?>
<!-- header.xsl (part of tei-base.xsl): memo facts from the TEI header, dates, numbering. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">
  <!-- ════ Header facts ════════════════════════════════════════════════════════════════ -->

  <!-- Header facts follow the header's own structure (TEI Guidelines 2.1: TEI/teiHeader with
       fileDesc, encodingDesc, profileDesc; the project schema allows these elements nowhere else)
       instead of searching the whole document (root($doc)//…): on saxon-js a descendant search
       visits every node of the memo, about 0.2 ms each time, and a memo page asks for these facts
       once per paragraph (citations) and once per link to the previous and next memo. -->

  <xsl:function name="te:header" as="element(teiHeader)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/TEI/teiHeader"/>
  </xsl:function>

  <xsl:function name="te:memo-id" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string(root($doc)/TEI/@xml:id)"/>
  </xsl:function>

  <xsl:function name="te:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="t" select="root($doc)/TEI/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:sequence select="normalize-space(($t[@type = 'main'], $t)[1])"/>
  </xsl:function>

  <!-- The element that dates the memo: creation/date, else the dateline's date (the first opener
       of the text: the dateline of the memo itself, TEI Guidelines 4.2.2). -->
  <xsl:function name="te:date-element" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="created" select="te:header($doc)/profileDesc/creation/date"/>
    <xsl:sequence select="if (exists($created)) then $created[1] else (root($doc)/TEI/text//opener/dateline/date)[1]"/>
  </xsl:function>

  <!-- The memo date as ISO (creation/date/@when, else the dateline's), '' when unknown. -->
  <xsl:function name="te:date" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="d" select="te:date-element($doc)"/>
    <xsl:sequence select="string(($d/@when, $d/@from, $d/@notBefore)[1])"/>
  </xsl:function>

  <!-- The memo date as written in the memo. -->
  <xsl:function name="te:date-label" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="d" select="te:date-element($doc)"/>
    <xsl:sequence select="if (normalize-space($d)) then normalize-space($d) else te:format-date(string(($d/@when, $d/@from, $d/@notBefore)[1]))"/>
  </xsl:function>

  <xsl:function name="te:summary" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/TEI/teiHeader/profileDesc/abstract"/>
  </xsl:function>

  <xsl:function name="te:source-statement" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(te:header($doc)/fileDesc/sourceDesc/bibl[@type = 'source-statement'])"/>
  </xsl:function>

  <xsl:function name="te:ms-identifier" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="te:header($doc)/fileDesc/sourceDesc/msDesc/msIdentifier"/>
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
    <xsl:sequence select="te:header($doc)/fileDesc/titleStmt/respStmt[normalize-space(resp) = $resp]/(persName | name | orgName)[not(@type = 'software')] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="te:translators" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="te:resp-names($doc, 'translated by')"/>
  </xsl:function>

  <xsl:function name="te:record-id" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="file" select="te:header($doc)/fileDesc"/>
    <xsl:sequence select="string(($file/publicationStmt/idno[@type = 'record'], $file/sourceDesc/descendant::idno[@type = 'record'])[1])"/>
  </xsl:function>

  <xsl:function name="te:licence" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="normalize-space(te:header($doc)/fileDesc/publicationStmt/availability)"/>
  </xsl:function>

  <!-- descendant::gap[…], not //gap[…]: saxon-js evaluates a predicate after // as written (the
       gap children of every node of the body), three times as slow as the descendant axis. -->
  <xsl:function name="te:is-incomplete" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="exists(root($doc)/TEI/text/body/descendant::gap[@reason = 'truncated'])"/>
  </xsl:function>

  <!-- ════ Dates ═════════════════════════════════════════════════════════════════════════ -->

  <!-- ISO (YYYY, YYYY-MM, YYYY-MM-DD) → "26 February 1964", "February 1964", "1964".
       The digits are matched as [0-9], not \d: saxon-js builds the Unicode class of \d on every
       call (some 30 µs), and a date with other digits is not castable as xs:date anyway. -->
  <xsl:function name="te:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="
      if (matches($iso, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') and $iso castable as xs:date) then format-date(xs:date($iso), '[D] [MNn] [Y]')
      else if (matches($iso, '^[0-9]{4}-[0-9]{2}$') and ($iso || '-01') castable as xs:date) then format-date(xs:date($iso || '-01'), '[MNn] [Y]')
      else string($iso)"/>
  </xsl:function>

  <!-- A TEI date attribute usable as HTML time/@datetime (a valid date string), else ''. ASCII
       digits first (fast, see te:format-date); \d, which also takes other decimal digits, only
       for a string of the right length that is not all ASCII digits and hyphens. -->
  <xsl:function name="te:html-datetime" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="if (matches($iso, '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')) then $iso
      else if (string-length($iso) = (4, 7, 10) and not(matches($iso, '^[0-9\-]*$')) and matches($iso, '^\d{4}(-\d{2}(-\d{2})?)?$')) then $iso
      else ''"/>
  </xsl:function>

  <!-- ════ Numbering ═════════════════════════════════════════════════════════════════════ -->

  <!-- Numbering counts nodes of the memo that come before a paragraph or note (preceding::,
       ancestors excluded). Walking the preceding axis costs a visit of most of the document for
       every number, so the notes and paragraphs of a document are indexed once (xsl:key) and a
       number is the count of those before the node, less its ancestors (which are not preceding).
       Documents without a document node at the root (no key index) count as before. -->
  <xsl:key name="te:text-notes" match="note[ancestor::text]" use="0"/>
  <xsl:key name="te:body-paras" match="p[ancestor::body]" use="0"/>

  <xsl:function name="te:para-number" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="if (exists($p/@n)) then string($p/@n)
      else if (root($p) instance of document-node())
      then string(count(key('te:body-paras', 0, root($p))[. &lt;&lt; $p]) - count($p/ancestor::p[ancestor::body]) + 1)
      else string(count($p/preceding::p[ancestor::body]) + 1)"/>
  </xsl:function>

  <!-- Notes in the text are numbered in reading order, per memo. -->
  <xsl:function name="te:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (root($note) instance of document-node())
      then count(key('te:text-notes', 0, root($note))[. &lt;&lt; $note]) - count($note/ancestor::note[ancestor::text]) + 1
      else count($note/preceding::note[ancestor::text]) + 1"/>
  </xsl:function>
</xsl:stylesheet>
