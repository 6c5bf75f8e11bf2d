<?xml version="1.0" encoding="UTF-8"?>
<!--
  memo.xsl: one memo page (html/memo/<id>.html) from one memo TEI document.
  Input: the memo TEI. Params (besides params.xsl): prev/next memo TEI (for navigation: only their
  id, title and date are read, so the build passes skeleton documents, src/parallel/page-neighbour.ts),
  the TEI download href, and optional CSL-JSON text embedded as non-executable data.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:import href="../common/tei-base.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="entities.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:param name="prev" as="document-node()?" select="()"/>
  <xsl:param name="next" as="document-node()?" select="()"/>
  <!-- Href of the TEI copy, relative to the memo page. -->
  <xsl:param name="tei-href" as="xs:string" select="''"/>
  <!-- Where this memo's citation files are, relative to the memo page, without extension
       ("../citations/<id>"); '' for none. Links to .json (CSL-JSON), .ris and .bib are shown. -->
  <xsl:param name="citations-href" as="xs:string" select="''"/>
  <!-- CSL-JSON of the memo, already safe to embed (no "<"); '' for none. -->
  <xsl:param name="csl-json" as="xs:string" select="''"/>

  <!-- Register entries rendered beforehand, by id: src/parallel/html-task.ts renders each entry's
       item of the entity list once per thread (te:prerender-entries), not once per page that lists
       it, and pastes it into the page in place of the text 'open', count, 'close': map{'sort': the
       entry's sort key, 'open', 'close': placeholders}. Only entries with a name are in it (their
       item and sort key do not depend on the mention); any other is looked up in $register. -->
  <xsl:param name="entries-prerendered" as="map(*)" select="map{}"/>
  <!-- te:prerender-entries: the register ids to render, and the start of its markers. -->
  <xsl:param name="entry-ids" as="xs:string*" select="()"/>
  <xsl:param name="entry-marker" as="xs:string" select="'&#xE010;'"/>

  <xsl:variable name="root" as="xs:string" select="'../'"/>

  <!-- The entity-list items of the named entries of $entry-ids, each after the marker
       $entry-marker || n || '&#xE011;' (n: its position in $entry-ids), with the marker
       $entry-marker || 'count&#xE011;' in place of the mention count, serialized by the page's own
       output method (the same bytes as in a page); result document "entries.json": an array of
       map{'n', 'sort'} for them. -->
  <xsl:template name="te:prerender-entries">
    <xsl:variable name="named" as="map(*)*">
      <xsl:for-each select="$entry-ids">
        <xsl:variable name="entry" select="te:entry(.)"/>
        <xsl:if test="te:entry-named($entry)">
          <xsl:sequence select="map{'n': position(), 'id': ., 'sort': te:entry-sort-key($entry, '')}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="$named">
      <xsl:value-of select="$entry-marker || ?n || '&#xE011;'"/>
      <xsl:call-template name="entity-entry">
        <xsl:with-param name="id" select="?id"/>
        <xsl:with-param name="fallback" select="''"/>
        <xsl:with-param name="count-text" select="$entry-marker || 'count&#xE011;'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:result-document href="entries.json" method="json">
      <xsl:sequence select="array{ $named ! map{'n': ?n, 'sort': ?sort} }"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="title" select="te:title(.)"/>
    <xsl:call-template name="page">
      <xsl:with-param name="page-id" select="'memo'"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="head"><xsl:call-template name="memo-meta"/></xsl:with-param>
      <xsl:with-param name="content" select="()"/>
      <xsl:with-param name="content-of" select="TEI"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The citation parts of the memo, for its own citation and each paragraph's. -->
  <xsl:variable name="citation" as="map(*)" select="te:citation-parts(/)"/>

  <!-- A paragraph of the memo gets $citation as a parameter of its own template (layout.xsl), not
       as a tunnel parameter of the text: saxon-js copies the tunnel parameters at every template
       call below the one that passes them, hundreds per page. -->
  <xsl:template match="body//p[@xml:id]" priority="1">
    <xsl:next-match>
      <xsl:with-param name="te:citation" select="$citation"/>
    </xsl:next-match>
  </xsl:template>

  <xsl:template match="TEI" mode="te:page-content">
    <article class="memo" id="memo" aria-labelledby="memo-title">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <header class="memo-header">
        <p class="memo-date"><time datetime="{te:html-datetime(te:date(.))}">{te:date-label(.)}</time></p>
        <h1 id="memo-title">
          <!-- The first head of each division (text/body//head[1]), found on the descendant axis:
               saxon-js takes //head[1] as written, the first head child of every node. -->
          <xsl:variable name="head" select="text/body/descendant::head[not(preceding-sibling::head)]"/>
          <xsl:choose>
            <xsl:when test="$head"><xsl:apply-templates select="$head"/></xsl:when>
            <xsl:otherwise>{te:title(.)}</xsl:otherwise>
          </xsl:choose>
        </h1>
        <xsl:variable name="source" select="te:source-statement(.)"/>
        <xsl:if test="$source"><p class="memo-source">{$source}</p></xsl:if>
        <xsl:if test="te:is-incomplete(.)"><p class="memo-flag">Incomplete: the source page text is cut off.</p></xsl:if>
      </header>

      <xsl:call-template name="reading-options"/>

      <xsl:variable name="summary" select="te:summary(.)"/>
      <xsl:if test="$summary">
        <section class="summary" id="summary" aria-labelledby="summary-h">
          <h2 id="summary-h">{$label-summary}</h2>
          <xsl:apply-templates select="$summary/node()"/>
        </section>
      </xsl:if>

      <section class="reading-text" id="text" aria-labelledby="text-h">
        <h2 id="text-h">Text</h2>
        <xsl:apply-templates select="text/body/div/node()[not(self::head or self::opener)] | text/body/node()[not(self::div)]"/>
      </section>

      <xsl:call-template name="te:footnotes"><xsl:with-param name="doc" select="."/></xsl:call-template>
      <xsl:call-template name="memo-entities"><xsl:with-param name="doc" select="."/></xsl:call-template>
      <xsl:call-template name="provenance"/>

      <section class="cite-memo" aria-labelledby="cite-h">
        <h2 id="cite-h">{$label-cite-memo}</h2>
        <xsl:variable name="cite-memo" select="te:join-citation($citation, (), $citation?url)"/>
        <p class="citation" id="memo-citation">{$cite-memo}</p>
        <p><button type="button" class="cite-copy" hidden="" data-citation="{$cite-memo}">Copy citation</button></p>
        <xsl:if test="$citations-href">
          <p class="cite-downloads">Download the citation:
            <a href="{$citations-href}.json" type="application/vnd.citationstyles.csl+json">CSL-JSON</a>,
            <a href="{$citations-href}.ris" type="application/x-research-info-systems">RIS</a>,
            <a href="{$citations-href}.bib" type="application/x-bibtex">BibTeX</a></p>
        </xsl:if>
      </section>

      <nav class="prev-next" aria-label="Previous and next memo">
        <xsl:for-each select="$prev">
          <a rel="prev" href="{te:memo-id(.)}.html"><span class="pn-label">← {$label-previous}</span>{' '}<span class="pn-title">{te:date-label(.)}: {te:title(.)}</span></a>
        </xsl:for-each>
        <xsl:for-each select="$next">
          <a rel="next" href="{te:memo-id(.)}.html"><span class="pn-label">{$label-next} →</span>{' '}<span class="pn-title">{te:date-label(.)}: {te:title(.)}</span></a>
        </xsl:for-each>
      </nav>
      <p class="status" role="status" aria-live="polite" id="copy-status"></p>
    </article>
    <xsl:if test="$csl-json">
      <script type="application/vnd.citationstyles.csl+json" id="csl-json">{$csl-json}</script>
    </xsl:if>
  </xsl:template>

  <!-- Pure-CSS reading options (see edition.css: :has() selectors), so they work without JS. -->
  <xsl:template name="reading-options">
    <xsl:variable name="choices" select="root()/TEI/text//choice"/>
    <xsl:variable name="abbr" select="exists($choices[abbr and expan])"/>
    <xsl:variable name="sic" select="exists($choices[(sic and corr) or (orig and reg)])"/>
    <xsl:if test="$abbr or $sic">
      <fieldset class="reading-options">
        <legend>Reading options</legend>
        <xsl:if test="$abbr"><label><input type="checkbox" id="opt-expan"/> Expand abbreviations</label></xsl:if>
        <xsl:if test="$sic"><label><input type="checkbox" id="opt-corr"/> Show corrected and regularized readings</label></xsl:if>
      </fieldset>
    </xsl:if>
  </xsl:template>

  <!-- The register entries of every entity mentioned: the popover source, and a legend in print
       and without JS. -->
  <xsl:template name="memo-entities">
    <xsl:param name="doc" as="element(TEI)"/>
    <xsl:variable name="mentions" select="($doc/teiHeader/profileDesc/abstract, $doc/text)/descendant::*[@ref][self::persName or self::placeName or self::orgName or self::name]"/>
    <xsl:if test="exists($mentions)">
      <section class="memo-entities" aria-labelledby="entities-h">
        <h2 id="entities-h">{$label-entities}</h2>
        <!-- One group per entity (kind and register id), in order of first mention. Mentions of the
             same element name with the same @ref are one entity, so te:ref-id and te:entity-kind
             are computed once per such form, not once per mention and grouping level. A form is
             usually an entity of its own (one @ref form per entity): it is then the entity as it
             is, and only forms of the same entity are merged. -->
        <xsl:variable name="forms" as="map(*)*">
          <xsl:for-each-group select="$mentions" group-by="local-name() || ' ' || @ref">
            <xsl:variable name="id" select="te:ref-id(@ref)"/>
            <xsl:variable name="kind" select="te:mention-kind($id, .)"/>
            <xsl:sequence select="map{'key': $kind || ' ' || $id, 'kind': $kind, 'id': $id, 'first': ., 'count': count(current-group())}"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:variable name="entities" as="map(*)*">
          <xsl:for-each-group select="$forms" group-by="?key">
            <xsl:sequence select="if (count(current-group()) eq 1) then . else map{'kind': ?kind, 'id': ?id, 'first': ?first, 'count': sum(current-group()?count)}"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:for-each select="('person', 'place', 'org')">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="of-kind" select="$entities[?kind = $kind]"/>
          <xsl:if test="exists($of-kind)">
            <h3>{map{'person': $label-persons, 'place': $label-places, 'org': $label-orgs}($kind)}</h3>
            <ul class="entity-list">
              <xsl:for-each select="$of-kind">
                <xsl:sort select="let $pre := $entries-prerendered(?id) return if (exists($pre)) then string($pre?sort) else te:entry-sort-key(te:entry(?id), normalize-space(?first))"/>
                <xsl:variable name="pre" select="$entries-prerendered(?id)"/>
                <xsl:choose>
                  <xsl:when test="exists($pre)">{$pre?open}{te:mentions-here(?count)}{$pre?close}</xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="entity-entry">
                      <xsl:with-param name="id" select="?id"/>
                      <xsl:with-param name="fallback" select="if (te:entry-named(te:entry(?id))) then '' else te:plain(?first)"/>
                      <xsl:with-param name="count" select="?count"/>
                    </xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </ul>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Each header fact is looked up once (a variable), though shown as a test and a value. -->
  <xsl:template name="provenance">
    <xsl:variable name="ms" select="te:ms-identifier(.)"/>
    <xsl:variable name="da" select="teiHeader/fileDesc/sourceDesc/bibl[@type = 'digital-archive']"/>
    <xsl:variable name="archive" select="te:archive(.)"/>
    <xsl:variable name="source" select="te:source-statement(.)"/>
    <xsl:variable name="translators" select="te:translators(.)"/>
    <xsl:variable name="obtained-by" select="te:resp-names(., 'obtained by')"/>
    <xsl:variable name="record-id" select="te:record-id(.)"/>
    <xsl:variable name="licence" select="te:licence(.)"/>
    <section class="provenance" id="provenance" aria-labelledby="provenance-h">
      <h2 id="provenance-h">{$label-provenance}</h2>
      <dl>
        <xsl:if test="$archive"><dt>Archive</dt><dd>{$archive}</dd></xsl:if>
        <xsl:if test="$ms/collection"><dt>Collection</dt><dd>{normalize-space($ms/collection)}</dd></xsl:if>
        <xsl:if test="$ms/idno[@type = 'archival-citation']"><dt>Archival citation</dt><dd>{normalize-space($ms/idno[@type = 'archival-citation'])}</dd></xsl:if>
        <xsl:if test="$source"><dt>Source statement</dt><dd>{$source}</dd></xsl:if>
        <xsl:if test="exists($translators)"><dt>Translated by</dt><dd>{string-join($translators, ', ')}</dd></xsl:if>
        <xsl:if test="exists($obtained-by)"><dt>Obtained by</dt><dd>{string-join($obtained-by, ', ')}</dd></xsl:if>
        <xsl:if test="$da/note[@type = 'classification']"><dt>Classification</dt><dd>{normalize-space($da/note[@type = 'classification'])}</dd></xsl:if>
        <xsl:if test="$da/publisher"><dt>Digital archive</dt><dd>{normalize-space($da/publisher)}</dd></xsl:if>
        <!-- The archive's catalogue: its author(s) of the document and its subject headings (§2.4.3 keywords). -->
        <xsl:if test="$da/author"><dt>Author(s)</dt><dd>{string-join($da/author ! normalize-space(), '; ')}</dd></xsl:if>
        <xsl:for-each select="teiHeader/profileDesc/textClass/keywords[@n]">
          <dt>{@n}</dt><dd>{string-join(term ! normalize-space(), '; ')}</dd>
        </xsl:for-each>
        <xsl:if test="$record-id"><dt>Record id</dt><dd>{$record-id}</dd></xsl:if>
        <xsl:if test="$licence"><dt>Rights</dt><dd>{$licence}</dd></xsl:if>
        <dt>Memo id</dt><dd><code>{te:memo-id(.)}</code></dd>
        <dt>Encoding</dt>
        <dd>
          <xsl:for-each select="teiHeader/encodingDesc/editorialDecl/p"><span class="enc-note">{normalize-space()}</span><xsl:text> </xsl:text></xsl:for-each>
          <xsl:for-each select="teiHeader/encodingDesc/appInfo/application[1]">Encoded with {normalize-space((label, @ident)[1])} {@version}. </xsl:for-each>
          <xsl:for-each select="teiHeader/revisionDesc/change">{normalize-space()}<xsl:if test="@when"> ({@when})</xsl:if><xsl:text> </xsl:text></xsl:for-each>
        </dd>
        <xsl:for-each select="teiHeader/fileDesc/notesStmt/note">
          <dt>Note</dt><dd>{normalize-space()}</dd>
        </xsl:for-each>
      </dl>
      <xsl:if test="$tei-href">
        <p class="download"><a href="{$tei-href}" download="" type="application/tei+xml">{$label-download-tei}</a> (TEI P5 XML)</p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Highwire citation_* tags (read by Zotero and Google Scholar) and Dublin Core; no journal-type
       tags and no og:type, which would mistype a manuscript (notes/EXCHANGE-STANDARDS §4.4). -->
  <xsl:template name="memo-meta">
    <xsl:variable name="date" select="te:date(.)"/>
    <xsl:variable name="url" select="te:memo-url(.)"/>
    <xsl:variable name="summary" select="te:plain(te:summary(.))"/>
    <xsl:variable name="title" select="te:title(.)"/>
    <xsl:variable name="source" select="te:source-statement(.)"/>
    <xsl:variable name="licence" select="te:licence(.)"/>
    <link rel="canonical" href="{$url}"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <xsl:if test="$tei-href"><link rel="alternate" type="application/tei+xml" href="{$tei-href}"/></xsl:if>
    <meta name="description" content="{if ($summary) then $summary else $title}"/>
    <meta name="citation_title" content="{$title}"/>
    <xsl:for-each select="teiHeader/fileDesc/titleStmt/author[normalize-space()]"><meta name="citation_author" content="{normalize-space()}"/></xsl:for-each>
    <xsl:if test="$date"><meta name="citation_publication_date" content="{replace($date, '-', '/')}"/></xsl:if>
    <meta name="citation_language" content="{(@xml:lang, $edition-language)[1]}"/>
    <meta name="citation_public_url" content="{$url}"/>
    <xsl:if test="$summary"><meta name="citation_abstract" content="{$summary}"/></xsl:if>
    <xsl:if test="$edition-keywords"><meta name="citation_keywords" content="{$edition-keywords}"/></xsl:if>
    <xsl:if test="$edition-publisher"><meta name="citation_publisher" content="{$edition-publisher}"/></xsl:if>
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="teiHeader/fileDesc/titleStmt/author[normalize-space()]"><meta name="DC.creator" content="{normalize-space()}"/></xsl:for-each>
    <xsl:if test="$date"><meta name="DC.date" content="{$date}"/></xsl:if>
    <meta name="DC.type" content="manuscript"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="{(@xml:lang, $edition-language)[1]}"/>
    <meta name="DC.identifier" content="{$url}"/>
    <xsl:for-each select="te:translators(.)"><meta name="DC.contributor" content="{.}"/></xsl:for-each>
    <xsl:if test="$source"><meta name="DC.source" content="{$source}"/></xsl:if>
    <xsl:if test="$summary"><meta name="DC.description" content="{$summary}"/></xsl:if>
    <xsl:if test="$edition-publisher"><meta name="DC.publisher" content="{$edition-publisher}"/></xsl:if>
    <xsl:if test="$licence"><meta name="DC.rights" content="{$licence}"/></xsl:if>
    <meta name="DC.relation.isPartOf" content="{$edition-title}"/>
  </xsl:template>
</xsl:stylesheet>
