<?xml version="1.0" encoding="UTF-8"?>
<!--
  entities.xsl: register entries as the HTML site shows them: in a memo page's entity list (the
  source of the JS popover, id "entry-<register id>") and at the head of an index page entry.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- $count-text: what the mention count says. memo.xsl's te:prerender-entries renders an entry
       once per thread with a marker in its place, and each page pastes that around its own count. -->
  <xsl:template name="entity-entry">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:param name="count" as="xs:integer" select="1"/>
    <xsl:param name="count-text" as="xs:string" select="te:mentions-here($count)"/>
    <xsl:variable name="entry" select="te:entry($id)"/>
    <xsl:variable name="kind" select="te:entity-kind($id)"/>
    <li class="entry entry-{$kind}" id="entry-{$id}" data-ref="{$id}">
      <div class="entry-body">
        <xsl:call-template name="te:entry-body">
          <xsl:with-param name="entry" select="$entry"/>
          <xsl:with-param name="fallback" select="$fallback"/>
        </xsl:call-template>
      </div>
      <p class="entry-link"><a href="{$root}{te:index-page($kind)}#{$id}">Index entry for {te:entry-name($entry, $fallback)}</a>
        <span class="entry-count"> ({$count-text})</span></p>
    </li>
  </xsl:template>

  <xsl:function name="te:mentions-here" as="xs:string">
    <xsl:param name="count" as="xs:integer"/>
    <xsl:sequence select="$count || ' mention' || (if ($count = 1) then '' else 's') || ' here'"/>
  </xsl:function>
</xsl:stylesheet>
