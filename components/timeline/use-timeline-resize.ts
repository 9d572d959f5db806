import { useEffect, useRef, useState, type RefObject } from 'react';

/** The narrowest track drawn, however narrow the screen (the lanes then scroll sideways). */
const MIN_TRACK_WIDTH = 200;

/**
 * The width of the time track: the lanes' body less the label column, followed as the body is
 * resized. `trackWidthRef` gives it to gesture handlers attached once, without re-attaching them.
 */
export function useTimelineResize(bodyRef: RefObject<HTMLElement | null>, labelWidth: number) {
  const [bodyWidth, setBodyWidth] = useState(1200);
  const trackWidth = Math.max(MIN_TRACK_WIDTH, bodyWidth - labelWidth);
  const trackWidthRef = useRef(trackWidth);

  useEffect(() => {
    const element = bodyRef.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) setBodyWidth(width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [bodyRef]);

  useEffect(() => {
    trackWidthRef.current = trackWidth;
  }, [trackWidth]);

  return { trackWidth, trackWidthRef };
}
