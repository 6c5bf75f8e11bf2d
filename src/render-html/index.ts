/** The HTML reading edition (issue 4): renderSite writes output/html/ from the TEI and the register. */
export { renderSite, memoPageParams, HTML_STYLESHEETS, type RenderSiteOptions } from './render-site.ts';
export { baseParams } from './params.ts';
export { buildSearchIndex, searchDocs, SEARCH_OPTIONS, type SearchDoc } from './search-index.ts';
export { mapData } from './map-data.ts';
export { networkData, coMentions, layout } from './network-data.ts';
export { introToXml } from './intro.ts';
export { readFacts, type Facts, type MemoFacts, type EntityFacts } from './facts.ts';
