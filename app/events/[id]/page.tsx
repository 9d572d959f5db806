import { notFound } from 'next/navigation';
import { EventDetail } from '@/components/events/event-detail';
import { requireSignInToRead } from '../../_lib/require-sign-in-to-read';

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  await requireSignInToRead(`/events/${id}`);
  return <EventDetail id={Number(id)} />;
}
