<?xml version="1.0" encoding="UTF-8"?>
<!--
  index-pages.xsl: persons.html, places.html, orgs.html. One entry per register entity mentioned in
  the edition: name, variants, identifiers, and every mention as a keyword-in-context line linking
  to the memo paragraph. Included by site.xsl (uses its $memos and $all-mentions).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="index-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="label" select="map{'person': $label-persons, 'place': $label-places, 'org': $label-orgs}($kind)"/>
    <xsl:variable name="mentions" select="$all-mentions[te:entity-kind(.) = $kind]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="map{'person': 'persons', 'place': 'places', 'org': 'orgs'}($kind)"/>
      <xsl:with-param name="title" select="$label"/>
      <xsl:with-param name="content">
        <h1>{$label}</h1>
        <p class="lede">{count(distinct-values($mentions ! te:ref-id(@ref)))} entries, {count($mentions)} mentions. Each mention links to its paragraph.</p>
        <xsl:variable name="groups" as="element()*">
          <xsl:for-each-group select="$mentions" group-by="te:ref-id(@ref)">
            <xsl:sort select="te:entry-sort-key(te:entry(current-grouping-key()), te:plain(current-group()[1]))"/>
            <group id="{current-grouping-key()}" name="{te:entry-name(te:entry(current-grouping-key()), te:plain(current-group()[1]))}"/>
          </xsl:for-each-group>
        </xsl:variable>
        <nav class="az" aria-label="{$label} A to Z">
          <ul>
            <xsl:for-each-group select="$groups" group-by="upper-case(substring(te:entry-sort-key(te:entry(@id), @name), 1, 1))">
              <li><a href="#{current-group()[1]/@id}">{current-grouping-key()}</a></li>
            </xsl:for-each-group>
          </ul>
        </nav>
        <xsl:for-each select="$groups">
          <xsl:variable name="id" select="string(@id)"/>
          <xsl:call-template name="index-entry">
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="name" select="string(@name)"/>
            <xsl:with-param name="mentions" select="$mentions[te:ref-id(@ref) = $id]"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="index-entry">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="mentions" as="element()*"/>
    <xsl:variable name="memo-count" select="count(distinct-values($mentions ! te:memo-id(.)))"/>
    <section class="index-entry" id="{$id}" aria-labelledby="h-{$id}">
      <h2 id="h-{$id}">{$name}</h2>
      <div class="entry-body">
        <xsl:call-template name="te:entry-body">
          <xsl:with-param name="entry" select="te:entry($id)"/>
          <xsl:with-param name="fallback" select="$name"/>
          <xsl:with-param name="heading" select="false()"/>
        </xsl:call-template>
      </div>
      <h3 class="mentions-h">{count($mentions)} mention{if (count($mentions) = 1) then '' else 's'} in {$memo-count} memo{if ($memo-count = 1) then '' else 's'}</h3>
      <ol class="kwic">
        <xsl:for-each select="$mentions">
          <xsl:variable name="ctx" select="te:context(.)"/>
          <li>
            <a class="kwic-ref" href="memo/{te:memo-id(.)}.html#{te:anchor($ctx)}">{te:date-label(.)}, {te:anchor-label($ctx)}</a>
            <xsl:text> </xsl:text>
            <xsl:variable name="left" select="te:kwic-left(., $ctx)"/>
            <span class="kwic-left">{$left}</span>
            <xsl:if test="not(matches($left, '[(\[“‘]$'))"><xsl:text> </xsl:text></xsl:if>
            <mark class="kwic-hit">{te:plain(.)}</mark>
            <xsl:variable name="right" select="te:kwic-right(., $ctx)"/>
            <xsl:if test="not(matches($right, '^[.,;:!?)\]’”]'))"><xsl:text> </xsl:text></xsl:if>
            <span class="kwic-right">{$right}</span>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- ════ Keyword in context ══════════════════════════════════════════════════════════════ -->

  <!-- The block a mention sits in: a paragraph, the title (head) or the summary. -->
  <xsl:function name="te:context" as="element()">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="(($m/ancestor::*[self::p[@xml:id] or self::head or self::abstract])[last()], $m/..)[1]"/>
  </xsl:function>

  <xsl:function name="te:anchor" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:sequence select="if ($ctx/self::p[@xml:id]) then string($ctx/@xml:id) else if ($ctx/self::head) then 'memo-title'
      else if ($ctx/ancestor-or-self::abstract) then 'summary' else 'text'"/>
  </xsl:function>

  <xsl:function name="te:anchor-label" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:sequence select="if ($ctx/self::p[@xml:id]) then '¶ ' || te:para-number($ctx) else if ($ctx/self::head) then 'title'
      else if ($ctx/ancestor-or-self::abstract) then 'summary' else 'text'"/>
  </xsl:function>

  <!-- The block's text as read (te:plain: brackets kept, notes out) split around the mention:
       (left, hit, right). The mention is marked with two private-use characters on the way. -->
  <xsl:function name="te:kwic-parts" as="xs:string*">
    <xsl:param name="m" as="element()"/>
    <xsl:param name="ctx" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$ctx/node()" mode="te:plain">
        <xsl:with-param name="te:hit" select="$m" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="s" select="string-join($parts, '')"/>
    <xsl:sequence select="normalize-space(substring-before($s, '&#xE000;')),
      normalize-space(substring-before(substring-after($s, '&#xE000;'), '&#xE001;')),
      normalize-space(substring-after($s, '&#xE001;'))"/>
  </xsl:function>

  <xsl:function name="te:kwic-left" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:param name="ctx" as="element()"/>
    <xsl:variable name="s" select="te:kwic-parts($m, $ctx)[1]"/>
    <xsl:sequence select="if (string-length($s) le 60) then $s else '…' || replace(substring($s, string-length($s) - 59), '^\S*\s+', '')"/>
  </xsl:function>

  <xsl:function name="te:kwic-right" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:param name="ctx" as="element()"/>
    <xsl:variable name="s" select="te:kwic-parts($m, $ctx)[3]"/>
    <xsl:sequence select="if (string-length($s) le 60) then $s else replace(substring($s, 1, 60), '\s+\S*$', '') || '…'"/>
  </xsl:function>
</xsl:stylesheet>
