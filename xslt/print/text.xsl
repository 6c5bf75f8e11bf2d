<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI text → print HTML, with editorial interventions printed the conventional way (cf. TEI
  Guidelines §3.5 "Simple Editorial Changes" and §11.3 "Altered, Corrected, and Erroneous Texts"):
  supplied text in [brackets], gaps as […] or [description], sic followed by an italic [sic],
  abbreviations as they stand in the source, notes as page footnotes (Paged.js float: footnote).
  Every linked name becomes an anchor (pr:anchor) that the index points at.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    Anchor id of a mention or date, used by the index and the chronology: the memo id and the
    element's position in the text ("memo-x-a-1-0-4"). Unlike generate-id() it does not depend on
    how many documents the process parsed before, so the same input gives the same PDF bytes.
  -->
  <xsl:function name="pr:anchor" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="root($e)/TEI/@xml:id || '-a-' ||
      string-join($e/ancestor-or-self::*[ancestor::text] ! count(preceding-sibling::*), '-')"/>
  </xsl:function>

  <xsl:template match="p">
    <p class="tp" data-pt="">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | rs[@ref]">
    <span class="m {local-name()}" id="{pr:anchor(.)}" data-pt="">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="supplied">
    <span class="supplied">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <!-- An omission: […]; a described gap ("signature") in italics inside brackets. -->
  <xsl:template match="gap">
    <xsl:variable name="desc" select="normalize-space(desc)"/>
    <span class="gap">
      <xsl:choose>
        <xsl:when test="$desc and not($desc = ('…', '...'))">[<i><xsl:value-of select="$desc"/></i>]</xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="gap[@reason = 'truncated']">
    <p class="truncated"><i>[The text breaks off here in the source.]</i></p>
  </xsl:template>

  <!-- sic: the source's words unchanged, flagged [sic]; an immediately following "sic" note is that same flag. -->
  <xsl:template match="sic">
    <span class="sic"><xsl:apply-templates/></span>
    <span class="sic-mark"> [<i>sic</i>]</span>
  </xsl:template>
  <xsl:template match="note[normalize-space() = 'sic'][preceding-sibling::node()[1][self::sic]]" priority="2"/>

  <!-- choice (§3.5.5): the source's form is printed; a correction follows as [recte …]. -->
  <xsl:template match="choice">
    <xsl:apply-templates select="(abbr, orig, sic, *)[1]"/>
    <xsl:if test="sic and corr">
      <span class="recte"> [<i>recte</i> <xsl:apply-templates select="corr/node()"/>]</span>
    </xsl:if>
  </xsl:template>
  <xsl:template match="choice/sic">
    <span class="sic"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="note">
    <span class="footnote note-{(@type, 'general')[1]}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="hi[@rend = ('italic', 'italics', 'i')] | title[ancestor::text]">
    <i><xsl:apply-templates/></i>
  </xsl:template>
  <xsl:template match="hi[@rend = ('bold', 'b')]"><b><xsl:apply-templates/></b></xsl:template>
  <xsl:template match="hi[@rend = ('underline', 'u')]"><u><xsl:apply-templates/></u></xsl:template>
  <xsl:template match="hi[@rend = ('sup', 'superscript')]"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="unclear"><xsl:apply-templates/><span class="unclear">[?]</span></xsl:template>
  <xsl:template match="del"><span class="del">⟨<xsl:apply-templates/>⟩</span></xsl:template>

  <xsl:template match="list"><ul><xsl:apply-templates select="item"/></ul></xsl:template>
  <xsl:template match="item"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="div/head[not(parent::div[@type = 'memo'])]"><h3 class="subhead"><xsl:apply-templates/></h3></xsl:template>
  <xsl:template match="ab | salute | signed | closer | opener[not(dateline)] | postscript">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Everything else (dates outside the body, names without @ref, seg, …): tei-base.xsl. -->
</xsl:stylesheet>
