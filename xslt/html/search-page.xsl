<?xml version="1.0" encoding="UTF-8"?>
<!--
  search-page.xsl: search.html. The form submits to itself (?q=…&person=…&place=…); search.js
  runs the query against the minisearch index embedded as JSON data and lists paragraphs, each
  linking to memo/<id>.html#<paragraph id>. Without JS the page says so and points to the indexes.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="search-page">
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'search'"/>
      <xsl:with-param name="title" select="$label-search"/>
      <xsl:with-param name="scripts" select="('minisearch.js', 'search.js')"/>
      <xsl:with-param name="content">
        <h1>{$label-search}</h1>
        <form class="search-form" id="search-form" role="search" action="search.html" method="get">
          <div class="field field-q">
            <label for="q">Words</label>
            <input type="search" id="q" name="q" autocomplete="off"/>
          </div>
          <xsl:for-each select="('person', 'place')">
            <xsl:variable name="kind" select="."/>
            <div class="field">
              <label for="f-{$kind}">{if ($kind = 'person') then 'Person' else 'Place'}</label>
              <select id="f-{$kind}" name="{$kind}">
                <option value="">{if ($kind = 'person') then 'Any person' else 'Any place'}</option>
                <xsl:for-each-group select="$all-mentions[te:entity-kind(.) = $kind]" group-by="te:ref-id(@ref)">
                  <xsl:sort select="te:entry-sort-key(te:entry(current-grouping-key()), te:plain(current-group()[1]))"/>
                  <option value="{current-grouping-key()}">{te:entry-name(te:entry(current-grouping-key()), te:plain(current-group()[1]))}</option>
                </xsl:for-each-group>
              </select>
            </div>
          </xsl:for-each>
          <button type="submit">Search</button>
        </form>
        <p class="status" id="search-status" role="status" aria-live="polite">Searching needs JavaScript. Without it, browse the
          <a href="persons.html">persons</a>, <a href="places.html">places</a> and <a href="orgs.html">organisations</a> indexes or the <a href="index.html">list of memos</a>.</p>
        <ol class="search-results" id="search-results"></ol>
        <script type="application/json" id="search-index">{$search-index}</script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
