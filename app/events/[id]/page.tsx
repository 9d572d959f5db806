import { notFound } from 'next/navigation';
import { EventDetail } from '@/components/events/event-detail';

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  return <EventDetail id={Number(id)} />;
}
