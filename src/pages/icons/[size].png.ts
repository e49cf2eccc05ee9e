import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';

/** PNG icons for the manifest, rendered at build time from the site's SVG icon. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { size: '192' } }, { params: { size: '512' } }];

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = await readFile(resolve('public/icon.svg'));
  const png = await sharp(svg, { density: 300 }).resize(size, size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
