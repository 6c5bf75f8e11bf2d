<?xml version="1.0" encoding="UTF-8"?>
<!-- register.xsl (part of tei-base.xsl): register look-ups and the rendering of a register entry. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">
  <xsl:key name="te:entry" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- ════ Register ══════════════════════════════════════════════════════════════════════ -->

  <!-- A mention's @ref as a register xml:id: "per:x" (listPrefixDef, TEI Guidelines 16.2.3),
       "register.xml#per-x" and "#per-x" all give "per-x"; the first pointer counts. Every mention
       of a page asks for it several times, and each XPath operation costs microseconds on
       saxon-js, so the usual form (one prefixed pointer) is recognized by one regular expression;
       any other is taken apart in full. -->
  <xsl:function name="te:ref-id" as="xs:string">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:sequence select="if (matches($ref, '^(per|pla|org):[^\s#]*$')) then replace($ref, '^(per|pla|org):', '$1-')
      else let $first := tokenize(normalize-space($ref), ' ')[1]
      return if (matches($first, '^(per|pla|org):')) then replace($first, '^(per|pla|org):', '$1-')
      else replace($first, '^.*#', '')"/>
  </xsl:function>

  <xsl:function name="te:entry" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (exists($register)) then key('te:entry', $id, $register)[1] else ()"/>
  </xsl:function>

  <!-- person | place | org, from the register id prefix (or the mention's element name). -->
  <xsl:function name="te:entity-kind" as="xs:string">
    <xsl:param name="id-or-element" as="item()"/>
    <xsl:sequence select="if ($id-or-element instance of element()) then te:mention-kind(te:ref-id($id-or-element/@ref), $id-or-element)
      else te:mention-kind(string($id-or-element), ())"/>
  </xsl:function>

  <!-- The kind of a mention whose register id is known: te:entity-kind without taking @ref apart again. -->
  <xsl:function name="te:mention-kind" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="mention" as="element()?"/>
    <xsl:sequence select="if (starts-with($id, 'per-')) then 'person' else if (starts-with($id, 'pla-')) then 'place'
      else if (starts-with($id, 'org-')) then 'org'
      else if ($mention instance of element(persName)) then 'person'
      else if ($mention instance of element(placeName)) then 'place' else 'org'"/>
  </xsl:function>

  <!-- The index page of an entity kind, relative to the site root. -->
  <xsl:function name="te:index-page" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$te:index-pages($kind)"/>
  </xsl:function>

  <xsl:variable name="te:index-pages" as="map(xs:string, xs:string)" select="map{'person': 'persons.html', 'place': 'places.html', 'org': 'orgs.html'}"/>

  <!-- The normalized name of a register entry ($fallback when the entry is missing). -->
  <xsl:function name="te:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName)"/>
    <xsl:sequence select="(($names[@type = 'main'], $names)[1] ! normalize-space(), $fallback)[.][1]"/>
  </xsl:function>

  <!-- Whether te:entry-name gives the entry's own name, whatever the fallback: a caller can then
       skip computing the fallback (te:plain of a mention). -->
  <xsl:function name="te:entry-named" as="xs:boolean">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName)"/>
    <xsl:sequence select="normalize-space(($names[@type = 'main'], $names)[1]) != ''"/>
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
    <xsl:sequence select="($te:authority-labels(lower-case($type)), $type)[1]"/>
  </xsl:function>

  <!-- Built once, not on every call. -->
  <xsl:variable name="te:authority-labels" as="map(xs:string, xs:string)" select="map{'geonames': 'GeoNames', 'wikidata': 'Wikidata', 'viaf': 'VIAF', 'gnd': 'GND', 'loc': 'Library of Congress', 'uri': 'URI',
    'iso3166-1-alpha-3': 'ISO 3166 code', 'iso3166-1-alpha-2': 'ISO 3166 code'}"/>

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
    <xsl:variable name="offices" select="$entry/*[self::state or self::occupation or self::affiliation]"/>
    <xsl:if test="exists($offices)">
      <ul class="entry-offices">
        <xsl:for-each select="$offices">
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
