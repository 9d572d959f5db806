import { describe, expect, it } from 'vitest';
import { nameActor } from '../../../lib/auth/present-actor';

describe('an author named in a sentence', () => {
  it('is the account’s name, or says what kind of author it was', () => {
    expect(nameActor('user:Edith Editor')).toBe('Edith Editor');
    expect(nameActor('user:editor@example.org')).toBe('editor@example.org');
    expect(nameActor('token:nightly-import')).toBe('API token “nightly-import”');
    expect(nameActor('anonymous')).toBe('someone without an account');
  });
});
