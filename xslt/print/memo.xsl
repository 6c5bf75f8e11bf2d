<?xml version="1.0" encoding="UTF-8"?>
<!--
  One memo in the book: number, title, date line, head note (summary and provenance from the
  header: TEI Guidelines §2.4.4 abstract, §10.4 msIdentifier, §2.2.4 publicationStmt), the text.
  Each memo starts on a new page; its running head is set from the hidden .runhead span.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:pr="urn:tei-edition:print"
  xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="document-node()" mode="memo">
    <xsl:variable name="n" select="pr:memo-number(.)"/>
    <xsl:variable name="memo-title" select="pr:memo-title(.)"/>
    <xsl:variable name="date" select="pr:memo-date-text(.)"/>
    <xsl:variable name="div" select="(//text/body/div[@type = 'memo'], //text/body)[1]"/>
    <section class="memo" id="{TEI/@xml:id}" data-pt="">
      <span class="runhead">
        <xsl:value-of select="'No. ' || $n || ' · ' || pr:short($memo-title, 70) || (if ($date) then ' · ' || $date else '')"/>
      </span>
      <p class="memo-number">No. <xsl:value-of select="$n"/></p>
      <h1 class="memo-title">
        <xsl:choose>
          <xsl:when test="$div/head"><xsl:apply-templates select="$div/head[1]/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$memo-title"/></xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:if test="$date">
        <p class="dateline"><xsl:apply-templates select="($div/opener/dateline, //profileDesc/creation/date)[1]/node()"/></p>
      </xsl:if>
      <xsl:call-template name="headnote"/>
      <div class="memo-text">
        <xsl:apply-templates select="$div/node() except ($div/head[1], $div/opener[dateline])"/>
      </div>
      <xsl:if test=". is $printed[last()]">
        <!-- Tells the page-refs hook that every anchor of the documents has been laid out. -->
        <span data-pages-ready=""/>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="headnote">
    <xsl:variable name="ms" select="//sourceDesc/msDesc/msIdentifier"/>
    <xsl:variable name="archive" select="string-join(($ms/repository, $ms/settlement)[normalize-space()] ! normalize-space(), ', ')"/>
    <xsl:variable name="citation" select="normalize-space(($ms/idno[@type = 'archival-citation'], $ms/collection)[1])"/>
    <xsl:variable name="statement" select="normalize-space(//sourceDesc/bibl[@type = 'source-statement'])"/>
    <xsl:variable name="resp" select="//titleStmt/respStmt[not(name[@type = 'software'])]"/>
    <xsl:variable name="digital" select="//sourceDesc/bibl[@type = 'digital-archive']"/>
    <div class="headnote">
      <xsl:for-each select="//profileDesc/abstract/p">
        <p class="summary"><xsl:if test="position() = 1"><span class="label">Summary. </span></xsl:if>
          <xsl:value-of select="te:plain(.)"/></p>
      </xsl:for-each>
      <p class="provenance">
        <span class="label">Source. </span>
        <xsl:choose>
          <xsl:when test="$archive">
            <xsl:value-of select="$archive"/>
            <xsl:if test="$citation">, <xsl:value-of select="$citation"/></xsl:if>.
          </xsl:when>
          <xsl:when test="$statement"><xsl:value-of select="$statement"/><xsl:text> </xsl:text></xsl:when>
          <xsl:otherwise>Not stated. </xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$resp[normalize-space(persName | name | orgName)]">
          <xsl:value-of select="pr:capitalize(normalize-space(resp)) || ' ' || pr:join-names((persName | name | orgName) ! normalize-space()) || '. '"/>
        </xsl:for-each>
        <xsl:if test="$digital/publisher">
          <xsl:value-of select="normalize-space($digital/publisher)"/>
          <xsl:if test="normalize-space($digital/idno[@type = 'record'])">, record <xsl:value-of select="normalize-space($digital/idno[@type = 'record'])"/></xsl:if>
          <xsl:text>. </xsl:text>
        </xsl:if>
        <xsl:if test="normalize-space($digital/note[@type = 'classification'])">
          Original classification: <xsl:value-of select="normalize-space($digital/note[@type = 'classification'])"/>.
        </xsl:if>
      </p>
      <xsl:for-each select="//notesStmt/note[normalize-space()]">
        <p class="note-header"><span class="label">Note. </span><xsl:value-of select="normalize-space()"/></p>
      </xsl:for-each>
      <xsl:if test="normalize-space(//publicationStmt/availability)">
        <p class="rights"><span class="label">Rights. </span><xsl:value-of select="normalize-space(//publicationStmt/availability)"/></p>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:function name="pr:short" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($s) le $max) then $s
      else replace(substring($s, 1, $max), '\s+\S*$', '') || '…'"/>
  </xsl:function>

  <xsl:function name="pr:capitalize" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>
</xsl:stylesheet>
