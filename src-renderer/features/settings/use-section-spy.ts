import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { activeSection, type SectionBox, type SettingsSectionId } from './sections';

/** The element id of a section's card and of its heading. */
export const sectionElementId = (id: SettingsSectionId) => `settings-${id}`;
export const headingElementId = (id: SettingsSectionId) => `settings-${id}-title`;

/**
 * A jump keeps its section at the top for this long while the cards above it are still loading (their
 * data arrives after the page is drawn and pushes the section down), unless the user scrolls first.
 */
const HOLD_MS = 2000;
const USER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Pixels below the fixed header from which a section counts as "in view": its card's scroll-margin-top (set in CSS). */
function lineOf(element: HTMLElement): number {
  return (parseFloat(getComputedStyle(element).scrollMarginTop) || 0) + 8;
}

/**
 * The section of 系统设置 in view (`active`), updated as the window scrolls or the page's height changes,
 * and `jump(id)`: scroll the section's card to the top (below the header) and move the focus to its
 * heading, for the mouse and the keyboard alike. The window is the page's scroller (ui/Shell: AppShell).
 */
export function useSectionSpy(ids: readonly SettingsSectionId[], addressed: SettingsSectionId | undefined, container: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState<SettingsSectionId | undefined>(ids[0]);
  const key = ids.join(' ');
  const addressedRef = useRef(addressed);
  addressedRef.current = addressed;

  const measure = useCallback(() => {
    const elements = key
      .split(' ')
      .map((id) => document.getElementById(sectionElementId(id as SettingsSectionId)))
      .filter((element): element is HTMLElement => element !== null);
    if (elements.length === 0) return;
    const boxes: SectionBox[] = elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { id: element.dataset.section as SettingsSectionId, top: rect.top, bottom: rect.bottom };
    });
    const root = document.documentElement;
    const atBottom = window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    setActive(activeSection(boxes, { line: lineOf(elements[0]!), viewportHeight: window.innerHeight, atBottom, addressed: addressedRef.current }));
  }, [key]);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const resizes = new ResizeObserver(schedule);
    if (container.current) resizes.observe(container.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resizes.disconnect();
    };
  }, [measure, container]);

  // The addressed section counts at the page's end (activeSection): measured again when the address changes.
  useEffect(measure, [addressed, measure]);

  const stopHolding = useRef<() => void>(() => {});
  useEffect(() => () => stopHolding.current(), []);

  const jump = useCallback(
    (id: SettingsSectionId) => {
      const section = document.getElementById(sectionElementId(id));
      const heading = document.getElementById(headingElementId(id));
      if (!section || !heading) return;
      stopHolding.current();
      const place = () => section.scrollIntoView({ block: 'start', behavior: 'instant' });
      place();
      heading.focus({ preventScroll: true });
      setActive(id);
      // Hold the section in place while the cards above it finish loading; the user's own scrolling ends the hold.
      const holder = new ResizeObserver(place);
      if (container.current) holder.observe(container.current);
      const timer = window.setTimeout(() => stopHolding.current(), HOLD_MS);
      const stop = () => {
        holder.disconnect();
        window.clearTimeout(timer);
        for (const type of USER_SCROLLS) window.removeEventListener(type, stop, true);
        stopHolding.current = () => {};
      };
      for (const type of USER_SCROLLS) window.addEventListener(type, stop, true);
      stopHolding.current = stop;
    },
    [container],
  );

  return { active, jump };
}
