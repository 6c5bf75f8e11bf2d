<?xml version="1.0" encoding="UTF-8"?>
<!-- register.xsl (part of tei-base.xsl): register look-ups and the rendering of a register entry. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">
  <xsl:key name="te:entry" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- ════ Register ══════════════════════════════════════════════════════════════════════ -->

  <!-- A mention's @ref as a register xml:id: "per:x" (listPrefixDef, TEI Guidelines 16.2.3),
       "register.xml#per-x" and "#per-x" all give "per-x". -->
  <xsl:function name="te:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($ref), ' ')[1]"/>
    <xsl:sequence select="if (matches($first, '^(per|pla|org):')) then replace($first, '^(per|pla|org):', '$1-')
      else replace($first, '^.*#', '')"/>
  </xsl:function>

  <xsl:function name="te:entry" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (exists($register)) then key('te:entry', $id, $register)[1] else ()"/>
  </xsl:function>

  <!-- person | place | org, from the register id prefix (or the mention's element name). -->
  <xsl:function name="te:entity-kind" as="xs:string">
    <xsl:param name="id-or-element" as="item()"/>
    <xsl:variable name="id" select="if ($id-or-element instance of element()) then te:ref-id($id-or-element/@ref) else string($id-or-element)"/>
    <xsl:sequence select="if (starts-with($id, 'per-')) then 'person' else if (starts-with($id, 'pla-')) then 'place'
      else if (starts-with($id, 'org-')) then 'org'
      else if ($id-or-element instance of element(persName)) then 'person'
      else if ($id-or-element instance of element(placeName)) then 'place' else 'org'"/>
  </xsl:function>

  <!-- The index page of an entity kind, relative to the site root. -->
  <xsl:function name="te:index-page" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'orgs.html'}($kind)"/>
  </xsl:function>

  <!-- The normalized name of a register entry ($fallback when the entry is missing). -->
  <xsl:function name="te:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName)"/>
    <xsl:sequence select="(($names[@type = 'main'], $names)[1] ! normalize-space(), $fallback)[.][1]"/>
  </xsl:function>

  <xsl:function name="te:entry-sort-key" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:sequence select="lower-case(($entry/@sortKey, ($entry/persName[@type = 'main']/surname)[1], te:entry-name($entry, $fallback))[normalize-space()][1])"/>
  </xsl:function>

  <!-- Where an authority identifier resolves ('' when it is not a known authority). -->
  <xsl:function name="te:authority-url" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <xsl:sequence select="if (matches($v, '^https?://')) then $v else
      let $t := lower-case($idno/@type) return
      if ($t = 'geonames') then 'https://www.geonames.org/' || $v
      else if ($t = 'wikidata') then 'https://www.wikidata.org/wiki/' || $v
      else if ($t = 'viaf') then 'https://viaf.org/viaf/' || $v
      else if ($t = 'gnd') then 'https://d-nb.info/gnd/' || $v
      else if ($t = 'loc') then 'https://id.loc.gov/authorities/names/' || $v
      else ''"/>
  </xsl:function>

  <xsl:function name="te:authority-label" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="t" select="lower-case($type)"/>
    <xsl:sequence select="(map{'geonames': 'GeoNames', 'wikidata': 'Wikidata', 'viaf': 'VIAF', 'gnd': 'GND', 'loc': 'Library of Congress', 'uri': 'URI',
      'iso3166-1-alpha-3': 'ISO 3166 code', 'iso3166-1-alpha-2': 'ISO 3166 code'}($t), $type)[1]"/>
  </xsl:function>

  <!-- A register entry: name, life dates, variants, offices, type, identifiers, notes. -->
  <xsl:template name="te:entry-body">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string" select="''"/>
    <xsl:param name="heading" as="xs:boolean" select="true()"/>
    <xsl:variable name="name" select="te:entry-name($entry, $fallback)"/>
    <xsl:variable name="life" select="string-join(($entry/birth, $entry/death) ! te:format-date(string((@when, @notBefore, @notAfter)[1])), '–')"/>
    <xsl:if test="$heading">
      <p class="entry-name"><strong>{$name}</strong><xsl:if test="$life">{' '}<span class="entry-life">({$life})</span></xsl:if></p>
    </xsl:if>
    <xsl:variable name="variants" select="distinct-values($entry/(persName | placeName | orgName)[@type = 'variant'] ! normalize-space())[. != $name]"/>
    <xsl:if test="exists($variants)">
      <p class="entry-variants"><span class="label">Also: </span>{string-join($variants, '; ')}</p>
    </xsl:if>
    <xsl:if test="$entry/state | $entry/occupation | $entry/affiliation">
      <ul class="entry-offices">
        <xsl:for-each select="$entry/state | $entry/occupation | $entry/affiliation">
          <xsl:variable name="span" select="if (@when) then substring(@when, 1, 4) else string-join((@from, @to) ! substring(., 1, 4), '–')"/>
          <li>{normalize-space((label, .)[1])}<xsl:if test="$span"> ({$span})</xsl:if></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:if test="$entry/@type">
      <p class="entry-type"><span class="label">Type: </span>{replace($entry/@type, '-', ' ')}</p>
    </xsl:if>
    <xsl:if test="$entry/location/geo">
      <p class="entry-geo"><span class="label">Coordinates: </span>{string-join(tokenize(normalize-space($entry/location/geo[1]), '[\s,]+'), ', ')}</p>
    </xsl:if>
    <xsl:if test="$entry/idno">
      <p class="entry-ids"><span class="label">Authority: </span>
        <xsl:for-each select="$entry/idno">
          <xsl:variable name="url" select="te:authority-url(.)"/>
          <xsl:if test="position() gt 1">, </xsl:if>
          <xsl:choose>
            <xsl:when test="$url"><a href="{$url}" rel="external">{te:authority-label(string(@type))} {normalize-space()}</a></xsl:when>
            <xsl:otherwise>{te:authority-label(string(@type))} {normalize-space()}</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:for-each select="$entry/note">
      <p class="entry-note">{normalize-space()}</p>
    </xsl:for-each>
    <xsl:if test="empty($entry)">
      <p class="entry-note">Not yet in the edition register.</p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
