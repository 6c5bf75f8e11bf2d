import type { StageContext } from '../edition.ts';

/** The edition config and build facts as the parameters declared in xslt/params.xsl. */
export function baseParams(ctx: StageContext): Record<string, unknown> {
  const c = ctx.config;
  return {
    'edition-title': c.title,
    'edition-subtitle': c.subtitle ?? '',
    'edition-editors': (c.editors ?? []).join('; '),
    'edition-publisher': c.publisher ?? '',
    'base-url': (c.baseUrl ?? '').replace(/\/+$/, ''),
    'edition-version': c.version ?? '',
    'edition-language': c.language || 'en',
    'licence-name': c.licence?.name ?? '',
    'licence-url': c.licence?.url ?? '',
    'edition-keywords': (c.keywords ?? []).join(', '),
    'build-date': ctx.build.date,
    'tool-version': ctx.build.toolVersion,
  };
}
