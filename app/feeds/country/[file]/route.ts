import { formatCountryName, isCountryCode } from '@/lib/events/countries';
import { answerNotFound } from '@/lib/feeds';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { createFeedRoute } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute((_request, params) => {
  const code = readFeedFileName(params.file)?.toUpperCase();
  if (!code || !isCountryCode(code)) return answerNotFound('No such country: use a two-letter ISO code such as US.ics.');
  const name = formatCountryName(code) ?? code;
  return {
    filter: { country: [code] },
    name: `Summitry – ${name}`,
    description: `Events in ${name} or with its representatives.`,
    filename: `summitry-${code}.ics`,
  };
});
