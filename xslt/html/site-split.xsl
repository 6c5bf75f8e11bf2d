<?xml version="1.0" encoding="UTF-8"?>
<!--
  site-split.xsl: the edition-wide pages of a large edition, split so that no page grows with the
  edition (docs/scaling.md, "Large editions"). Each page is its own small transform (an initial
  template below) over only its part of the facts, so src/render-html/site-split.ts can cache it by
  the digest of exactly those inputs and an edit to one memo re-renders only the pages it touches.

  Params (besides site.xsl's; $edition holds only the page's part of the edition facts):
    $split   what the page links to, made by site-split.ts:
             home:             <split><year key memos><part href n count from to/>*</year>*</split>
             memo list:        <split key n of><part href n current?/>*</split>  (every part of the same year)
             index overview:   <split><letter key href/>*</split>, entities of $edition carry @part
             index part:       <split key n of><letter key href current?/>*<part href n current?/>*</split>
             chronology:       <split memos mentions><year key memos mentions><part href n count from to/>*</year>*</split>
             chronology part:  <split key n of><part href n current?/>*</split>
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:param name="split" as="document-node()?" select="()"/>
  <xsl:param name="kind" as="xs:string" select="''"/>

  <!-- Links between the parts of one list (a year's memos, a letter of an index, a year of the chronology). -->
  <xsl:template name="te:part-nav">
    <xsl:param name="label" as="xs:string"/>
    <xsl:if test="count($split/split/part) gt 1">
      <nav class="part-nav" aria-label="{$label}">
        <ul>
          <xsl:for-each select="$split/split/part">
            <li><a href="{@href}">
              <xsl:if test="@current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>Part {@n}</a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- "Persons: K, part 2 of 3" from $split/split/@key, @n and @of. -->
  <xsl:function name="te:split-title" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="s" select="$split/split"/>
    <xsl:sequence select="$label || (if (string($s/@key)) then ': ' || $s/@key else '') || (if (xs:integer($s/@of) gt 1) then ', part ' || $s/@n || ' of ' || $s/@of else '')"/>
  </xsl:function>

  <xsl:function name="te:part-label" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="if ($part/@from = $part/@to) then string($part/@from) else $part/@from || ' – ' || $part/@to"/>
  </xsl:function>

  <!-- ════ Home: the introduction and the memos by year ══════════════════════════════════ -->

  <xsl:template name="split-home">
    <xsl:variable name="total" select="sum($split/split/year/@memos ! xs:integer(.))"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'home'"/>
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="content">
        <h1>{$edition-title}</h1>
        <xsl:if test="$edition-subtitle"><p class="subtitle">{$edition-subtitle}</p></xsl:if>
        <xsl:if test="$intro/*/node()">
          <section class="introduction" aria-labelledby="intro-h">
            <h2 id="intro-h">{$label-introduction}</h2>
            <xsl:apply-templates select="$intro/*/node()" mode="intro"/>
          </section>
        </xsl:if>
        <section class="memo-index" aria-labelledby="memos-h">
          <h2 id="memos-h">The memos ({$total})</h2>
          <p class="lede">By year; the <a href="chronology.html">chronology</a> has them by date with the dates they mention, and <a href="search.html">search</a> finds their paragraphs.</p>
          <ul class="year-list">
            <xsl:for-each select="$split/split/year">
              <li><xsl:choose>
                <xsl:when test="count(part) = 1"><a href="{part/@href}">{if (@key = '') then 'Undated' else @key}</a></xsl:when>
                <xsl:otherwise>{if (@key = '') then 'Undated' else @key}:
                  <xsl:for-each select="part"><xsl:if test="position() gt 1">, </xsl:if><a href="{@href}">{te:part-label(.)}</a></xsl:for-each></xsl:otherwise>
              </xsl:choose> ({@memos} memo{if (@memos = '1') then '' else 's'})</li>
            </xsl:for-each>
          </ul>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One part of the memo list (a year, or part of a year), with the home page's filters. -->
  <xsl:template name="split-memo-list">
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'memos'"/>
      <xsl:with-param name="title" select="te:split-title('Memos')"/>
      <xsl:with-param name="content">
        <h1>{te:split-title('Memos')}</h1>
        <p class="lede"><a href="index.html">All years</a></p>
        <xsl:call-template name="te:part-nav"><xsl:with-param name="label" select="'Parts of this year'"/></xsl:call-template>
        <section class="memo-index" aria-labelledby="memos-h">
          <h2 id="memos-h">The memos ({count($memos)})</h2>
          <xsl:call-template name="memo-filters"/>
          <xsl:call-template name="memo-list"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ════ Indexes: an overview of every entry, and the entries by initial letter ═══════════ -->

  <!-- The sort key and initial letter of each entity of $edition, as index-page sorts and groups
       them, as JSON ([[key, letter], …] in the order of $edition): site-split.ts splits by letter. -->
  <xsl:template name="split-index-keys">
    <xsl:result-document href="keys.json" method="json">
      <xsl:sequence select="array{ $edition/edition/entity ! (let $e := te:entry(@id) return
        [te:entry-sort-key($e, @text), upper-case(substring(te:entry-sort-key($e, te:entry-name($e, @text)), 1, 1))]) }"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="split-index-overview">
    <xsl:variable name="label" select="map{'person': $label-persons, 'place': $label-places, 'org': $label-orgs}($kind)"/>
    <xsl:variable name="entities" select="$edition/edition/entity"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="map{'person': 'persons', 'place': 'places', 'org': 'orgs'}($kind)"/>
      <xsl:with-param name="title" select="$label"/>
      <xsl:with-param name="content">
        <h1>{$label}</h1>
        <p class="lede">{count($entities)} entries, {sum($entities/@mentions ! xs:integer(.))} mentions. Each entry's page lists its mentions with their context.</p>
        <xsl:call-template name="te:letter-nav"><xsl:with-param name="label" select="$label"/></xsl:call-template>
        <ul class="index-overview">
          <xsl:for-each select="$entities">
            <xsl:variable name="mentions" select="xs:integer(@mentions)"/>
            <li id="{@id}"><a href="{@part}#{@id}">{te:entry-name(te:entry(@id), @text)}</a>
              ({$mentions} mention{if ($mentions = 1) then '' else 's'} in {@memos} memo{if (@memos = '1') then '' else 's'})</li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="te:letter-nav">
    <xsl:param name="label" as="xs:string"/>
    <nav class="az" aria-label="{$label} A to Z">
      <ul>
        <xsl:for-each select="$split/split/letter">
          <li><a href="{@href}">
            <xsl:if test="@current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{@key}</a></li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="split-index-part">
    <xsl:variable name="label" select="map{'person': $label-persons, 'place': $label-places, 'org': $label-orgs}($kind)"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="map{'person': 'persons', 'place': 'places', 'org': 'orgs'}($kind)"/>
      <xsl:with-param name="title" select="te:split-title($label)"/>
      <xsl:with-param name="content">
        <h1>{te:split-title($label)}</h1>
        <p class="lede"><a href="{te:index-page($kind)}">All entries</a></p>
        <xsl:call-template name="te:letter-nav"><xsl:with-param name="label" select="$label"/></xsl:call-template>
        <xsl:call-template name="te:part-nav"><xsl:with-param name="label" select="'Parts of this letter'"/></xsl:call-template>
        <!-- In the overview's order (sorted there): no sorting again. -->
        <xsl:for-each select="$edition/edition/entity">
          <xsl:call-template name="index-entry"><xsl:with-param name="entity" select="."/></xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ════ Chronology: the years at a glance, and the events of each year ═══════════════════ -->

  <xsl:template name="split-chronology">
    <xsl:variable name="years" select="$split/split/year"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'chronology'"/>
      <xsl:with-param name="title" select="$label-chronology"/>
      <xsl:with-param name="content">
        <h1>{$label-chronology}</h1>
        <p class="lede">The {$split/split/@memos} memos by their date, and the {$split/split/@mentions} dates they mention, by year.</p>
        <xsl:if test="exists($years)">
          <!-- One bar per year (events per year): a mark per event would not fit a page of a large edition.
               A group, not an image: the bars are links to the years (as the map's places). -->
          <xsl:variable name="max" select="max($years ! (xs:integer(@memos) + xs:integer(@mentions)))"/>
          <xsl:variable name="w" select="max((200, 24 * count($years) + 60))"/>
          <figure class="time-axis">
            <svg viewBox="0 0 {$w} 150" role="group" aria-labelledby="axis-title" class="axis-svg">
              <title id="axis-title">Events per year from {$years[1]/@key} to {$years[last()]/@key}: memos and mentioned dates</title>
              <line class="axis-line" x1="30" y1="120" x2="{$w - 30}" y2="120"/>
              <xsl:for-each select="$years">
                <xsl:variable name="x" select="30 + 24 * (position() - 1)"/>
                <xsl:variable name="h" select="format-number(100 * (xs:integer(@memos) + xs:integer(@mentions)) div max((1, $max)), '0.0')"/>
                <a href="{part[1]/@href}"><rect class="axis-memo" x="{$x + 4}" y="{120 - number($h)}" width="16" height="{$h}"><title>{if (@key = '') then 'Undated' else @key}: {@memos} memos, {@mentions} mentioned dates</title></rect></a>
                <xsl:if test="(position() - 1) mod max((1, xs:integer(ceiling(count($years) div 12)))) = 0">
                  <text class="axis-label" x="{$x + 12}" y="140" text-anchor="middle">{@key}</text>
                </xsl:if>
              </xsl:for-each>
            </svg>
            <figcaption>Bars: the memos and the dates mentioned in them, per year. Each year's page lists every event.</figcaption>
          </figure>
        </xsl:if>
        <ul class="year-list">
          <xsl:for-each select="$years">
            <li id="y-{@key}"><xsl:choose>
              <xsl:when test="count(part) = 1"><a href="{part/@href}">{@key}</a></xsl:when>
              <xsl:otherwise>{@key}:
                <xsl:for-each select="part"><xsl:if test="position() gt 1">, </xsl:if><a href="{@href}">{te:part-label(.)}</a></xsl:for-each></xsl:otherwise>
            </xsl:choose> ({@memos} memo{if (@memos = '1') then '' else 's'}, {@mentions} mentioned date{if (@mentions = '1') then '' else 's'})</li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One year of the chronology (or part of a year). The list items are written by site-data.ts
       in place of the marker, as for the single chronology page (chronology.xsl). -->
  <xsl:template name="split-chronology-part">
    <xsl:variable name="events" as="element()*" select="$edition/edition/event"/>
    <xsl:variable name="formatted" as="map(xs:string, xs:string)" select="map:merge(distinct-values($events/@when) ! map{.: te:format-date(.)})"/>
    <xsl:variable name="own-lines" as="xs:boolean" select="exists($edition/edition/@timeline)"/>
    <xsl:if test="$own-lines">
      <xsl:result-document href="chronology-dates.json" method="json"><xsl:sequence select="$formatted"/></xsl:result-document>
    </xsl:if>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'chronology'"/>
      <xsl:with-param name="title" select="te:split-title($label-chronology)"/>
      <xsl:with-param name="content">
        <h1>{te:split-title($label-chronology)}</h1>
        <p class="lede"><a href="chronology.html">All years</a></p>
        <xsl:call-template name="te:part-nav"><xsl:with-param name="label" select="'Parts of this year'"/></xsl:call-template>
        <section class="year" aria-labelledby="y-{$split/split/@key}">
          <h2 id="y-{$split/split/@key}">{$split/split/@key}</h2>
          <ol class="timeline">
            <xsl:if test="$own-lines"><xsl:value-of select="'&#xE010;chronology&#xE011;'"/></xsl:if>
            <xsl:for-each select="$events[not($own-lines)]">
              <xsl:call-template name="timeline-item"><xsl:with-param name="formatted" select="$formatted"/></xsl:call-template>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
