/** JSON-LD objects for the kinds of page the site has (schema.org vocabulary). */
import { familyPath } from './pairs';
import { IANA_REGISTRY_URL, SITE_NAME } from './site';

export function breadcrumbList(site: URL, trail: { label: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: t.label,
      item: new URL(t.path, site).href,
    })),
  };
}

export function codeTerm(code: number, name: string, description: string, family?: { slug: string; name: string }) {
  return {
    '@type': 'DefinedTerm',
    name: `${code} ${name}`,
    termCode: String(code),
    description,
    inDefinedTermSet: family
      ? { '@type': 'DefinedTermSet', name: `${family.name} close codes`, url: familyPath(family.slug) }
      : { '@type': 'DefinedTermSet', name: 'WebSocket Close Code Number Registry', url: IANA_REGISTRY_URL },
  };
}

export function techArticle(url: string, headline: string, description: string, about: unknown[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline,
    description,
    url,
    about,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME },
  };
}
