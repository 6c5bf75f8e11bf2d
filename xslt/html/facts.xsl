<?xml version="1.0" encoding="UTF-8"?>
<!--
  facts.xsl: what the edition-wide pages need to know about ONE memo, computed from that memo's TEI
  alone, so it runs per memo, on worker threads, and is cached by the memo's content like the memo
  page (src/parallel/memo-facts.ts). The edition-wide pages (site.xsl) are then built from these
  compact facts (src/render-html/site-data.ts), never from every memo's tree at once. The text rules
  (what counts as the words of a paragraph, te:plain) stay with the other TEI rules.

  Source: the memo TEI (no register: what the register says of an entity is asked once per edition,
  initial template "entities" below). Output (JSON):
  { "blocks":   { <block id>: { text, anchor, where } }   each paragraph, title and summary holding a
                  mention, as te:plain reads it, with every name and date marked (te:marked),
    "facts":    { id, title, date, dateLabel, year, archive, summary: <block id> | '',
                  paragraphs: [{ pid, n, block, marks }], entities[] }   (search index, network),
    "home":     { source, persons[], summary }   summary: the home page's rendering of the
                  abstract (div.memo-summary) serialized as XML, '' without abstract,
    "mentions": ["mark TAB block TAB text TAB ref TAB kind"]   every mention (abstract, then the
                  text, in document order); text only when the block does not show it,
    "dates":    ["mark TAB block TAB text TAB when TAB cert"]  dates of the body (chronology) }
  site-data.ts (memoSiteFacts) cuts the plain text and the keyword-in-context of each mention from
  the marked blocks.

  Initial template facts-streams: the same facts of each memo of parameter $memos as one marked
  string (each block read once, no node identities, several memos per transform: a fraction of the
  time of the above on saxon-js), which src/parallel/facts-task.ts reads; see "Facts stream" below.
  The result above stays the reference: facts-task.ts takes it for a memo the stream cannot describe.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:te="urn:x-tei-edition" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:import href="../common/tei-base.xsl"/>
  <!-- The summary is rendered here as the home page shows it (entity links from layout.xsl). -->
  <xsl:include href="layout.xsl"/>
  <xsl:output method="json" indent="no"/>

  <!-- The site pages sit at the site root. -->
  <xsl:variable name="root" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="tei" select="TEI"/>
    <xsl:variable name="summary" select="te:summary($doc)"/>
    <!-- Every mention of the memo, in document order (the abstract, in the header, first). Register
         id once per distinct @ref (regular expressions are slow here); the kind from it is a few
         prefix tests (te:mention-kind), cheaper per mention than a second map keyed by @ref and name. -->
    <xsl:variable name="mentions" as="element()*" select="($tei/text, $summary)/descendant::*[@ref][self::persName or self::placeName or self::orgName or self::name]"/>
    <xsl:variable name="ids" as="map(xs:string, xs:string)" select="map:merge(distinct-values($mentions/@ref) ! map{.: te:ref-id(.)})"/>
    <!-- Dates with a valid @when (YYYY, YYYY-MM, YYYY-MM-DD): te:html-datetime tests ASCII digits
         before \d, which costs some 30 µs a call on saxon-js. descendant::x[…], not //x[…] (here and
         below): saxon-js evaluates a predicate after // per parent. -->
    <xsl:variable name="dates" as="element()*" select="$tei/text/body/descendant::date[not(ancestor::opener)][te:html-datetime(@when) != '']"/>
    <xsl:variable name="paras" as="element()*" select="$tei/text/body/descendant::p[@xml:id]"/>
    <!-- Each block (paragraph, title, summary) is read once with every name and date marked (see
         te:marked); its plain text and each mention's context are cut from that string by
         src/render-html/site-data.ts (memoSiteFacts). The block of each mention and date is looked
         up once (te:context walks the ancestors; $mention-blocks[i] is the block of $mentions[i]),
         and the blocks are deduplicated by id in a map: sorting nodes into document order ("/.")
         costs more on saxon-js, and only lookups by id read the blocks (site-data.ts). -->
    <xsl:variable name="mention-blocks" as="element()*" select="$mentions ! te:context(.)"/>
    <xsl:variable name="date-blocks" as="element()*" select="$dates ! te:context(.)"/>
    <xsl:variable name="blocks" as="map(xs:string, element())" select="map:merge(($summary, $paras, $mention-blocks, $date-blocks) ! map{generate-id(.): .}, map{'duplicates': 'use-first'})"/>
    <xsl:variable name="marked" as="map(xs:string, xs:string)" select="map:for-each($blocks, function($id, $b) { map{$id: te:marked($b)} }) => map:merge()"/>
    <!-- A paragraph: its block, and its mentions (by marker id; their ids and kinds are in "mentions"). -->
    <xsl:variable name="paragraph" select="function($pid as xs:string, $n as xs:string, $block as element()) as map(*) {
      map{'pid': $pid, 'n': $n, 'block': generate-id($block),
          'marks': string-join($block/descendant::*[@ref][self::persName or self::placeName or self::orgName or self::name] ! generate-id(.), ' ')} }"/>
    <xsl:variable name="date" select="te:date($doc)"/>
    <xsl:sequence select="map{
      'blocks': map:for-each($blocks, function($id, $b) { map{$id: map{'text': $marked($id), 'anchor': te:anchor($b), 'where': te:anchor-label($b)}} }) => map:merge(),
      'facts': map{
        'id': te:memo-id($doc), 'title': te:title($doc), 'date': $date, 'dateLabel': te:date-label($doc),
        'year': substring($date, 1, 4), 'archive': te:archive($doc), 'summary': if ($summary) then generate-id($summary) else '',
        'paragraphs': array{
          if ($summary) then $paragraph('summary', '', $summary) else (),
          $paras ! $paragraph(string(@xml:id), te:para-number(.), .)
        },
        'entities': array{ distinct-values($mentions ! $ids(@ref)) }
      },
      'home': map{
        'source': te:source-statement($doc),
        'persons': array{ distinct-values($mentions[self::persName] ! $ids(@ref)) },
        'summary': string-join($summary ! serialize(te:home-summary(.), map{'method': 'xml', 'omit-xml-declaration': true()}), '')
      },
      'mentions': array{ for $i in 1 to count($mentions) return let $m := $mentions[$i], $id := $ids($m/@ref)
        return string-join((te:mark($m, $mention-blocks[$i], $marked), $id, te:mention-kind($id, $m)), '&#9;') },
      'dates': array{ for $i in 1 to count($dates) return let $d := $dates[$i]
        return string-join((te:mark($d, $date-blocks[$i], $marked), $d/@when, string($d/@cert)), '&#9;') }
    }"/>
  </xsl:template>

  <!-- Initial template "entities": what the register says of the entities of the edition (param
       $entity-ids), once per edition: [{ id, kind, name, inRegister, lat?, lon? }]; name is ' ' when the
       register has no name for the entity (te:entry-name's fallback, the entity's first mention in
       the edition, is applied by site-data.ts). -->
  <xsl:param name="entity-ids" as="xs:string*" select="()"/>
  <xsl:template name="entities">
    <xsl:sequence select="array{ $entity-ids ! te:entity-facts(.) }"/>
  </xsl:template>

  <xsl:function name="te:entity-facts" as="map(*)">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="entry" select="te:entry($id)"/>
    <xsl:variable name="geo" select="tokenize(normalize-space($entry/location/geo[1]), '[\s,]+')"/>
    <xsl:sequence select="map:merge((
      map{'id': $id, 'kind': te:entity-kind($id), 'name': te:entry-name($entry, ' '), 'inRegister': exists($entry)},
      if (count($geo) = 2 and ($geo[1] castable as xs:double) and ($geo[2] castable as xs:double))
      then map{'lat': xs:double($geo[1]), 'lon': xs:double($geo[2])} else ()))"/>
  </xsl:function>

  <xsl:function name="te:home-summary" as="element()">
    <xsl:param name="abstract" as="element()"/>
    <div class="memo-summary"><xsl:apply-templates select="$abstract/node()"/></div>
  </xsl:function>

  <!-- ════ Keyword in context ══════════════════════════════════════════════════════════════ -->

  <!-- The block a mention sits in: the nearest paragraph, title (head) or summary. The [1] on the
       reverse axis step is the nearest ancestor, found without collecting and sorting them all. -->
  <xsl:function name="te:context" as="element()">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="($m/ancestor::*[self::p[@xml:id] or self::head or self::abstract][1], $m/..)[1]"/>
  </xsl:function>

  <xsl:function name="te:anchor" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:sequence select="if ($ctx/self::p[@xml:id]) then string($ctx/@xml:id) else if ($ctx/self::head) then 'memo-title'
      else if ($ctx/ancestor-or-self::abstract) then 'summary' else 'text'"/>
  </xsl:function>

  <xsl:function name="te:anchor-label" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:sequence select="te:anchor-label($ctx, if ($ctx/self::p[@xml:id]) then te:para-number($ctx) else '')"/>
  </xsl:function>

  <!-- $n: te:para-number($ctx) when $ctx is a paragraph (each costs a pass over the memo's paragraphs). -->
  <xsl:function name="te:anchor-label" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:param name="n" as="xs:string"/>
    <xsl:sequence select="if ($ctx/self::p[@xml:id]) then '¶ ' || $n else if ($ctx/self::head) then 'title'
      else if ($ctx/ancestor-or-self::abstract) then 'summary' else 'text'"/>
  </xsl:function>

  <!-- The block's text as read (te:plain: brackets kept, notes out) with every name and date
       bracketed by private-use characters: U+E000 id U+E002 … U+E001 id U+E002 (id: generate-id). -->
  <xsl:function name="te:marked" as="xs:string">
    <xsl:param name="ctx" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$ctx/node()" mode="te:plain">
        <xsl:with-param name="te:mark-all" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="string-join($parts, '')"/>
  </xsl:function>

  <xsl:template match="persName | placeName | orgName | name | date" mode="te:plain">
    <xsl:param name="te:mark-all" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="$te:mark-all">
        <xsl:variable name="id" select="generate-id()"/>
        <xsl:sequence select="'&#xE000;' || $id || '&#xE002;'"/>
        <xsl:apply-templates mode="te:plain"/>
        <xsl:sequence select="'&#xE001;' || $id || '&#xE002;'"/>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where a name or date is in its block ($ctx: te:context($m)): the marker id, the block, and its text (te:plain) when
       the block does not show it (a name in a note, or in the unchosen reading of a choice), else ''. -->
  <xsl:function name="te:mark" as="xs:string+">
    <xsl:param name="m" as="element()"/>
    <xsl:param name="ctx" as="element()"/>
    <xsl:param name="marked" as="map(xs:string, xs:string)"/>
    <xsl:variable name="id" select="generate-id($m)"/>
    <xsl:variable name="block" select="generate-id($ctx)"/>
    <xsl:sequence select="$id, $block, if (contains($marked($block), '&#xE000;' || $id || '&#xE002;')) then '' else te:plain($m)"/>
  </xsl:function>

  <!-- ════ Facts stream ════════════════════════════════════════════════════════════════════ -->

  <!-- The facts above as one string (initial template facts-streams, read by src/parallel/facts-task.ts).
       The memo is read once: each block (the summary, every p[@xml:id] and head of the text, in
       document order) is read as te:plain reads it, with its names and dates marked where they
       are; a block's mentions are the names marked in it, in document order, so no node identity
       (generate-id) and no lookup per mention is needed. Fields are separated by private-use
       characters (facts-task.ts does not take this path for a memo that contains any of
       U+E000–U+E01F):
         counts and header: mentions E011 body dates E011 id E011 title E011 date E011 dateLabel
           E011 year E011 archive E011 source E011 home summary (as "home" above)
         per distinct @ref: E013 @ref E011 te:ref-id E011 its kind (te:mention-kind) for a
           persName, placeName, orgName, name
         per block: E010 anchor E011 where E011 pid E011 n E011 flags E012 marked text
           flags: S the summary, P a paragraph of "paragraphs", B in the body
         in the marked text: E000 element name E002 @ref E002 … E001 a name with @ref;
           E003 valid E002 @when E002 @cert E002 … E001 a date (valid: 1 when te:html-datetime
           takes @when); E004 … E005 what te:plain leaves out of a note (its names are mentions
           the block does not show); E006 a block inside the block.
       The counts let facts-task.ts check that every mention and every date of the body (not in
       the opener) was found in a block exactly where the reference would look for it; when not
       (a name outside any block, in the unchosen reading of a choice, a block in a block), it
       takes the reference result. -->
  <xsl:param name="memos" as="document-node()*" select="()"/>
  <xsl:variable name="te:stream" as="xs:boolean" select="exists($memos)"/>

  <!-- Initial template: the stream of each of $memos, separated by U+E01F. Memos are taken several
       at a time: a transform costs saxon-js about as much again in setting up as in reading one memo. -->
  <xsl:template name="facts-streams">
    <xsl:sequence select="string-join($memos ! te:facts-stream(.), '&#xE01F;')"/>
  </xsl:template>

  <!-- descendant::date[…], not //date[…]: saxon-js evaluates a predicate after // per parent. -->
  <xsl:function name="te:facts-stream" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="tei" select="$doc/TEI"/>
    <xsl:variable name="summary" select="te:summary($doc)"/>
    <xsl:variable name="body" select="$tei/text/body"/>
    <xsl:variable name="refs" select="($tei/text, $summary)/descendant::*[@ref][self::persName or self::placeName or self::orgName or self::name]/@ref"/>
    <xsl:variable name="date" select="te:date($doc)"/>
    <xsl:sequence select="string-join((
      string(count($refs)), string(count($body/descendant::date[not(ancestor::opener)])), te:memo-id($doc), te:title($doc), $date, te:date-label($doc),
      substring($date, 1, 4), te:archive($doc), te:source-statement($doc),
      string-join($summary ! serialize(te:home-summary(.), map{'method': 'xml', 'omit-xml-declaration': true()}), '')), '&#xE011;')
      || string-join(distinct-values($refs) ! (let $id := te:ref-id(.) return string-join(('&#xE013;' || ., $id, $te:name-elements ! te:mention-kind($id, .)), '&#xE011;')))
      || string-join(($summary, $tei/text/descendant::*[self::p[@xml:id] or self::head]) ! te:stream-block(., $body))"/>
  </xsl:function>

  <!-- One element of each kind of name, for te:mention-kind. -->
  <xsl:variable name="te:name-elements" as="element()+">
    <persName xmlns="http://www.tei-c.org/ns/1.0"/><placeName xmlns="http://www.tei-c.org/ns/1.0"/><orgName xmlns="http://www.tei-c.org/ns/1.0"/><name xmlns="http://www.tei-c.org/ns/1.0"/>
  </xsl:variable>

  <!-- A block of the stream; $body: the memo's body (dates of the chronology are there). -->
  <xsl:function name="te:stream-block" as="xs:string">
    <xsl:param name="b" as="element()"/>
    <xsl:param name="body" as="element()*"/>
    <xsl:variable name="n" select="if ($b/self::p[@xml:id]) then te:para-number($b) else ''"/>
    <xsl:variable name="in-body" select="exists($b/ancestor::body intersect $body)"/>
    <xsl:variable name="summary" select="exists($b/self::abstract)"/>
    <xsl:variable name="para" select="$in-body and exists($b/self::p)"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$b/node()" mode="te:plain"/>
    </xsl:variable>
    <xsl:sequence select="'&#xE010;' || string-join((te:anchor($b), te:anchor-label($b, $n), if ($summary) then 'summary' else if ($para) then string($b/@xml:id) else '',
      if ($para) then $n else '', (if ($summary) then 'SP' else if ($para) then 'P' else '') || (if ($in-body) then 'B' else '')), '&#xE011;')
      || '&#xE012;' || string-join($parts)"/>
  </xsl:function>

  <!-- In the stream (only there: $te:stream), te:plain marks each name with @ref and each date where
       it reads them; what it reads of them and around them stays text.xsl's. -->
  <xsl:template match="persName[@ref][$te:stream] | placeName[@ref][$te:stream] | orgName[@ref][$te:stream] | name[@ref][$te:stream]" mode="te:plain" priority="2">
    <xsl:sequence select="'&#xE000;' || local-name() || '&#xE002;' || @ref || '&#xE002;'"/>
    <xsl:apply-templates mode="te:plain"/>
    <xsl:sequence select="'&#xE001;'"/>
  </xsl:template>

  <xsl:template match="date[$te:stream]" mode="te:plain" priority="2">
    <xsl:sequence select="'&#xE003;' || (if (te:html-datetime(@when) != '') then '1' else '0') || '&#xE002;' || @when || '&#xE002;' || @cert || '&#xE002;'"/>
    <xsl:apply-templates mode="te:plain"/>
    <xsl:sequence select="'&#xE001;'"/>
  </xsl:template>

  <!-- A note: its content read as te:plain reads it, kept apart from the block's text (its names are
       mentions the block does not show), then the note as te:plain reads it in the block (nothing). -->
  <xsl:template match="note[$te:stream]" mode="te:plain" priority="2">
    <xsl:sequence select="'&#xE004;'"/>
    <xsl:apply-templates mode="te:plain"/>
    <xsl:sequence select="'&#xE005;'"/>
    <xsl:next-match/>
  </xsl:template>

  <!-- A block inside the block being read: facts-task.ts takes the reference result. -->
  <xsl:template match="p[@xml:id][$te:stream] | head[$te:stream] | abstract[$te:stream]" mode="te:plain" priority="2">
    <xsl:sequence select="'&#xE006;'"/>
    <xsl:next-match/>
  </xsl:template>
</xsl:stylesheet>
