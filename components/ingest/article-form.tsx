import { useState, type DragEvent, type FormEvent } from 'react';
import type { ArticleSource } from './use-article-source';
import { readArticleFile } from './read-article-file';

const LANGUAGES = [
  ['', 'Detect automatically'],
  ['en', 'English'],
  ['it', 'Italian'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
] as const;

interface ArticleFormProps {
  source: ArticleSource;
  updateSource: (patch: Partial<ArticleSource>) => void;
  onExtract: () => void;
  extracting: boolean;
  extractionError: string | null;
  onReadPage: () => void;
  readingPage: boolean;
  urlError: string | null;
}

/** The article to extract: its text (pasted or dropped as a file) or its address to read, and its source. */
export function ArticleForm({ source, updateSource, onExtract, extracting, extractionError, onReadPage, readingPage, urlError }: ArticleFormProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  const { text, url, publisher, published, language } = source;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim()) onExtract();
  }

  async function dropFile(event: DragEvent<HTMLTextAreaElement>) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    setFileError(null);
    if (!/\.(txt|html?)$/i.test(file.name) || file.size > 2_000_000) {
      setFileError('Drop a .txt or .html file under 2 MB.');
      return;
    }
    updateSource({ text: await readArticleFile(file) });
  }

  return (
    <form className="ingest-form event-form" onSubmit={submit} aria-label="Article to extract">
      <label htmlFor="article-text">Article text (paste, or drop a .txt or .html file)</label>
      <textarea id="article-text" value={text} onChange={(e) => updateSource({ text: e.target.value })} onDrop={dropFile} rows={12} maxLength={200_000} />
      {fileError && <p className="field-error">{fileError}</p>}
      <div className="row">
        <div>
          <label htmlFor="source-url">Source URL</label>
          <span className="url-reader">
            <input id="source-url" value={url} onChange={(e) => updateSource({ url: e.target.value })} placeholder="https://…" aria-invalid={Boolean(urlError)} aria-describedby={urlError ? 'source-url-error' : undefined} />
            <button type="button" onClick={onReadPage} disabled={!url.trim() || readingPage}>
              {readingPage ? 'Reading…' : 'Read the page'}
            </button>
          </span>
          {urlError && (
            <p id="source-url-error" role="alert" className="field-error">
              {urlError}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="source-publisher">Publisher</label>
          <input id="source-publisher" value={publisher} onChange={(e) => updateSource({ publisher: e.target.value })} />
        </div>
        <div>
          <label htmlFor="source-published">Published on</label>
          <input id="source-published" type="date" value={published} onChange={(e) => updateSource({ published: e.target.value })} />
        </div>
        <div>
          <label htmlFor="source-language">Language</label>
          <select id="source-language" value={language} onChange={(e) => updateSource({ language: e.target.value })}>
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" disabled={!text.trim() || extracting}>
          {extracting ? 'Extracting…' : 'Extract events'}
        </button>
      </div>
      {extractionError !== null && (
        <p role="alert" className="error-summary">
          {extractionError}
        </p>
      )}
    </form>
  );
}
