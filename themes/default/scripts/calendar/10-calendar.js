/*
 * keeptrack worksheets: calendar files (.ics) of a sheet's dates or weekly roster, loaded by
 * worksheet.js on the first click of a calendar button, and given that sheet's functions (ws).
 * Dates become all-day events with a reminder; a roster becomes weekly repeating events.
 *
 * Provides: keeptrack.calendar(ws, result), in the page's one global, window.keeptrack.
 * Uses: of the sheet's functions (ws, keeptrack.worksheet): sheet, field, answers, day, dateFits,
 * label, tableView, compose, say, download.
 */

var ws;

var WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/* A TEXT value (RFC 5545, 3.3.11): control characters other than a tab are not allowed in it
   (line breaks are written as \n), so they are left out. */
function icsText(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/* RFC 5545 lines are at most 75 octets; longer ones continue on lines that start with a space. */
function fold(line) {
  var out = [];
  var current = '';
  var octets = 0;
  Array.from(line).forEach(function (ch) {
    var size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  });
  out.push(current);
  return out.join('\r\n ');
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

function dateValue(date) {
  return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate());
}

/* The day each date question of a calendar of dates falls on, with its label: one event each. */
function datedEvents(result, answers) {
  return result.dates
    .map(function (id) {
      var date = ws.day(ws.field(id), answers);
      return date && { id: id, date: date, summary: ws.label(id) };
    })
    .filter(Boolean);
}

function calendarEvents(result, answers) {
  if (result.dates.length) {
    return datedEvents(result, answers);
  }
  return ws.tableView(ws.field(result.table), answers[result.table]);
}

function calendar(result, answers) {
  var now = new Date();
  var stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//keeptrack//handbook worksheet//JA',
    'CALSCALE:GREGORIAN', 'X-WR-CALNAME:' + icsText(result.title)];
  function allDay(uid, first, summary, extra) {
    var next = new Date(first.getTime());
    next.setDate(next.getDate() + 1);
    lines.push('BEGIN:VEVENT',
      'UID:' + ws.sheet.id + '-' + result.id + '-' + uid + '@keeptrack.invalid',
      'DTSTAMP:' + stamp,
      'DTSTART;VALUE=DATE:' + dateValue(first),
      /* The day after the last a date may be (9999-12-31) has no date: one day, as a duration. */
      ws.dateFits(next) ? 'DTEND;VALUE=DATE:' + dateValue(next) : 'DURATION:P1D',
      'SUMMARY:' + icsText(summary));
    lines.push.apply(lines, extra);
    lines.push('END:VEVENT');
  }
  if (result.dates.length) {
    datedEvents(result, answers).forEach(function (event) {
      /* A reminder at 9 in the morning of the day before. */
      allDay(event.id, event.date, event.summary, ['BEGIN:VALARM', 'ACTION:DISPLAY',
        'DESCRIPTION:' + icsText(event.summary), 'TRIGGER:-PT15H', 'END:VALARM']);
    });
  } else {
    ws.tableView(ws.field(result.table), answers[result.table]).forEach(function (row) {
      var first = new Date(now.getFullYear(), now.getMonth(), now.getDate());
      while (WEEKDAYS[first.getDay()] !== row.weekday) {
        first.setDate(first.getDate() + 1);
      }
      /* For the sheet's weeks only (result.weeks): a roster changes, and an old one must end. */
      allDay(row.weekday, first, ws.compose(result.template, row),
        ['RRULE:FREQ=WEEKLY;COUNT=' + result.weeks + ';BYDAY=' + row.weekday]);
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

(window.keeptrack = window.keeptrack || {}).calendar = function (sheet, result) {
  ws = sheet;
  var answers = ws.answers();
  if (!calendarEvents(result, answers).length) {
    ws.say(result.dates.length ? T.calendar_no_dates : T.calendar_empty);
    return;
  }
  ws.download(result.filename, 'text/calendar;charset=utf-8', calendar(result, answers));
  ws.say(T.calendar_saved);
};
