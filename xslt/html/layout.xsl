<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl: the page shell every HTML page shares (head with Content-Security-Policy, header with
  site navigation and search box, footer), plus the HTML-site overrides of the reading text
  (entity mentions become links to their index entry; paragraphs get an anchor and a cite button).
  Included by memo.xsl and site.xsl; each declares $root (the path from the page to the site root).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- No inline script or style anywhere: JS and CSS are files; JSON data sits in non-executable
       script elements. frame-ancestors is not allowed in a meta CSP, so it is left to the server. -->
  <xsl:variable name="csp" as="xs:string"
    select="&quot;default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'&quot;"/>

  <xsl:variable name="nav-pages" as="map(xs:string, xs:string)*" select="(
    map{'id': 'home', 'href': 'index.html', 'label': $label-home},
    map{'id': 'persons', 'href': 'persons.html', 'label': $label-persons},
    map{'id': 'places', 'href': 'places.html', 'label': $label-places},
    map{'id': 'orgs', 'href': 'orgs.html', 'label': $label-orgs},
    map{'id': 'chronology', 'href': 'chronology.html', 'label': $label-chronology},
    map{'id': 'map', 'href': 'map.html', 'label': $label-map},
    map{'id': 'network', 'href': 'network.html', 'label': $label-network},
    map{'id': 'search', 'href': 'search.html', 'label': $label-search})"/>

  <!-- The page shell. $content is the body of <main>; $head adds meta elements. A page with a large
       body passes $content-of instead: the node whose template in mode te:page-content writes the
       body straight into the page. Content passed as $content is built as a tree of its own and then
       copied into the page, which on saxon-js costs some 8 % of a memo page's transform. -->
  <xsl:template name="page">
    <xsl:param name="page-id" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="head" as="node()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="content-of" as="node()?" select="()"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="body-class" as="xs:string" select="''"/>
    <html lang="{$edition-language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="{$csp}"/>
        <title>{if ($page-id = 'home') then $edition-title else $title || ' · ' || $edition-title}</title>
        <meta name="generator" content="tei-edition {$tool-version}"/>
        <!-- An empty icon: browsers otherwise request /favicon.ico, which a static host may not have. -->
        <link rel="icon" href="data:,"/>
        <xsl:sequence select="$head"/>
        <link rel="stylesheet" href="{$root}assets/edition.css"/>
        <script src="{$root}assets/edition.js" defer=""></script>
        <xsl:for-each select="$scripts"><script src="{$root}assets/{.}" defer=""></script></xsl:for-each>
      </head>
      <body class="page-{$page-id} {$body-class}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="site-brand">
            <p class="site-title"><a href="{$root}index.html">{$edition-title}</a></p>
            <xsl:if test="$edition-subtitle"><p class="site-subtitle">{$edition-subtitle}</p></xsl:if>
          </div>
          <nav class="site-nav" aria-label="Edition">
            <ul>
              <xsl:for-each select="$nav-pages">
                <li><a href="{$root}{?href}">
                  <xsl:if test="?id = $page-id"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{?label}</a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:if test="$page-id != 'search'">
            <form class="site-search" role="search" action="{$root}search.html" method="get">
              <label for="site-q" class="visually-hidden">Search the edition</label>
              <input type="search" id="site-q" name="q" placeholder="Search the memos"/>
              <button type="submit">Search</button>
            </form>
          </xsl:if>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$content-of" mode="te:page-content"/>
        </main>
        <footer class="site-footer">
          <p>{$edition-title}<xsl:if test="$edition-editors">, edited by {$edition-editors}</xsl:if>. Version {$edition-version}, {te:format-date($build-date)}.<xsl:if test="$edition-publisher"> Published by {$edition-publisher}.</xsl:if></p>
          <xsl:if test="$licence-name">
            <p>Licence: <xsl:choose>
              <xsl:when test="$licence-url"><a href="{$licence-url}" rel="license">{$licence-name}</a></xsl:when>
              <xsl:otherwise>{$licence-name}</xsl:otherwise>
            </xsl:choose></p>
          </xsl:if>
          <p class="colophon">Encoded in TEI P5 and rendered with tei-edition {$tool-version}.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- ════ HTML overrides of the reading text ═════════════════════════════════════════ -->

  <!-- A mention links to its index entry (works without JS); edition.js adds the popover. A page
       has a hundred mentions or more, and a function call costs several XPath operations on
       saxon-js, so the classes of a mention without @cert or @rend (te:name-classes) and the index
       page ($te:index-pages, te:index-page) are written out here. -->
  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | name[@ref]">
    <xsl:variable name="id" select="te:ref-id(@ref)"/>
    <xsl:variable name="kind" select="te:mention-kind($id, .)"/>
    <a class="{if (@cert or @rend) then te:name-classes(., $kind) else 'ent ent-' || $kind}" data-ref="{$id}" href="{$root}{$te:index-pages($kind)}#{$id}"><xsl:apply-templates/></a>
  </xsl:template>

  <!-- Names inside a name that is already a link stay plain (no nested links). Every mention is
       tested against this pattern: as a path (a name below a name), saxon-js walks the ancestors
       until the first that matches; as a predicate (ancestor::*[…]) it collects them all first. -->
  <xsl:template match="(persName | placeName | orgName | name)[@ref]//(persName | placeName | orgName | name)[@ref]" priority="2">
    <xsl:variable name="id" select="te:ref-id(@ref)"/>
    <span class="{te:name-classes(., te:mention-kind($id, .))}" data-ref="{$id}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Summary paragraphs carry no ids (the id is the memo's summary section). -->
  <xsl:template match="abstract/p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <!-- $te:citation: te:citation-parts of the memo, computed once by a page that renders a whole
       memo (memo.xsl) instead of once per paragraph. -->
  <xsl:template match="body//p[@xml:id]">
    <xsl:param name="te:citation" as="map(*)?" select="()"/>
    <xsl:variable name="n" select="te:para-number(.)"/>
    <p class="para" id="{@xml:id}" data-n="{$n}">
      <a class="para-anchor" href="#{@xml:id}" title="Link to paragraph {$n}"><span aria-hidden="true">¶</span>&#160;{$n}<span class="visually-hidden"> (link to this paragraph)</span></a>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
      <xsl:text> </xsl:text>
      <button type="button" class="cite-para" hidden="" data-citation="{if (exists($te:citation)) then te:join-citation($te:citation, $n, $te:citation?url || '#' || @xml:id) else te:cite-paragraph(.)}" aria-label="{$label-cite-paragraph} ({$n})">Cite</button>
    </p>
  </xsl:template>

  <!-- ════ Citations ═══════════════════════════════════════════════════════════════════ -->

  <xsl:function name="te:memo-url" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="$base-url || '/memo/' || te:memo-id($doc) || '.html'"/>
  </xsl:function>

  <!-- A citation of the memo in this edition (Chicago-like notes style, plain text). -->
  <xsl:function name="te:cite-memo" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="te:citation($doc, (), te:memo-url($doc))"/>
  </xsl:function>

  <xsl:function name="te:cite-paragraph" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="te:citation($p, te:para-number($p), te:memo-url($p) || '#' || $p/@xml:id)"/>
  </xsl:function>

  <xsl:function name="te:citation" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="para" as="xs:string?"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="te:join-citation(te:citation-parts($doc), $para, $url)"/>
  </xsl:function>

  <!-- What the citations of a memo and of its paragraphs share: 'head' (title and date), 'tail'
       (translators, archive, edition, version) and the memo's 'url'. -->
  <xsl:function name="te:citation-parts" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="translators" select="te:translators($doc)"/>
    <xsl:sequence select="map{
      'head': '“' || replace(te:title($doc), '\.$', '') || ',” ' || te:date-label($doc),
      'tail': (
        if (exists($translators)) then 'trans. ' || string-join($translators, ' and ') else (),
        string-join((te:archive($doc), te:ms-identifier($doc)/idno[@type = 'archival-citation'] ! normalize-space()), ', ')[.],
        'in ' || $edition-title || (if ($edition-editors) then ', ed. ' || $edition-editors else ''),
        'version ' || $edition-version || ' (' || $build-date || ')'),
      'url': te:memo-url($doc)}"/>
  </xsl:function>

  <xsl:function name="te:join-citation" as="xs:string">
    <xsl:param name="parts" as="map(*)"/>
    <xsl:param name="para" as="xs:string?"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="string-join(($parts?head || (if ($para) then ', ¶ ' || $para else ''), $parts?tail, $url), ', ') || '.'"/>
  </xsl:function>
</xsl:stylesheet>
