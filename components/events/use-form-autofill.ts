'use client';

import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EventFormValues } from '@/lib/events/event-form-values';
import { usePeopleOptions, usePlaceOptions } from './use-options';

/**
 * Suggestions for the city and participant fields, and what choosing one fills in: a known city
 * its country and time zone, a known person their current office, only where still empty.
 */
export function useFormAutofill(form: UseFormReturn<EventFormValues>, city: string) {
  const [personQuery, setPersonQuery] = useState('');
  const { options: placeOptions, answers: placeQuery } = usePlaceOptions(city);
  const peopleOptions = usePeopleOptions(personQuery);

  /** Picking a known city fills its country and, when none is set, its time zone. */
  function fillPlace(value: string, options = placeOptions) {
    const typed = value.trim();
    let match = options.find((p) => p.city?.toLowerCase() === typed.toLowerCase());
    // "Pechino" or "Pékin" with Beijing as the only answer: the same city, saved under one name.
    if (!match && placeQuery === typed && options.length === 1 && typed.length >= 4) {
      match = options[0];
      if (match.city) form.setValue('city', match.city);
    }
    if (!match) return;
    if (!form.getValues('country')) form.setValue('country', match.country);
    if (match.timezone && !form.getValues('timezone')) form.setValue('timezone', match.timezone);
  }

  /** Picking a known person fills their current office where the row is still empty. */
  function fillPerson(index: number, value: string, options = peopleOptions) {
    const match = options.find((p) => p.name.toLowerCase() === value.trim().toLowerCase());
    if (!match) return;
    const row = form.getValues(`participants.${index}`);
    if (!row.role && match.role) form.setValue(`participants.${index}.role`, match.role);
    if (!row.organization && match.organization) form.setValue(`participants.${index}.organization`, match.organization);
    if (!row.country && match.country) form.setValue(`participants.${index}.country`, match.country);
  }

  // Options arrive after the typing that asked for them: apply an exact match once they do.
  useEffect(() => {
    const typed = form.getValues('city');
    if (typed) fillPlace(typed, placeOptions);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placeOptions]);
  useEffect(() => {
    form.getValues('participants').forEach((row, index) => fillPerson(index, row.name, peopleOptions));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [peopleOptions]);

  /** The participant name being typed asks for suggestions and takes a known person's office. */
  function typePersonName(index: number, value: string) {
    setPersonQuery(value);
    fillPerson(index, value);
  }

  return { placeOptions, peopleOptions, fillPlace, typePersonName };
}
