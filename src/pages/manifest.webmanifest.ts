import type { APIRoute } from 'astro';
import { getCompany } from '../data/queries';
import { paths, withBase } from '../lib/urls';

/** The web app manifest, so the guide can be installed and read offline like an app. */
export const GET: APIRoute = async () => {
  const company = await getCompany();
  const manifest = {
    name: `${company.name} Interview Guide`,
    short_name: `${company.name} Guide`,
    description: `How hiring works at ${company.name}: the process, every reported question, salaries and experiences.`,
    start_url: withBase(paths.home()),
    scope: withBase(paths.home()),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#3730a3',
    icons: [
      { src: withBase(paths.icon()), sizes: 'any', type: 'image/svg+xml' },
      { src: withBase(paths.iconPng(192)), sizes: '192x192', type: 'image/png' },
      { src: withBase(paths.iconPng(512)), sizes: '512x512', type: 'image/png' },
      { src: withBase(paths.iconPng(512)), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
