// Read an iCalendar file the way ical.js (Thunderbird, many web calendars) does and print,
// as JSON, each VEVENT's UID, time zone and start and end in UTC (seconds since 1970).
// Usage: node icaljs_times.mjs <path of ical.js's module file> < calendar.ics
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const ICAL = (await import(pathToFileURL(process.argv[2]).href)).default;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(0, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    zone: event.startDate.zone.tzid,
    start: event.startDate.toUnixTime(),
    end: event.endDate.toUnixTime(),
  };
});
process.stdout.write(JSON.stringify(events));
