<?xml version="1.0" encoding="UTF-8"?>
<!--
  A compact ISO Schematron (2016/2020) to XSLT 3.0 compiler, for queryBinding xslt2/xslt3.
  SchXslt is not on npm, so tei-edition carries this one; it implements the part of ISO
  Schematron that tei-edition.sch uses:

    ns, schema-level let (→ overridable xsl:param), pattern, rule (first matching rule per
    pattern wins, ISO §6.5), rule-level let, assert, report, value-of, name, emph/dir/span,
    and top-level xsl:key / xsl:function / xsl:variable elements copied through (the variables
    are evaluated per document, as locals of the template that checks one document).

  One extension, a foreign attribute on sch:rule (ISO Schematron allows them):
    tesch:outcome-key="XPath" (xmlns:tesch="urn:tei-edition:schematron-runtime"): an atomic key
    of the context node such that, within one document, nodes with equal keys pass or fail the
    rule's tests alike. The tests are then evaluated once per distinct key. A wrong key would
    change the results: the schema author vouches for it.

  Not supported (refused with a message, so nothing is silently skipped): abstract patterns and
  rules, extends, phases, diagnostics, properties, include.

  The generated stylesheet returns a JSON array of failures (from the initial template
  tesch:batch, a JSON array of such arrays, one per document of $tesch-docs):
    { "id": assert/@id, "role": @role (default "error"), "path": "1/2/5/@ref", "msg": text }
  where path lists element child positions from the root element (so the caller can find the
  node, and its line, in its own parse of the document).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:axsl="urn:tei-edition:alias-xsl"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tesch="urn:tei-edition:schematron-runtime"
                exclude-result-prefixes="sch xs tesch">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes"/>

  <xsl:variable name="RT" select="'urn:tei-edition:schematron-runtime'"/>

  <xsl:template match="/sch:schema">
    <xsl:if test="not(@queryBinding = ('xslt2', 'xslt3'))">
      <xsl:message terminate="yes">iso-sch-to-xslt: queryBinding must be xslt2 or xslt3</xsl:message>
    </xsl:if>
    <xsl:for-each select="sch:phase | sch:diagnostics | sch:properties | sch:include | sch:extends
                          | sch:pattern[@abstract = 'true'] | sch:pattern[@is-a] | .//sch:rule[@abstract = 'true'] | .//sch:extends">
      <xsl:message terminate="yes">iso-sch-to-xslt: &lt;<xsl:value-of select="name()"/>&gt; is not supported</xsl:message>
    </xsl:for-each>
    <axsl:stylesheet version="3.0" exclude-result-prefixes="#all">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:namespace name="tesch" select="$RT"/>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <axsl:output method="json" indent="no"/>
      <xsl:for-each select="sch:let">
        <axsl:param name="{@name}" select="{@value}"/>
      </xsl:for-each>
      <!-- Batch mode (initial template tesch:batch): the documents, and per document its $edition
           and $file, as parallel sequences. One transform over many documents pays saxon-js's fixed
           cost per transform (it walks the whole compiled stylesheet) once for all of them. -->
      <axsl:param name="tesch-docs" as="document-node()*" select="()"/>
      <axsl:param name="tesch-editions" as="item()*" select="()"/>
      <axsl:param name="tesch-files" as="xs:string*" select="()"/>
      <xsl:copy-of select="xsl:key | xsl:function | xsl:param" copy-namespaces="no"/>

      <axsl:function name="tesch:path" as="xs:string">
        <axsl:param name="n" as="node()"/>
        <axsl:sequence select="string-join($n/ancestor-or-self::*[1]/ancestor-or-self::*/string(count(preceding-sibling::*) + 1), '/') || (if ($n instance of attribute()) then '/@' || name($n) else '')"/>
      </axsl:function>

      <axsl:template match="/">
        <axsl:call-template name="tesch:check">
          <axsl:with-param name="edition" select="$edition"/>
          <axsl:with-param name="file" select="$file"/>
        </axsl:call-template>
      </axsl:template>

      <!-- One array of failures per document of $tesch-docs, in their order. -->
      <axsl:template name="tesch:batch">
        <axsl:variable name="tesch-all" as="array(*)*">
          <axsl:for-each select="$tesch-docs">
            <axsl:variable name="tesch-i" select="position()"/>
            <axsl:call-template name="tesch:check">
              <axsl:with-param name="edition" select="$tesch-editions[$tesch-i]"/>
              <axsl:with-param name="file" select="$tesch-files[$tesch-i]"/>
            </axsl:call-template>
          </axsl:for-each>
        </axsl:variable>
        <axsl:sequence select="array{{$tesch-all}}"/>
      </axsl:template>

      <!-- The failures of the context document. The schema's top-level xsl:variables become local
           variables here: they describe one document (its prefixDefs, its dates), so in a batch
           each document needs its own. $edition and $file shadow the global parameters. -->
      <axsl:template name="tesch:check" as="array(*)">
        <axsl:param name="edition"/>
        <axsl:param name="file"/>
        <xsl:copy-of select="xsl:variable" copy-namespaces="no"/>
        <axsl:variable name="tesch-e" select="//*"/>
        <axsl:variable name="tesch-results" as="map(*)*">
          <xsl:apply-templates select="sch:pattern"/>
        </axsl:variable>
        <axsl:sequence select="array{{$tesch-results}}"/>
      </axsl:template>
    </axsl:stylesheet>
  </xsl:template>

  <!-- Each rule's context pattern becomes a selection from the document root; a node already
       taken by an earlier rule of the same pattern is left out (first matching rule wins).
       Selecting is much faster on SaxonJS than walking every node through template rules. -->
  <xsl:template match="sch:pattern">
    <xsl:variable name="p" select="position()"/>
    <xsl:for-each select="sch:rule">
      <xsl:variable name="var" select="'tesch-p' || $p || '-r' || position()"/>
      <!-- Earlier rules whose context can share no node with this one (different names) need not
           be excepted: an except costs saxon-js two sorts. -->
      <xsl:variable name="mine" select="tesch:names(tesch:branches(@context))"/>
      <xsl:variable name="earlier" select="for $r in preceding-sibling::sch:rule
        return let $theirs := tesch:names(tesch:branches($r/@context))
        return if (exists($mine) and exists($theirs) and empty($mine[. = $theirs])) then ()
          else '$tesch-p' || $p || '-r' || (count($r/preceding-sibling::sch:rule) + 1)"/>
      <xsl:variable name="select" select="tesch:select(tesch:branches(@context))"/>
      <axsl:variable name="{$var}" select="{if (empty($earlier)) then $select else '(' || $select || ') except (' || string-join($earlier, ' | ') || ')'}"/>
      <xsl:variable name="prefilter" select="tesch:prefilter(.)"/>
      <xsl:choose>
        <!-- tesch:outcome-key: the schema vouches that, within a document, the rule's tests come
             out the same on any two of its nodes with equal keys (e.g. the same pointer on the
             same kind of element). The tests then run once per key: the pointer rule meets ~130
             @ref per memo but only ~35 distinct ones. Nodes whose key failed keep document order. -->
        <xsl:when test="@tesch:outcome-key and $prefilter != ''">
          <axsl:variable name="{$var}-failed" as="xs:anyAtomicType*">
            <axsl:for-each-group select="${$var}" group-by="{@tesch:outcome-key}">
              <axsl:if test="exists(.{$prefilter})">
                <axsl:sequence select="current-grouping-key()"/>
              </axsl:if>
            </axsl:for-each-group>
          </axsl:variable>
          <axsl:for-each select="if (empty(${$var}-failed)) then () else ${$var}[({@tesch:outcome-key}) = ${$var}-failed]">
            <xsl:apply-templates select="sch:let"/>
            <xsl:apply-templates select="sch:assert | sch:report"/>
          </axsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <axsl:for-each select="${$var}{$prefilter}">
            <xsl:apply-templates select="sch:let"/>
            <xsl:apply-templates select="sch:assert | sch:report"/>
          </axsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A predicate that keeps only the nodes where some assert fails or some report fires: the
       rule's lets become XPath let clauses, so a passing node costs one expression instead of a
       variable per let and an xsl:if per test. The full rule body then runs on the kept nodes.
       (current() would change meaning inside a predicate: such rules are not pre-filtered.) -->
  <xsl:function name="tesch:prefilter" as="xs:string">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="tests" select="($rule/sch:assert ! ('not(' || @test || ')'), $rule/sch:report ! ('(' || @test || ')'))"/>
    <xsl:variable name="lets" select="$rule/sch:let ! ('$' || @name || ' := (' || @value || ')')"/>
    <xsl:sequence select="
      if (empty($tests) or $rule//@*[contains(., 'current()')]) then ''
      else '[' || (if (exists($lets)) then 'let ' || string-join($lets, ', ') || ' return ' else '') || string-join($tests, ' or ') || ']'"/>
  </xsl:function>

  <!-- Splits a pattern at top-level "|" (outside brackets, parentheses and string literals) -->
  <xsl:function name="tesch:branches" as="xs:string*">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:variable name="chars" select="string-to-codepoints($pattern) ! codepoints-to-string(.)"/>
    <xsl:iterate select="$chars">
      <xsl:param name="depth" select="0"/>
      <xsl:param name="quote" select="''"/>
      <xsl:param name="current" select="''"/>
      <xsl:param name="done" select="()" as="xs:string*"/>
      <xsl:on-completion select="($done, normalize-space($current))[. != '']"/>
      <xsl:variable name="c" select="."/>
      <xsl:choose>
        <xsl:when test="$quote != ''">
          <xsl:next-iteration>
            <xsl:with-param name="quote" select="if ($c = $quote) then '' else $quote"/>
            <xsl:with-param name="current" select="$current || $c"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = ('&quot;', &quot;'&quot;)">
          <xsl:next-iteration>
            <xsl:with-param name="quote" select="$c"/>
            <xsl:with-param name="current" select="$current || $c"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = '|' and $depth = 0">
          <xsl:next-iteration>
            <xsl:with-param name="current" select="''"/>
            <xsl:with-param name="done" select="($done, normalize-space($current))"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="depth" select="$depth + (if ($c = ('[', '(')) then 1 else if ($c = (']', ')')) then -1 else 0)"/>
            <xsl:with-param name="current" select="$current || $c"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- What a rule's branches can match, as "element:local-name" and "attribute:local-name"
       (a plain name, @name, or name/@name), or nothing when a branch could match other nodes
       (wildcards, predicates, longer paths). Prefixes are dropped: two prefixes may stand for one
       namespace, and equal local names are then counted as a possible overlap. -->
  <xsl:function name="tesch:names" as="xs:string*">
    <xsl:param name="branches" as="xs:string*"/>
    <xsl:variable name="name" select="'[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?'"/>
    <xsl:variable name="names" select="$branches ! (
      if (matches(., '^' || $name || '$')) then 'element:' || replace(., '^.*:', '')
      else if (matches(., '^(' || $name || '/)?@' || $name || '$')) then 'attribute:' || replace(., '^.*[@:]', '')
      else '?')"/>
    <xsl:sequence select="if ($names = '?') then () else distinct-values($names)"/>
  </xsl:function>

  <!-- The selection for a rule's branches. Plain attribute names (@a | @b) and plain element
       names (tei:x | tei:y) are gathered into one step over $tesch-e, so the elements are walked
       once per rule rather than once per branch. -->
  <xsl:function name="tesch:select" as="xs:string">
    <xsl:param name="branches" as="xs:string*"/>
    <xsl:variable name="name" select="'[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?'"/>
    <xsl:variable name="atts" select="$branches[matches(., '^@' || $name || '$')]"/>
    <xsl:variable name="els" select="$branches[matches(., '^' || $name || '$')]"/>
    <!-- name/@a | other/@a: the attribute of the elements with one of those names -->
    <xsl:variable name="owned" select="$branches[matches(., '^' || $name || '/@' || $name || '$')]"/>
    <xsl:variable name="rest" select="$branches[not(. = ($atts, $els, $owned))]"/>
    <!-- A filter ($tesch-e[…]) and a simple map ($tesch-e ! @a) keep the document order of
         $tesch-e, so saxon-js has no nodes to sort, as it has after a path step ($tesch-e/…). -->
    <xsl:sequence select="string-join((
      if (count($atts) = 1) then '$tesch-e ! ' || $atts
      else if (exists($atts)) then '$tesch-e/(' || string-join($atts, ' | ') || ')' else (),
      if (exists($els)) then '$tesch-e[' || string-join($els ! ('self::' || .), ' or ') || ']' else (),
      for $a in distinct-values($owned ! substring-after(., '/@'))
      return '$tesch-e[' || string-join($owned[substring-after(., '/@') = $a] ! ('self::' || substring-before(., '/@')), ' or ') || '] ! @' || $a,
      $rest ! tesch:from-root(.)), ' | ')"/>
  </xsl:function>

  <!-- A relative pattern matches the nodes that //pattern selects from the root. Patterns that
       start with an element or attribute step select from $tesch-e (every element, gathered once)
       instead, so each rule does not walk the whole tree again; positional predicates keep the
       // form, where position means position among siblings. "a//b" (two plain names) is every b
       inside an a, and "a[p]" (one step with non-positional predicates) is every a where p holds:
       filters of $tesch-e, with no nodes to sort (a path step, $tesch-e/self::a[p], sorts them). -->
  <xsl:function name="tesch:from-root" as="xs:string">
    <xsl:param name="branch" as="xs:string"/>
    <xsl:variable name="name" select="'[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?'"/>
    <xsl:sequence select="
      if (starts-with($branch, '/')) then $branch
      else if (matches($branch, '^' || $name || '//' || $name || '$')) then
        '$tesch-e[self::' || substring-after($branch, '//') || '][ancestor::' || substring-before($branch, '//') || ']'
      else if (matches($branch, 'position\(\)|last\(\)|\[\s*[0-9]')) then '//' || $branch
      else if (starts-with($branch, '@') or starts-with($branch, 'attribute::')) then '$tesch-e/' || $branch
      else if (matches($branch, '^(\*|[A-Za-z_][\w.\-]*(:[A-Za-z_*][\w.\-]*)?)(\[[^\[\]]*\])+$')) then '$tesch-e[self::' || $branch || ']'
      else if (matches($branch, '^(\*|[A-Za-z_][\w.\-]*(:[A-Za-z_*][\w.\-]*)?)(\[|/|$)')) then '$tesch-e/self::' || $branch
      else '//' || $branch"/>
  </xsl:function>

  <xsl:template match="sch:rule/sch:let">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report">
    <xsl:variable name="role" select="(@role, ../@role, 'error')[1]"/>
    <xsl:variable name="test" select="if (self::sch:assert) then 'not(' || @test || ')' else string(@test)"/>
    <axsl:if test="{$test}">
      <axsl:variable name="tesch-msg">
        <xsl:apply-templates select="node()" mode="message"/>
      </axsl:variable>
      <axsl:sequence select="map{{'id': '{@id}', 'role': '{$role}', 'path': tesch:path(.), 'msg': normalize-space($tesch-msg)}}"/>
    </axsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="message">
    <axsl:text><xsl:value-of select="."/></axsl:text>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of select="{@select}" separator=" "/>
  </xsl:template>
  <xsl:template match="sch:name" mode="message">
    <axsl:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>
  <xsl:template match="sch:emph | sch:dir | sch:span" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>
  <xsl:template match="*" mode="message">
    <xsl:message terminate="yes">iso-sch-to-xslt: &lt;<xsl:value-of select="name()"/>&gt; is not supported in a message</xsl:message>
  </xsl:template>
</xsl:stylesheet>
