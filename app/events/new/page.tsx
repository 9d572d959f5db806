import { EventForm } from '@/components/events/event-form';
import { requireSignInToRead } from '../../_lib/require-sign-in-to-read';

export default async function NewEventPage() {
  await requireSignInToRead('/events/new');
  return (
    <>
      <h1>New event</h1>
      <EventForm />
    </>
  );
}
