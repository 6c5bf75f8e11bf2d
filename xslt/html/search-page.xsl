<?xml version="1.0" encoding="UTF-8"?>
<!--
  search-page.xsl: search.html. The form submits to itself (?q=…&person=…&place=…); search.js
  runs the query against the minisearch index embedded as JSON data and lists paragraphs, each
  linking to memo/<id>.html#<paragraph id>. Without JS the page says so and points to the indexes.
  The person and place choices are the entities of the edition facts ($edition, see index-pages.xsl).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="" exclude-result-prefixes="#all" expand-text="yes">

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
                <xsl:for-each select="$edition/edition/entity[@kind = $kind]">
                  <xsl:sort select="te:entry-sort-key(te:entry(@id), @text)"/>
                  <option value="{@id}">{te:entry-name(te:entry(@id), @text)}</option>
                </xsl:for-each>
              </select>
            </div>
          </xsl:for-each>
          <button type="submit">Search</button>
        </form>
        <p class="status" id="search-status" role="status" aria-live="polite">Searching needs JavaScript. Without it, browse the
          <a href="persons.html">persons</a>, <a href="places.html">places</a> and <a href="orgs.html">organisations</a> indexes or the <a href="index.html">list of memos</a>.</p>
        <ol class="search-results" id="search-results"></ol>
        <!-- The index (tens of MB in a large edition) is put in place of this marker by
             src/render-html/render-site.ts: script content is written as it is, so the page is the
             same, and the serializer does not scan it character by character. -->
        <script type="application/json" id="search-index">&#xE010;search-index&#xE011;</script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
