<?xml version="1.0" encoding="UTF-8"?>
<!--
  facts.xsl: the data the TypeScript side needs to build the search index, the map and the network
  (which need JS libraries: minisearch, d3-geo, a force layout), as JSON. It reads only the TEI, so
  the text rules (what counts as the words of a paragraph) stay with the other TEI rules.

  Initial template "main"; param $memos = the memo TEI documents in edition order. Output:
  { "memos": [{ id, title, date, dateLabel, year, archive, summary,
                paragraphs: [{ pid, n, text, persons[], places[], orgs[] }], entities[] }],
    "entities": [{ id, kind, name, lat?, lon?, memos }] }
  The summary is paragraph "summary" (pid "summary", n "").
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:import href="../common/tei-base.xsl"/>
  <xsl:output method="json" indent="no"/>

  <xsl:param name="memos" as="document-node()*" select="()"/>

  <xsl:function name="te:mentions" as="element()*">
    <xsl:param name="scope" as="node()*"/>
    <xsl:sequence select="$scope//(persName | placeName | orgName | name)[@ref]"/>
  </xsl:function>

  <xsl:function name="te:ids-of-kind" as="array(xs:string)">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="array{ distinct-values($mentions[te:entity-kind(.) = $kind] ! te:ref-id(@ref)) }"/>
  </xsl:function>

  <xsl:function name="te:paragraph" as="map(*)">
    <xsl:param name="pid" as="xs:string"/>
    <xsl:param name="n" as="xs:string"/>
    <xsl:param name="scope" as="element()*"/>
    <xsl:variable name="m" select="te:mentions($scope)"/>
    <xsl:sequence select="map{
      'pid': $pid, 'n': $n, 'text': te:plain($scope),
      'persons': te:ids-of-kind($m, 'person'), 'places': te:ids-of-kind($m, 'place'), 'orgs': te:ids-of-kind($m, 'org')}"/>
  </xsl:function>

  <xsl:template name="main">
    <xsl:variable name="all-mentions" select="$memos ! te:mentions((TEI/text, TEI/teiHeader/profileDesc/abstract))"/>
    <xsl:sequence select="map{
      'memos': array{ $memos ! te:memo-facts(.) },
      'entities': array{
        for $id in distinct-values($all-mentions ! te:ref-id(@ref)) return
        let $entry := te:entry($id),
            $mentions := $all-mentions[te:ref-id(@ref) = $id],
            $geo := tokenize(normalize-space($entry/location/geo[1]), '[\s,]+')
        return map:merge((
          map{'id': $id, 'kind': te:entity-kind($id), 'name': te:entry-name($entry, te:plain($mentions[1])),
              'inRegister': exists($entry), 'memos': count(distinct-values($mentions ! te:memo-id(.)))},
          if (count($geo) = 2 and ($geo[1] castable as xs:double) and ($geo[2] castable as xs:double))
          then map{'lat': xs:double($geo[1]), 'lon': xs:double($geo[2])} else ()))
      }}"/>
  </xsl:template>

  <xsl:function name="te:memo-facts" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="tei" select="$doc/TEI"/>
    <xsl:variable name="summary" select="te:summary($doc)"/>
    <xsl:sequence select="map{
      'id': te:memo-id($doc), 'title': te:title($doc), 'date': te:date($doc), 'dateLabel': te:date-label($doc),
      'year': substring(te:date($doc), 1, 4), 'archive': te:archive($doc), 'summary': te:plain($summary),
      'paragraphs': array{
        if ($summary) then te:paragraph('summary', '', $summary) else (),
        $tei/text/body//p[@xml:id] ! te:paragraph(string(@xml:id), te:para-number(.), .)
      },
      'entities': array{ distinct-values(te:mentions(($tei/text, $summary)) ! te:ref-id(@ref)) }
    }"/>
  </xsl:function>
</xsl:stylesheet>
