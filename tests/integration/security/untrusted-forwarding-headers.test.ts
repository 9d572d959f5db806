import { describe, expect, it } from 'vitest';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Finding 10 of issue 13, the other half: an https claim from a client that is not a trusted proxy
// is not believed (no HSTS, which would otherwise pin plain-http installs to https).
const app = startProductionServerForFile();

describe('without TRUSTED_PROXIES', () => {
  it('ignores X-Forwarded-Proto from the client', async () => {
    const response = await fetch(`${app.url}/api/me`, { headers: { 'x-forwarded-proto': 'https' } });
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
