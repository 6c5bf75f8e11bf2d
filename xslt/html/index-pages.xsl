<?xml version="1.0" encoding="UTF-8"?>
<!--
  index-pages.xsl: persons.html, places.html, orgs.html. One entry per register entity mentioned in
  the edition: name, variants, identifiers, and every mention as a keyword-in-context line linking
  to the memo paragraph. Included by site.xsl; reads the edition facts ($edition, built by
  src/render-html/site-data.ts from each memo's facts.xsl output):
    <entity kind id text mentions memos listed? lines?>  text: the first mention as written (name fallback)
      <m memo label anchor where left text right/>  the mentions listed, in edition order
  With @lines there are no <m>: the lines are written by site-data.ts in place of a marker.
  A large edition lists the first mentions of an entity only (`listed` < `mentions`; see
  site-data.ts for the threshold) and says how many more there are.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="index-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="label" select="map{'person': $label-persons, 'place': $label-places, 'org': $label-orgs}($kind)"/>
    <xsl:variable name="entities" select="$edition/edition/entity[@kind = $kind]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="map{'person': 'persons', 'place': 'places', 'org': 'orgs'}($kind)"/>
      <xsl:with-param name="title" select="$label"/>
      <xsl:with-param name="content">
        <h1>{$label}</h1>
        <p class="lede">{count($entities)} entries, {sum($entities/@mentions ! xs:integer(.))} mentions. Each mention links to its paragraph.</p>
        <!-- Entities are in order of first mention; the sort is stable, as grouping the mentions was. -->
        <xsl:variable name="groups" as="element()*">
          <xsl:for-each select="$entities">
            <xsl:sort select="te:entry-sort-key(te:entry(@id), @text)"/>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </xsl:variable>
        <nav class="az" aria-label="{$label} A to Z">
          <ul>
            <xsl:for-each-group select="$groups" group-by="upper-case(substring(te:entry-sort-key(te:entry(@id), te:entry-name(te:entry(@id), @text)), 1, 1))">
              <li><a href="#{current-group()[1]/@id}">{current-grouping-key()}</a></li>
            </xsl:for-each-group>
          </ul>
        </nav>
        <xsl:for-each select="$groups">
          <xsl:call-template name="index-entry">
            <xsl:with-param name="entity" select="."/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- No space between the context and the mention after an opening bracket or quote, nor before
       closing punctuation. (Character tests, not regular expressions: they are slow on saxon-js and
       run for every mention of the edition.) -->
  <xsl:function name="te:space-after" as="xs:boolean">
    <xsl:param name="left" as="xs:string"/>
    <xsl:sequence select="not(substring($left, string-length($left)) = ('(', '[', '“', '‘'))"/>
  </xsl:function>

  <xsl:function name="te:space-before" as="xs:boolean">
    <xsl:param name="right" as="xs:string"/>
    <xsl:sequence select="not(substring($right, 1, 1) = ('.', ',', ';', ':', '!', '?', ')', ']', '’', '”'))"/>
  </xsl:function>

  <xsl:template name="index-entry">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="id" select="string($entity/@id)"/>
    <xsl:variable name="name" select="te:entry-name(te:entry($id), $entity/@text)"/>
    <xsl:variable name="count" select="xs:integer($entity/@mentions)"/>
    <xsl:variable name="memo-count" select="xs:integer($entity/@memos)"/>
    <section class="index-entry" id="{$id}" aria-labelledby="h-{$id}">
      <h2 id="h-{$id}">{$name}</h2>
      <div class="entry-body">
        <xsl:call-template name="te:entry-body">
          <xsl:with-param name="entry" select="te:entry($id)"/>
          <xsl:with-param name="fallback" select="$name"/>
          <xsl:with-param name="heading" select="false()"/>
        </xsl:call-template>
      </div>
      <h3 class="mentions-h">{$count} mention{if ($count = 1) then '' else 's'} in {$memo-count} memo{if ($memo-count = 1) then '' else 's'}</h3>
      <ol class="kwic">
        <!-- Lines written by src/render-html/site-data.ts (EditionFacts.withKwicLines), the same as below. -->
        <xsl:if test="$entity/@lines"><xsl:value-of select="'&#xE010;kwic' || $entity/@lines || '&#xE011;'"/></xsl:if>
        <xsl:for-each select="$entity/m">
          <li>
            <a class="kwic-ref" href="memo/{@memo}.html#{@anchor}">{@label}, {@where}</a>
            <xsl:text> </xsl:text>
            <span class="kwic-left">{@left}</span>
            <xsl:if test="te:space-after(@left)"><xsl:text> </xsl:text></xsl:if>
            <mark class="kwic-hit">{@text}</mark>
            <xsl:if test="te:space-before(@right)"><xsl:text> </xsl:text></xsl:if>
            <span class="kwic-right">{@right}</span>
          </li>
        </xsl:for-each>
      </ol>
      <xsl:if test="$entity/@listed">
        <p class="kwic-more">The first {$entity/@listed} of {$count} mentions; <a href="search.html">search the edition</a> for the others.</p>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
