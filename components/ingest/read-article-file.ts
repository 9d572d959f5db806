/** Elements that are page furniture, not the article. */
const NOISE = 'script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption';

/**
 * Reads a dropped .txt or .html file. HTML is reduced to its article text: the <article> (or
 * <main>, or <body>) without scripts and page furniture, one paragraph per block.
 */
export async function readArticleFile(file: File): Promise<string> {
  const raw = await file.text();
  const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(raw);
  if (!isHtml) return raw;
  const document = new DOMParser().parseFromString(raw, 'text/html');
  document.querySelectorAll(NOISE).forEach((element) => element.remove());
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const blocks = [...root.querySelectorAll('h1, h2, h3, p, li, blockquote')]
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  return (blocks.length ? blocks.join('\n\n') : root.textContent ?? '').trim();
}
