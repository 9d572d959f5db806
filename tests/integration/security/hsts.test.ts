import { describe, expect, it } from 'vitest';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Finding 10 of issue 13: no Strict-Transport-Security when served over https.
const behindProxy = startProductionServerForFile({ TRUSTED_PROXIES: '127.0.0.1' });
const fetchHsts = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return response.headers.get('strict-transport-security');
};

describe('Strict-Transport-Security', () => {
  it('is sent when a trusted proxy says the request came over https', async () => {
    expect(await fetchHsts(`${behindProxy.url}/api/me`, { 'x-forwarded-proto': 'https' })).toMatch(/max-age=\d{8}/);
    expect(await fetchHsts(`${behindProxy.url}/`, { 'x-forwarded-proto': 'https' })).toMatch(/max-age=\d{8}/);
  });

  it('is not sent over plain http', async () => {
    expect(await fetchHsts(`${behindProxy.url}/api/me`)).toBeNull();
  });
});

describe('Strict-Transport-Security with an https PUBLIC_URL', () => {
  const app = startProductionServerForFile({ PUBLIC_URL: 'https://summitry.example.org' });
  it('is sent on every answer', async () => {
    expect(await fetchHsts(`${app.url}/api/me`)).toMatch(/max-age=\d{8}/);
  });
});
