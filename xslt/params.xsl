<?xml version="1.0" encoding="UTF-8"?>
<!--
  params.xsl: THE parameters of every tei-edition stylesheet (HTML site, print). Included by
  common/tei-base.xsl, so every entry stylesheet sees them. The TypeScript side
  (src/render-html/params.ts) fills them from the edition config and build facts; defaults here keep
  a stylesheet runnable from the xslt3 command line on a single TEI file.

  Parameters are plain strings unless noted. Page-specific inputs (the memo collection, previous/next
  memo, map and network data) are declared in the entry stylesheet that uses them.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">

  <!-- ── The edition (edition.json) ─────────────────────────────────────────────────────── -->
  <!-- Edition title and subtitle, shown in every page header and in citations. -->
  <xsl:param name="edition-title" as="xs:string" select="'Untitled edition'"/>
  <xsl:param name="edition-subtitle" as="xs:string" select="''"/>
  <!-- Editors, joined with "; " (config.editors). -->
  <xsl:param name="edition-editors" as="xs:string" select="''"/>
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <!-- Where the HTML edition is published, without a trailing slash: memo URI = {base-url}/memo/{id}.html. -->
  <xsl:param name="base-url" as="xs:string" select="'https://example.org/edition'"/>
  <xsl:param name="edition-version" as="xs:string" select="'0.0.0'"/>
  <!-- ISO language code of the edition's apparatus (html/@lang). -->
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>
  <xsl:param name="licence-name" as="xs:string" select="''"/>
  <xsl:param name="licence-url" as="xs:string" select="''"/>
  <!-- Comma-separated keywords (config.keywords), for citation_keywords. -->
  <xsl:param name="edition-keywords" as="xs:string" select="''"/>

  <!-- ── Build facts (injected; stylesheets never read the clock) ────────────────────────── -->
  <!-- Build or release date, YYYY-MM-DD. -->
  <xsl:param name="build-date" as="xs:string" select="'1970-01-01'"/>
  <xsl:param name="tool-version" as="xs:string" select="'0.0.0'"/>

  <!-- ── Shared data ───────────────────────────────────────────────────────────────────── -->
  <!-- The edition register (register.xml, a TEI document with listPerson/listPlace/listOrg). -->
  <xsl:param name="register" as="document-node()?" select="()"/>

  <!-- ── Labels (the apparatus language; change them to localize the site) ───────────────── -->
  <xsl:param name="label-home" as="xs:string" select="'Memos'"/>
  <xsl:param name="label-persons" as="xs:string" select="'Persons'"/>
  <xsl:param name="label-places" as="xs:string" select="'Places'"/>
  <xsl:param name="label-orgs" as="xs:string" select="'Organisations'"/>
  <xsl:param name="label-chronology" as="xs:string" select="'Chronology'"/>
  <xsl:param name="label-map" as="xs:string" select="'Map'"/>
  <xsl:param name="label-network" as="xs:string" select="'Network'"/>
  <xsl:param name="label-search" as="xs:string" select="'Search'"/>
  <xsl:param name="label-summary" as="xs:string" select="'Summary'"/>
  <xsl:param name="label-notes" as="xs:string" select="'Notes'"/>
  <xsl:param name="label-provenance" as="xs:string" select="'Source and provenance'"/>
  <xsl:param name="label-entities" as="xs:string" select="'Persons, places and organisations in this memo'"/>
  <xsl:param name="label-cite-paragraph" as="xs:string" select="'Cite this paragraph'"/>
  <xsl:param name="label-cite-memo" as="xs:string" select="'Cite this memo'"/>
  <xsl:param name="label-download-tei" as="xs:string" select="'Download the TEI encoding'"/>
  <xsl:param name="label-previous" as="xs:string" select="'Previous memo'"/>
  <xsl:param name="label-next" as="xs:string" select="'Next memo'"/>
  <xsl:param name="label-introduction" as="xs:string" select="'Introduction'"/>
  <xsl:param name="label-truncated" as="xs:string" select="'The text breaks off here: the source page is incomplete.'"/>
</xsl:stylesheet>
