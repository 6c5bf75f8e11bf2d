<?xml version="1.0" encoding="UTF-8"?>
<!--
  figures.xsl: map.html and network.html. The geometry (projection, layout) is computed at build
  time in TypeScript (src/render-html/map-data.ts, network-data.ts) and arrives as small XML
  documents ($map-data, $network-data, no namespace); this file only draws it as inline SVG and
  adds a text equivalent (lists and a table), so both pages work without JS and with a screen reader.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- Network nodes by id: the table of links looks up both ends of every link. -->
  <xsl:key name="te:net-node" match="Q{}node" use="@id"/>

  <!-- Words into lines of at most $max characters (a longer single word gets its own line). -->
  <xsl:function name="te:wrap" as="xs:string*">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="
      if (empty($words)) then $line[.]
      else if (not($line)) then te:wrap(tail($words), $max, $words[1])
      else if (string-length($line) + 1 + string-length($words[1]) le $max) then te:wrap(tail($words), $max, $line || ' ' || $words[1])
      else ($line, te:wrap($words, $max, ''))"/>
  </xsl:function>

  <xsl:template name="map-page">
    <xsl:variable name="map" select="$map-data/Q{}map"/>
    <xsl:variable name="places" select="$map/Q{}place"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'map'"/>
      <xsl:with-param name="title" select="$label-map"/>
      <xsl:with-param name="content">
        <h1>{$label-map}</h1>
        <p class="lede">{count($places)} places mentioned in the memos, drawn from the coordinates in the register. Select a place to open its index entry.</p>
        <xsl:if test="$map">
          <figure class="map">
            <svg class="map-svg" viewBox="0 0 {$map/@width} {$map/@height}" role="group" aria-labelledby="map-title">
              <title id="map-title">Map of the places mentioned in the edition</title>
              <rect class="map-sea" x="0" y="0" width="{$map/@width}" height="{$map/@height}"/>
              <g class="map-land" aria-hidden="true">
                <xsl:for-each select="$map/Q{}country"><path d="{@d}"/></xsl:for-each>
              </g>
              <g class="map-places">
                <xsl:for-each select="$places">
                  <a href="places.html#{@id}" class="map-place" aria-label="{@name} ({@memos} memo{if (@memos = '1') then '' else 's'})">
                    <circle cx="{@x}" cy="{@y}" r="{@r}"><title>{@name}</title></circle>
                    <xsl:if test="@lx"><text x="{@lx}" y="{@ly}" text-anchor="{@anchor}" aria-hidden="true">{@name}</text></xsl:if>
                  </a>
                </xsl:for-each>
              </g>
            </svg>
            <figcaption>Country outlines: Natural Earth (via world-atlas), 1:110m. Marker size grows with the number of memos mentioning a place; where labels would collide, hover or focus a marker for its name, or use the list below.</figcaption>
          </figure>
        </xsl:if>
        <h2>Places on the map</h2>
        <ul class="place-list">
          <xsl:for-each select="$places">
            <xsl:sort select="lower-case(@name)"/>
            <li><a href="places.html#{@id}">{@name}</a> ({@memos} memo{if (@memos = '1') then '' else 's'})</li>
          </xsl:for-each>
        </ul>
        <xsl:if test="$map/Q{}unplaced">
          <h2>Places without coordinates</h2>
          <ul class="place-list">
            <xsl:for-each select="$map/Q{}unplaced">
              <xsl:sort select="lower-case(@name)"/>
              <li><a href="places.html#{@id}">{@name}</a></li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="network-page">
    <xsl:variable name="net" select="$network-data/Q{}network"/>
    <xsl:variable name="nodes" select="$net/Q{}node"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'network'"/>
      <xsl:with-param name="title" select="$label-network"/>
      <xsl:with-param name="content">
        <h1>{$label-network}</h1>
        <p class="lede">Persons and organisations mentioned in the same memo are linked; the thicker the line, the more memos they share. {count($nodes)} entities, {count($net/Q{}edge)} links.</p>
        <xsl:if test="exists($nodes)">
          <figure class="network">
            <svg class="network-svg" viewBox="0 0 {$net/@width} {$net/@height}" role="group" aria-labelledby="net-title">
              <title id="net-title">Network of persons and organisations mentioned together</title>
              <g class="net-edges" aria-hidden="true">
                <xsl:for-each select="$net/Q{}edge">
                  <line x1="{@x1}" y1="{@y1}" x2="{@x2}" y2="{@y2}" stroke-width="{min((number(@weight), 8))}" data-source="{@source}" data-target="{@target}"/>
                </xsl:for-each>
              </g>
              <g class="net-nodes">
                <xsl:for-each select="$nodes">
                  <!-- Long names wrap over lines (tspans) so the visible label is the whole name, as the
                       link's accessible name (the title adds the count; WCAG 2.5.3 label in name). -->
                  <xsl:variable name="lines" select="te:wrap(tokenize(normalize-space(@name), ' '), 22, '')"/>
                  <xsl:variable name="x" select="string(@x)"/>
                  <a href="{te:index-page(@kind)}#{@id}" class="net-node net-{@kind}" data-id="{@id}">
                    <title>{@name} ({@memos} memo{if (@memos = '1') then '' else 's'})</title>
                    <circle cx="{@x}" cy="{@y}" r="{@r}"/>
                    <text x="{@x}" y="{number(@y) - number(@r) - 3 - 13 * (count($lines) - 1)}" text-anchor="middle">
                      <xsl:for-each select="$lines">
                        <tspan x="{$x}" dy="{if (position() = 1) then 0 else 13}">{if (position() gt 1) then ' ' else ''}{.}</tspan>
                      </xsl:for-each>
                    </text>
                  </a>
                </xsl:for-each>
              </g>
            </svg>
            <figcaption>Blue: persons; purple: organisations. Larger circles: mentioned in more memos. Layout computed at build time (force-directed, deterministic); the table below lists every link.</figcaption>
          </figure>
        </xsl:if>
        <h2>Mentioned together</h2>
        <table class="pairs">
          <caption>Pairs of persons and organisations by the number of memos mentioning both</caption>
          <thead><tr><th scope="col">Entity</th><th scope="col">Mentioned with</th><th scope="col">Shared memos</th></tr></thead>
          <tbody>
            <xsl:for-each select="$net/Q{}edge">
              <xsl:sort select="xs:integer(@weight)" order="descending"/>
              <xsl:variable name="a" select="key('te:net-node', @source, $network-data)"/>
              <xsl:variable name="b" select="key('te:net-node', @target, $network-data)"/>
              <tr>
                <td><a href="{te:index-page($a/@kind)}#{$a/@id}">{$a/@name}</a></td>
                <td><a href="{te:index-page($b/@kind)}#{$b/@id}">{$b/@name}</a></td>
                <td>{@weight}</td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
