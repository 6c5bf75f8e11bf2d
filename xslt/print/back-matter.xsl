<?xml version="1.0" encoding="UTF-8"?>
<!--
  Back matter: chronology, indexes of persons / places / organisations built from the register
  (TEI Guidelines §13.3 listPerson, listPlace, listOrg) and the mentions' @ref, and the colophon.
  Page references are `data-pages` lists of anchor ids, turned into collapsed page numbers
  ("3, 7–9") in the browser once the documents are laid out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Dates in the documents' text carry an anchor so the chronology can point at their page. -->
  <xsl:template match="date[@when | @from | @notBefore][ancestor::body][not(ancestor::opener)]">
    <span class="date" id="{pr:anchor(.)}" data-pt=""><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:function name="pr:register-entry" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="if (exists($register)) then key('register-id', $key, $register)[1] else ()"/>
  </xsl:function>

  <xsl:template name="chronology">
    <xsl:variable name="dated" as="element()*">
      <xsl:for-each select="$printed">
        <pr:row when="{te:date(.)}" ref="{TEI/@xml:id}" memo="{pr:memo-number(.)}" title="{pr:memo-title(.)}"/>
        <xsl:for-each select=".//text/body//date[@when | @from | @notBefore][not(ancestor::opener)]">
          <pr:row when="{(@when, @from, @notBefore)[1]}" ref="{pr:anchor(.)}" mention="{te:plain(.)}"
            memo="{pr:memo-number(root(.))}" par="{ancestor::p[1]/@n}" cert="{@cert}"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <section class="chronology" id="chronology">
      <span class="runhead">Chronology</span>
      <h1>Chronology</h1>
      <p class="intro-note">Documents of the edition (in bold) and the dates mentioned in them, with page numbers.</p>
      <table class="chrono">
        <thead><tr><th>Date</th><th>Document or mention</th></tr></thead>
        <tbody>
          <xsl:for-each-group select="$dated[normalize-space(@when)]" group-by="string(@when)">
            <xsl:sort select="current-grouping-key()"/>
            <tr>
              <td class="chrono-date"><xsl:value-of select="te:format-date(current-grouping-key())"/></td>
              <td>
                <xsl:for-each select="current-group()[@title]">
                  <p class="chrono-memo"><b>No. <xsl:value-of select="@memo"/></b><xsl:text> </xsl:text>
                    <xsl:value-of select="replace(@title, '\.$', '')"/>, p. <span class="pages" data-pages="{@ref}"/></p>
                </xsl:for-each>
                <xsl:variable name="mentions" select="current-group()[@mention]"/>
                <xsl:if test="$mentions">
                  <xsl:variable name="forms" select="distinct-values($mentions/@mention)"/>
                  <p class="chrono-mentions">Mentioned in <xsl:value-of select="pr:mention-places($mentions)"/>
                    <xsl:value-of select="' (as ' || string-join(subsequence($forms, 1, 5) ! ('“' || . || '”'), ', ')
                      || (if (count($forms) gt 5) then ', …' else '')
                      || (if ($mentions/@cert = ('low', 'medium')) then '; date uncertain' else '') || ')'"/>,
                    p. <span class="pages" data-pages="{string-join($mentions/@ref, ' ')}"/></p>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each-group>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!--
    "No. 1 ¶ 2, 4; No. 3 ¶ 1": one entry per document, its paragraphs in order; past 12 documents
    only their numbers ("Nos. 1, 2, 5, …"), so that no table row outgrows a page.
  -->
  <xsl:function name="pr:mention-places" as="xs:string">
    <xsl:param name="rows" as="element()*"/>
    <xsl:variable name="docs" select="sort(distinct-values($rows/@memo ! xs:integer(.)))"/>
    <xsl:sequence select="if (count($docs) gt 12) then 'Nos. ' || string-join($docs, ', ') else string-join(
      for $m in $docs
      return (let $pars := distinct-values($rows[@memo = string($m)]/@par[normalize-space()])
        return 'No. ' || $m || (if (exists($pars)) then ' ¶ ' || string-join($pars, ', ') else '')), '; ')"/>
  </xsl:function>

  <!-- Indexed mentions: the documents' text (head, body, notes), not the header's summary. -->
  <xsl:variable name="index-mentions" as="element()*"
    select="$printed//text//(persName | placeName | orgName | rs)[@ref][not(ancestor::abstract)]"/>
  <!-- The index sections that have entries, in book order. -->
  <xsl:variable name="index-kinds" as="xs:string*"
    select="let $present := distinct-values($index-mentions ! pr:entity-kind(.)) return ('per', 'pla', 'org')[. = $present]"/>

  <!-- For a name not in the register: its most frequent form in the documents (not a letter-spaced signature). -->
  <xsl:function name="pr:usual-form" as="xs:string">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:variable name="plain" select="$mentions[not(@rend = 'letterspaced')]"/>
    <!-- Only "S H T Y K O V": close up the letters and set them in title case ("Shtykov"). -->
    <xsl:variable name="forms" select="if (exists($plain)) then $plain ! normalize-space(.)
      else $mentions ! (let $w := replace(normalize-space(.), ' ', '') return upper-case(substring($w, 1, 1)) || lower-case(substring($w, 2)))"/>
    <xsl:variable name="ranked" as="xs:string*">
      <xsl:perform-sort select="distinct-values($forms)">
        <xsl:sort select="count($forms[. = current()])" order="descending"/>
        <xsl:sort select="string-length(.)" order="descending"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:sequence select="string($ranked[1])"/>
  </xsl:function>

  <xsl:template name="indexes">
    <xsl:variable name="mentions" select="$index-mentions"/>
    <xsl:for-each select="$index-kinds">
      <xsl:variable name="kind" select="."/>
      <xsl:variable name="heading" select="pr:index-heading($kind)"/>
      <section class="index index-{$kind}" id="index-{$kind}">
        <span class="runhead"><xsl:value-of select="$heading"/></span>
        <h1><xsl:value-of select="$heading"/></h1>
        <ul class="index-list">
          <xsl:for-each-group select="$mentions[pr:entity-kind(.) = $kind]" group-by="te:ref-id(@ref)">
            <xsl:sort select="pr:sort-key(pr:entity-label(te:entry(current-grouping-key()), pr:usual-form(current-group()), $kind))"/>
            <xsl:variable name="label" select="pr:entity-label(te:entry(current-grouping-key()), pr:usual-form(current-group()), $kind)"/>
            <li class="ix" data-key="{current-grouping-key()}">
              <span class="ix-name"><xsl:value-of select="$label"/></span>
              <xsl:text> </xsl:text>
              <span class="pages" data-pages="{string-join(current-group() ! pr:anchor(.), ' ')}"/>
            </li>
          </xsl:for-each-group>
        </ul>
      </section>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="colophon">
    <section class="colophon" id="colophon">
      <span class="runhead">Colophon</span>
      <h1>Colophon</h1>
      <p><i><xsl:value-of select="$edition-title"/></i><xsl:if test="$edition-version">, version <xsl:value-of select="$edition-version"/></xsl:if>.
        <xsl:if test="$edition-publisher">Published by <xsl:value-of select="$edition-publisher"/>. </xsl:if>
        <xsl:if test="$licence-name">Licence: <xsl:value-of select="$licence-name"/>.</xsl:if></p>
      <p>Built on <xsl:value-of select="te:format-date($build-date)"/> with tei-edition <xsl:value-of select="$tool-version"/>
        from <xsl:value-of select="count($memos)"/> TEI P5 document<xsl:if test="count($memos) ne 1">s</xsl:if>.
        Transformed with Saxon-JS, laid out with Paged.js in Chromium, set in EB Garamond (Georg Duffner
        and Octavio Pardo) with Noto Serif for characters it lacks.</p>
      <xsl:if test="$base-url"><p>Online edition: <a href="{$base-url}"><xsl:value-of select="$base-url"/></a></p></xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="offprint-colophon">
    <section class="offprint-colophon">
      <p>From <i><xsl:value-of select="$edition-title"/></i><xsl:if test="$edition-version">, version <xsl:value-of select="$edition-version"/></xsl:if>
        <xsl:if test="$base-url">, <xsl:value-of select="string-join($printed ! ($base-url || '/memo/' || TEI/@xml:id || '.html'), ', ')"/></xsl:if>.
        Built on <xsl:value-of select="te:format-date($build-date)"/> with tei-edition <xsl:value-of select="$tool-version"/>.
        <xsl:if test="$licence-name">Licence: <xsl:value-of select="$licence-name"/>.</xsl:if></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
