import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ArticleFromPage {
  title: string | null;
  /** the article's text, paragraphs separated by blank lines */
  text: string;
  publisher: string | null;
  /** YYYY-MM-DD when the page says */
  published: string | null;
  /** ISO 639-1 when the page says and it is one the extractor reads */
  language: string | null;
}

export class NotAnArticleError extends Error {}

const LANGUAGES = new Set(['en', 'it', 'fr', 'de', 'es']);
/** Fewer characters than this is a front page, a paywall or an error page, not a report. */
const MIN_ARTICLE_CHARS = 200;
const BLOCKS = 'p, h1, h2, h3, h4, li, blockquote, pre';

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const found = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content');
    if (found?.trim()) return found.trim();
  }
  return null;
}

function toDay(value: string | null | undefined): string | null {
  const day = value ? /\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : null;
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

/** The article's blocks as text, one paragraph per block, as a wire report is pasted. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const paragraphs = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paragraphs.join('\n\n');
}

/**
 * A news page reduced to its article (Mozilla's Readability on a server-side DOM), with what the
 * page says of itself: publisher, day of publication and language. Plain text pages are taken whole.
 */
export function readArticle(body: string, contentType: string, url: string): ArticleFromPage {
  const host = new URL(url).hostname.replace(/^www\./, '');
  if (/^text\/plain/i.test(contentType)) {
    const text = body.trim();
    if (text.length < MIN_ARTICLE_CHARS) throw new NotAnArticleError('Not an article: the page has too little text');
    return { title: null, text, publisher: host, published: null, language: null };
  }
  const { document } = parseHTML(body);
  const pageLanguage = (document.documentElement.getAttribute('lang') ?? meta(document, 'og:locale', 'language') ?? '').slice(0, 2).toLowerCase();
  const published = toDay(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued')) ?? toDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const publisher = meta(document, 'og:site_name', 'application-name') ?? host;
  const parsed = new Readability(document as unknown as Document).parse();
  const text = parsed?.content ? blocksToText(parsed.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) throw new NotAnArticleError('Not an article: no report could be found on the page');
  const language = LANGUAGES.has(pageLanguage) ? pageLanguage : parsed?.lang && LANGUAGES.has(parsed.lang.slice(0, 2)) ? parsed.lang.slice(0, 2) : null;
  return { title: parsed?.title?.trim() || null, text, publisher: parsed?.siteName?.trim() || publisher, published: published ?? toDay(parsed?.publishedTime), language };
}
