<?xml version="1.0" encoding="UTF-8"?>
<!-- text.xsl (part of tei-base.xsl): the reading text (default mode) and plain text (mode te:plain). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:x-tei-edition" xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">
  <!-- ════ Plain text (search, KWIC, metadata) ══════════════════════════════════════════ -->

  <!-- The text as written: abbreviations and errors as in the source, supplied text in brackets,
       notes left out. -->
  <xsl:function name="te:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="te:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>

  <xsl:template match="text()" mode="te:plain"><xsl:sequence select="string(.)"/></xsl:template>
  <xsl:template match="note | teiHeader" mode="te:plain"/>
  <xsl:template match="choice" mode="te:plain"><xsl:apply-templates select="(abbr, sic, orig, *)[1]" mode="te:plain"/></xsl:template>
  <xsl:template match="supplied" mode="te:plain">[<xsl:apply-templates mode="te:plain"/>]</xsl:template>
  <xsl:template match="gap" mode="te:plain"><xsl:sequence select="'[' || (normalize-space(desc)[.], '…')[1] || ']'"/></xsl:template>
  <xsl:template match="lb" mode="te:plain"><xsl:sequence select="' '"/></xsl:template>
  <!-- A mention passed as tunnel param te:hit is bracketed by U+E000/U+E001 (keyword in context). -->
  <xsl:template match="persName | placeName | orgName | name | date" mode="te:plain">
    <xsl:param name="te:hit" as="element()?" tunnel="yes" select="()"/>
    <xsl:variable name="is-hit" select="exists($te:hit) and . is $te:hit"/>
    <xsl:if test="$is-hit"><xsl:sequence select="'&#xE000;'"/></xsl:if>
    <xsl:apply-templates mode="te:plain"/>
    <xsl:if test="$is-hit"><xsl:sequence select="'&#xE001;'"/></xsl:if>
  </xsl:template>
  <xsl:template match="p | head | ab" mode="te:plain"><xsl:apply-templates mode="te:plain"/><xsl:sequence select="' '"/></xsl:template>

  <!-- ════ Reading text (default mode) ════════════════════════════════════════════════ -->

  <xsl:template match="p">
    <p class="para">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:attribute name="data-n" select="te:para-number(.)"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="head"><xsl:apply-templates/></xsl:template>
  <xsl:template match="opener | dateline"><xsl:apply-templates/></xsl:template>

  <!-- Names (TEI Guidelines 13.1): marked by kind; entry stylesheets add links. -->
  <xsl:template match="persName | placeName | orgName | name[@ref]">
    <xsl:variable name="id" select="te:ref-id(@ref)"/>
    <span class="{te:name-classes(., te:mention-kind($id, .))}">
      <xsl:if test="$id"><xsl:attribute name="data-ref" select="$id"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:function name="te:name-classes" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="te:name-classes($el, te:entity-kind($el))"/>
  </xsl:function>

  <!-- The classes of a mention of a known kind ($kind: te:entity-kind). -->
  <xsl:function name="te:name-classes" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="'ent ent-' || $kind || (if (exists($el/@cert)) then ' cert-' || $el/@cert else '')
      || (if (exists($el/@rend)) then string-join(tokenize($el/@rend, '\s+')[. = 'letterspaced'] ! ' letterspaced') else '')"/>
  </xsl:function>

  <!-- Dates (TEI Guidelines 13.3.6): @when as machine-readable datetime; uncertain ones flagged. -->
  <xsl:template match="date">
    <xsl:variable name="dt" select="te:html-datetime((@when, @from, @notBefore)[1])"/>
    <time class="{string-join(('date', @cert ! ('cert-' || .)), ' ')}">
      <xsl:if test="$dt"><xsl:attribute name="datetime" select="$dt"/></xsl:if>
      <xsl:if test="@cert = ('low', 'medium')">
        <xsl:attribute name="title" select="'Date normalized as ' || te:format-date(string(@when)) || ' (' || @cert || ' certainty)'"/>
      </xsl:if>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <!-- choice (TEI Guidelines 3.5.1): the source reading is shown; the editorial one is present and
       revealed by the page's reading options (CSS), so both survive copy and print. -->
  <xsl:template match="choice[abbr and expan]">
    <span class="choice choice-abbr"><abbr class="abbr" title="{normalize-space(expan)}"><xsl:apply-templates select="abbr/node()"/></abbr><span class="expan"><xsl:apply-templates select="expan/node()"/></span></span>
  </xsl:template>
  <xsl:template match="choice[sic and corr]">
    <span class="choice choice-sic"><span class="sic" title="{'Corrected reading: ' || normalize-space(corr)}"><xsl:apply-templates select="sic/node()"/></span><span class="corr"><xsl:apply-templates select="corr/node()"/></span></span>
  </xsl:template>
  <xsl:template match="choice[orig and reg]">
    <span class="choice choice-orig"><span class="orig"><xsl:apply-templates select="orig/node()"/></span><span class="reg"><xsl:apply-templates select="reg/node()"/></span></span>
  </xsl:template>
  <xsl:template match="choice"><xsl:apply-templates select="*[1]"/></xsl:template>
  <xsl:template match="abbr"><abbr class="abbr"><xsl:apply-templates/></abbr></xsl:template>

  <!-- An error kept as in the source (TEI Guidelines 3.5.1); the translator's own [sic] is a note. -->
  <xsl:template match="sic"><span class="sic" title="Thus in the source"><xsl:apply-templates/></span></xsl:template>

  <!-- supplied (TEI Guidelines 11.3.1.1): always in square brackets, the reason as a class. -->
  <xsl:template match="supplied">
    <span class="supplied supplied-{(@reason, 'editorial')[1]}" title="{te:supplied-label(string(@reason))}">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:function name="te:supplied-label" as="xs:string">
    <xsl:param name="reason" as="xs:string"/>
    <xsl:sequence select="($te:supplied-labels($reason), 'Supplied in the source')[1]"/>
  </xsl:function>

  <xsl:variable name="te:supplied-labels" as="map(xs:string, xs:string)" select="map{
    'alternative-form': 'Alternative form supplied in the source',
    'alternative-romanization': 'Alternative romanization supplied in the source',
    'identification': 'Identification supplied in the source',
    'completion': 'Completion supplied in the source'}"/>

  <!-- gap (TEI Guidelines 11.3.3.1): inline omissions in brackets; a truncated text as a block. -->
  <xsl:template match="gap">
    <span class="gap gap-{(@reason, 'unknown')[1]}" title="{'Omitted in the source' || (@reason[not(. = 'omitted')] ! (' (' || replace(., '-', ' ') || ')'))}">[{(normalize-space(desc)[.], '…')[1]}]</span>
  </xsl:template>
  <xsl:template match="div/gap | body/gap">
    <p class="gap gap-block gap-{(@reason, 'unknown')[1]}">{if (@reason = 'truncated') then $label-truncated else '[…]'}</p>
  </xsl:template>

  <!-- Notes become numbered references; te:footnotes lists them (TEI Guidelines 3.9). -->
  <xsl:template match="note">
    <xsl:variable name="n" select="te:note-number(.)"/>
    <sup class="noteref"><a href="#note-{$n}" id="noteref-{$n}" aria-label="Note {$n}">{$n}</a></sup>
  </xsl:template>

  <xsl:template name="te:footnotes">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="heading" as="xs:string" select="$label-notes"/>
    <xsl:variable name="notes" select="root($doc)/TEI/text//note"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" aria-labelledby="notes-h">
        <h2 id="notes-h">{$heading}</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="n" select="te:note-number(.)"/>
            <li id="note-{$n}" class="note note-{(@type, 'editorial')[1]}">
              <xsl:if test="@type = 'editorial' and @resp = '#translator'"><span class="note-resp">Translator: </span></xsl:if>
              <xsl:apply-templates/>
              <xsl:text> </xsl:text><a class="backref" href="#noteref-{$n}" aria-label="Back to note reference {$n}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="hi">
    <span class="{string-join(('hi', tokenize(@rend, '\s+') ! ('rend-' || .)), ' ')}"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="lb"><br/></xsl:template>
  <xsl:template match="q | quote">“<xsl:apply-templates/>”</xsl:template>
  <xsl:template match="foreign"><i class="foreign" lang="{@xml:lang}"><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="desc"><xsl:apply-templates/></xsl:template>
  <!-- Anything else: its text, unmarked (never dropped). -->
  <xsl:template match="*"><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>
