import { EventForm } from '@/components/events/event-form';

export default function NewEventPage() {
  return (
    <>
      <h1>New event</h1>
      <EventForm />
    </>
  );
}
