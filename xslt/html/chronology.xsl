<?xml version="1.0" encoding="UTF-8"?>
<!--
  chronology.xsl: chronology.html. The memos (by their date) and every date they mention, on one
  time axis: an SVG overview scaled to the span of years, then the events grouped by year.
  Included by site.xsl; reads the edition facts ($edition): the events, sorted, as
  <event when kind(memo|mention) memo title label memo-label anchor where left right cert/>
  (src/render-html/site-data.ts).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="" exclude-result-prefixes="#all" expand-text="yes">

  <!-- Fractional year of an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), for placing it on the axis. -->
  <xsl:function name="te:year-fraction" as="xs:double">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="tokenize($iso, '-') ! xs:double(.)"/>
    <xsl:sequence select="$parts[1] + (if (count($parts) ge 2) then ($parts[2] - 1) div 12 else 0)
      + (if (count($parts) ge 3) then ($parts[3] - 1) div 372 else 0)"/>
  </xsl:function>

  <xsl:template name="chronology">
    <!-- The events in order (by date, then mentions before memos; sorted by site-data.ts as
         xsl:sort would, codepoint order). -->
    <xsl:variable name="sorted" as="element()*" select="$edition/edition/event"/>
    <!-- Formatted once per distinct date (an edition mentions the same dates many times; date
         formatting and the regular expressions behind it are slow on saxon-js). -->
    <xsl:variable name="formatted" as="map(xs:string, xs:string)" select="map:merge(distinct-values($sorted/@when) ! map{.: te:format-date(.)})"/>
    <!-- With @timeline the list items are written by site-data.ts (EditionFacts.withTimeline) in
         place of a marker per year, the same as below; it needs the formatted dates. -->
    <xsl:variable name="own-lines" as="xs:boolean" select="exists($edition/edition/@timeline)"/>
    <xsl:if test="$own-lines">
      <xsl:result-document href="chronology-dates.json" method="json"><xsl:sequence select="$formatted"/></xsl:result-document>
    </xsl:if>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'chronology'"/>
      <xsl:with-param name="title" select="$label-chronology"/>
      <xsl:with-param name="content">
        <h1>{$label-chronology}</h1>
        <p class="lede">The {count($sorted[@kind = 'memo'])} memos by their date, and the {count($sorted[@kind = 'mention'])} dates they mention.</p>
        <xsl:if test="exists($sorted)">
          <xsl:call-template name="time-axis"><xsl:with-param name="events" select="$sorted"/></xsl:call-template>
        </xsl:if>
        <xsl:for-each-group select="$sorted" group-by="substring(@when, 1, 4)">
          <section class="year" aria-labelledby="y-{current-grouping-key()}">
            <h2 id="y-{current-grouping-key()}">{current-grouping-key()}</h2>
            <ol class="timeline">
              <xsl:if test="$own-lines"><xsl:value-of select="'&#xE010;chronology' || current-grouping-key() || '&#xE011;'"/></xsl:if>
              <xsl:for-each select="current-group()[not($own-lines)]">
                <xsl:call-template name="timeline-item"><xsl:with-param name="formatted" select="$formatted"/></xsl:call-template>
              </xsl:for-each>
            </ol>
          </section>
        </xsl:for-each-group>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One event of the context item (also for the chronology parts of a large edition, site-split.xsl). -->
  <xsl:template name="timeline-item">
    <xsl:param name="formatted" as="map(*)"/>
    <li class="tl-{@kind}">
      <time datetime="{@when}">{$formatted(@when)}</time>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="@kind = 'memo'">
          <span class="tl-kind">Memo</span>{' '}<a href="memo/{@memo}.html">{@title}</a>
        </xsl:when>
        <xsl:otherwise>
          <span class="tl-kind">Mentioned</span>{' '}<span class="tl-context">{@left}{if (te:space-after(@left)) then ' ' else ''}<mark>{@label}</mark>{if (te:space-before(@right)) then ' ' else ''}{@right}</span>
          <xsl:text> — </xsl:text><a href="memo/{@memo}.html#{@anchor}">memo of {@memo-label}, {@where}</a>
          <xsl:if test="@cert = ('low', 'medium')"><span class="tl-cert"> (date inferred, {@cert} certainty)</span></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- The overview axis: years as ticks, memos as squares, mentioned dates as circles; each mark
       links to its year's list. -->
  <xsl:template name="time-axis">
    <xsl:param name="events" as="element()*"/>
    <xsl:variable name="fraction" as="map(xs:string, xs:double)" select="map:merge(distinct-values($events/@when) ! map{.: te:year-fraction(.)})"/>
    <xsl:variable name="t" select="$events ! $fraction(@when)"/>
    <xsl:variable name="from" select="floor(min($t))"/>
    <xsl:variable name="to" select="floor(max($t)) + 1"/>
    <xsl:variable name="w" select="800"/>
    <xsl:variable name="scale" select="($w - 60) div ($to - $from)"/>
    <xsl:variable name="step" select="max((1, xs:integer(ceiling(($to - $from) div 12))))"/>
    <!-- Each distinct date placed once (format-number is slow on saxon-js). -->
    <xsl:variable name="x-of" as="map(xs:string, xs:string)" select="map:merge(map:keys($fraction) ! map{.: format-number(30 + ($fraction(.) - $from) * $scale, '0.0')})"/>
    <figure class="time-axis">
      <svg viewBox="0 0 {$w} 90" role="img" aria-labelledby="axis-title" class="axis-svg">
        <title id="axis-title">Time axis from {$from} to {$to - 1}: {count($events[@kind = 'memo'])} memos (squares) and {count($events[@kind = 'mention'])} mentioned dates (circles)</title>
        <line class="axis-line" x1="30" y1="60" x2="{$w - 30}" y2="60"/>
        <xsl:for-each select="xs:integer($from) to xs:integer($to)">
          <xsl:if test="(. - xs:integer($from)) mod $step = 0">
            <xsl:variable name="x" select="format-number(30 + (. - $from) * $scale, '0.0')"/>
            <line class="axis-tick" x1="{$x}" y1="55" x2="{$x}" y2="65"/>
            <text class="axis-label" x="{$x}" y="82" text-anchor="middle">{.}</text>
          </xsl:if>
        </xsl:for-each>
        <xsl:for-each select="$events">
          <xsl:variable name="x" select="$x-of(@when)"/>
          <xsl:choose>
            <xsl:when test="@kind = 'memo'"><rect class="axis-memo" x="{number($x) - 5}" y="20" width="10" height="10"/></xsl:when>
            <xsl:otherwise><circle class="axis-mention" cx="{$x}" cy="45" r="4"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </svg>
      <figcaption>Squares: memos; circles: dates mentioned in them. The lists below give every event.</figcaption>
    </figure>
  </xsl:template>
</xsl:stylesheet>
