/**
 * The current window of a programme and the countdown to the next one, on the school's calendar
 * (app/time.ts). Only confirmed windows count: an unknown date is shown as such, never counted down.
 * Pure.
 */
import type { ValueStatus, WindowKind } from "../../vocabulary";
import { calendarDaysBetween } from "../time";

export type DatedWindow = {
  kind: WindowKind;
  status: ValueStatus;
  opensOn: string | null;
  closesOn: string | null;
  year: number;
};

export type WindowNow<W extends DatedWindow> = {
  /** Open today, soonest closing first. */
  current: (W & { daysLeft: number })[];
  /** The next one to open after today. */
  next: (W & { daysToOpen: number }) | null;
};

export function windowsNow<W extends DatedWindow>(windows: readonly W[], today: string): WindowNow<W> {
  const known = windows.filter(
    (w): w is W & { opensOn: string; closesOn: string } => w.status === "known" && !!w.opensOn && !!w.closesOn,
  );
  const current = known
    .filter((w) => w.opensOn <= today && today <= w.closesOn)
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn))
    .map((w) => ({ ...w, daysLeft: calendarDaysBetween(today, w.closesOn) }));
  const upcoming = known.filter((w) => w.opensOn > today).sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
  return { current, next: upcoming ? { ...upcoming, daysToOpen: calendarDaysBetween(today, upcoming.opensOn) } : null };
}
