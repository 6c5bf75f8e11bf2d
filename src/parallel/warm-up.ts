import { loadGrammar, loadSchematron } from '../validate-tei/index.ts';
import { loadStylesheet } from '../run-xslt/index.ts';
import { HTML_STYLESHEETS } from '../render-html/stylesheets.ts';
import { loadMemoSheet } from './html-task.ts';
import { loadFactsSheet } from './facts-task.ts';

/**
 * What a long-lived process (serve) loads while it waits for the first edit: the grammar and rules
 * that validate a memo, and the stylesheets of memo pages, site facts and site pages. Each loader
 * keeps what it loaded for the process, so the first rebuild after an edit does not pay for them
 * (an unchanged edition's build loads none of them). A failure here is left to the build that
 * needs the part, which reports it as a diagnostic.
 */
export async function warmUp(): Promise<void> {
  try {
    loadGrammar();
    await Promise.all([loadSchematron(), loadMemoSheet(), loadFactsSheet(), loadStylesheet(HTML_STYLESHEETS.site)]);
  } catch {
    /* reported by the build that needs it */
  }
}
