<?xml version="1.0" encoding="UTF-8"?>
<!--
  site.xsl: every page that spans the edition: home (index.html), the person/place/organisation
  indexes, chronology, map, network and search. Initial template "main"; each page is an
  xsl:result-document (delivered in memory by run-xslt, never written by saxon).

  The pages are built from compact facts, never from the memos' TEI trees, so the time and memory
  they take grow with the edition linearly (each memo's facts come from facts.xsl, run per memo
  and cached; src/render-html/site-data.ts assembles them).

  Params (besides params.xsl; $register is the edition register):
    $edition       the edition facts, in edition order (date, then id):
                   <edition>
                     <memo id title date label archive source persons>  persons: ids, space-separated
                       <s>the summary as the home page shows it (div.memo-summary)</s>?
                     </memo>*
                     <event …/>*  memos and the dates they mention, in order (chronology.xsl)
                     <person id text/>*  persons of the memo filter, in order of first mention
                     <entity …>…</entity>*  see index-pages.xsl
                   </edition>
    $intro         the introduction as a small XHTML-like fragment (<intro><p>…</p></intro>, no namespace)
    $map-data      <map width height><country name d/>…<place id name x y memos/>…</map> (projected by TS)
    $network-data  <network width height><edge source target weight x1 y1 x2 y2/>…<node id kind name x y r memos/>…</network>
  search.html gets the search index (minisearch JSON) in place of a marker (search-page.xsl).

  A large edition (src/render-html/site-split.ts) renders each page in its own transform instead,
  from the initial templates of site-split.xsl and the named page templates (map-page,
  network-page, search-page), with $edition holding only that page's part of the facts.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:import href="../common/tei-base.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="index-pages.xsl"/>
  <xsl:include href="chronology.xsl"/>
  <xsl:include href="figures.xsl"/>
  <xsl:include href="search-page.xsl"/>
  <xsl:include href="site-split.xsl"/>

  <xsl:output name="page" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:param name="edition" as="document-node()?" select="()"/>
  <xsl:param name="intro" as="document-node()?" select="()"/>
  <xsl:param name="map-data" as="document-node()?" select="()"/>
  <xsl:param name="network-data" as="document-node()?" select="()"/>

  <xsl:variable name="root" as="xs:string" select="''"/>

  <xsl:variable name="memos" as="element()*" select="$edition/edition/memo"/>

  <xsl:template name="main">
    <xsl:result-document href="index.html" format="page"><xsl:call-template name="home"/></xsl:result-document>
    <xsl:for-each select="('person', 'place', 'org')">
      <xsl:result-document href="{te:index-page(.)}" format="page">
        <xsl:call-template name="index-page"><xsl:with-param name="kind" select="."/></xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:result-document href="chronology.html" format="page"><xsl:call-template name="chronology"/></xsl:result-document>
    <xsl:result-document href="map.html" format="page"><xsl:call-template name="map-page"/></xsl:result-document>
    <xsl:result-document href="network.html" format="page"><xsl:call-template name="network-page"/></xsl:result-document>
    <xsl:result-document href="search.html" format="page"><xsl:call-template name="search-page"/></xsl:result-document>
  </xsl:template>

  <!-- ════ Home ═════════════════════════════════════════════════════════════════════════ -->

  <xsl:template name="home">
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'home'"/>
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="content">
        <h1>{$edition-title}</h1>
        <xsl:if test="$edition-subtitle"><p class="subtitle">{$edition-subtitle}</p></xsl:if>
        <xsl:if test="$intro/*/node()">
          <section class="introduction" aria-labelledby="intro-h">
            <h2 id="intro-h">{$label-introduction}</h2>
            <xsl:apply-templates select="$intro/*/node()" mode="intro"/>
          </section>
        </xsl:if>
        <section class="memo-index" aria-labelledby="memos-h">
          <h2 id="memos-h">The memos ({count($memos)})</h2>
          <xsl:call-template name="memo-filters"/>
          <xsl:call-template name="memo-list"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The memos of $edition (the whole edition, or one part of a large edition: site-split.xsl). -->
  <xsl:template name="memo-list">
    <ol class="memo-list" id="memo-list">
      <xsl:for-each select="$memos">
        <li class="memo-item" data-date="{@date}" data-year="{substring(@date, 1, 4)}"
            data-archive="{@archive}" data-persons="{@persons}" data-title="{@title}">
          <h3><a href="memo/{@id}.html">{@title}</a></h3>
          <p class="memo-meta"><time datetime="{te:html-datetime(@date)}">{@label}</time>
            <xsl:if test="string(@archive)"> · {@archive}</xsl:if></p>
          <xsl:sequence select="s/node()"/>
          <xsl:if test="string(@source)"><p class="memo-source">Source: {@source}</p></xsl:if>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- Filters and sorting for the memo list: the form is hidden until edition.js runs, so the list
       works as a plain list without JS. -->
  <xsl:template name="memo-filters">
    <form class="memo-filters" id="memo-filters" hidden="">
      <div class="field">
        <label for="filter-year">Year</label>
        <select id="filter-year" data-filter="year">
          <option value="">All years</option>
          <xsl:for-each select="distinct-values($memos ! substring(@date, 1, 4))[.]">
            <xsl:sort select="."/>
            <option value="{.}">{.}</option>
          </xsl:for-each>
        </select>
      </div>
      <div class="field">
        <label for="filter-archive">Archive</label>
        <select id="filter-archive" data-filter="archive">
          <option value="">All archives</option>
          <xsl:for-each select="distinct-values($memos ! string(@archive))[.]">
            <xsl:sort select="."/>
            <option value="{.}">{.}</option>
          </xsl:for-each>
        </select>
      </div>
      <div class="field">
        <label for="filter-person">Person</label>
        <select id="filter-person" data-filter="persons">
          <option value="">Anyone</option>
          <xsl:for-each select="$edition/edition/person">
            <xsl:sort select="te:entry-sort-key(te:entry(@id), @id)"/>
            <option value="{@id}">{te:entry-name(te:entry(@id), @text)}</option>
          </xsl:for-each>
        </select>
      </div>
      <div class="field">
        <label for="sort-memos">Sort by</label>
        <select id="sort-memos">
          <option value="date">Date, oldest first</option>
          <option value="-date">Date, newest first</option>
          <option value="title">Title</option>
        </select>
      </div>
    </form>
    <p class="status" id="filter-status" role="status" aria-live="polite"></p>
  </xsl:template>

  <!-- The introduction: only a known set of elements passes; everything is text otherwise. -->
  <xsl:template match="Q{}h1 | Q{}h2 | Q{}h3 | Q{}h4" mode="intro">
    <xsl:element name="h{min((max((3, xs:integer(substring(local-name(), 2)) + 1)), 6))}"><xsl:apply-templates mode="intro"/></xsl:element>
  </xsl:template>
  <xsl:template match="Q{}p | Q{}ul | Q{}ol | Q{}li | Q{}em | Q{}strong | Q{}code | Q{}blockquote" mode="intro">
    <xsl:element name="{local-name()}"><xsl:apply-templates mode="intro"/></xsl:element>
  </xsl:template>
  <xsl:template match="Q{}a[matches(@href, '^(https?:|mailto:|#|[A-Za-z0-9._/-]+(#.*)?$)')]" mode="intro">
    <a href="{@href}"><xsl:apply-templates mode="intro"/></a>
  </xsl:template>
  <xsl:template match="*" mode="intro"><xsl:apply-templates mode="intro"/></xsl:template>
</xsl:stylesheet>
