import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getCompany } from '../data/queries';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The link-preview image, drawn at build time from the company profile. */
export const GET: APIRoute = async () => {
  const company = await getCompany();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#1e1b4b"/>
  <rect x="60" y="60" width="1080" height="510" rx="32" fill="#312e81"/>
  <text x="120" y="280" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="84" font-weight="700" fill="#ffffff">${escapeXml(company.name)}</text>
  <text x="120" y="380" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="56" fill="#c7d2fe">Interview Guide</text>
  <text x="120" y="470" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="32" fill="#e0e7ff">Hiring steps · reported questions · salaries · experiences</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
