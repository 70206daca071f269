import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  dailyEventCalendar,
  escapeText,
  foldLine,
  oneOffEventCalendar,
  parseDate,
  parseTime,
} from '../src/export/ics.js';
import { createEnvelope, parseEnvelope, stringifyEnvelope, type Validation } from '../src/export/json.js';
import { markdown } from '../src/export/markdown.js';
import { downloadText } from '../src/export/download.js';
import { datedFileName } from '../src/export/file-name.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const lines = (text: string) => unfold(text).split('\r\n');

describe('src/export', () => {
  afterEach(() => sinon.restore());

  describe('ics', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 20, 15, 7));

    it('escapes backslash, semicolon, comma and line breaks', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    });

    it('folds lines at 75 octets without splitting a character, and unfolds to the original', () => {
      const long = `DESCRIPTION:${'é'.repeat(40)}${'🙂'.repeat(30)}${'x'.repeat(90)}`;
      const folded = foldLine(long);
      const parts = folded.split('\r\n');
      expect(parts.length).to.be.greaterThan(3);
      parts.forEach((part, i) => {
        expect(octets(part)).to.be.at.most(75);
        if (i > 0) expect(part.startsWith(' ')).to.equal(true);
        expect(part).to.not.contain('\uFFFD');
      });
      expect(unfold(folded)).to.equal(long);
      expect(foldLine('SHORT:line')).to.equal('SHORT:line');
    });

    it('reads times and dates, and refuses what is not one', () => {
      expect(parseTime('21:00')).to.deep.equal({ hours: 21, minutes: 0 });
      expect(parseTime('7:05')).to.deep.equal({ hours: 7, minutes: 5 });
      expect(parseTime('07:05:30')).to.deep.equal({ hours: 7, minutes: 5 });
      for (const bad of ['', '24:00', '12:60', 'nine', '21h00']) expect(parseTime(bad), bad).to.equal(undefined);
      expect(parseDate('2026-12-01')?.getDate()).to.equal(1);
      expect(parseDate('2026-02-30')).to.equal(undefined);
      expect(parseDate('1 Dec')).to.equal(undefined);
    });

    it('writes a daily event at a floating local time, with CRLF line endings', () => {
      const text = dailyEventCalendar({
        time: '21:30',
        summary: 'Check-in, together; gently',
        description: 'Two questions.\nThen rest.',
        now,
        startDate: new Date(2026, 10, 24),
        uid: 'fixed@alliance-elements',
      });
      expect(text.endsWith('\r\n')).to.equal(true);
      expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
      const all = lines(text);
      expect(all[0]).to.equal('BEGIN:VCALENDAR');
      expect(all).to.include('VERSION:2.0');
      expect(all.some((l) => l.startsWith('PRODID:'))).to.equal(true);
      expect(all).to.include('BEGIN:VEVENT');
      expect(all).to.include('END:VEVENT');
      expect(all[all.length - 2]).to.equal('END:VCALENDAR');
      expect(all).to.include('DTSTART:20261124T213000');
      expect(all).to.include('RRULE:FREQ=DAILY');
      expect(all).to.include('UID:fixed@alliance-elements');
      expect(all).to.include('DTSTAMP:20261123T201507Z');
      expect(all).to.include('SUMMARY:Check-in\\, together\\; gently');
      expect(all).to.include('DESCRIPTION:Two questions.\\nThen rest.');
      expect(all).to.include('DURATION:PT15M');
      expect(all).to.include('BEGIN:VALARM');
    });

    it('gives each file its own UID unless one is given', () => {
      const uid = (text: string) => lines(text).find((l) => l.startsWith('UID:'));
      const a = dailyEventCalendar({ time: '21:00', summary: 'x' });
      const b = dailyEventCalendar({ time: '21:00', summary: 'x' });
      expect(uid(a)).to.match(/^UID:[0-9a-f]{32}@alliance-elements$/);
      expect(uid(a)).to.not.equal(uid(b));
    });

    it('writes a one-off event: all day, or at a time', () => {
      const allDay = lines(oneOffEventCalendar({ date: '2026-12-31', summary: 'Revisit our alliance', now, alarm: false }));
      expect(allDay).to.include('DTSTART;VALUE=DATE:20261231');
      expect(allDay).to.include('DTEND;VALUE=DATE:20270101');
      expect(allDay.some((l) => l.startsWith('RRULE'))).to.equal(false);
      expect(allDay).to.not.include('BEGIN:VALARM');
      const timed = lines(oneOffEventCalendar({ date: new Date(2027, 0, 2), time: '09:15', summary: 'x', now, durationMinutes: 90 }));
      expect(timed).to.include('DTSTART:20270102T091500');
      expect(timed).to.include('DURATION:PT90M');
    });

    it('refuses a time or date it cannot read', () => {
      expect(() => dailyEventCalendar({ time: '25:00', summary: 'x' })).to.throw(RangeError);
      expect(() => oneOffEventCalendar({ date: 'tomorrow', summary: 'x' })).to.throw(RangeError);
      expect(() => oneOffEventCalendar({ date: '2026-01-01', time: 'noon', summary: 'x' })).to.throw(RangeError);
    });
  });

  describe('json', () => {
    type Data = { items: string[] };
    const validate = (data: unknown): Validation<Data> =>
      typeof data === 'object' && data !== null && Array.isArray((data as Data).items) && (data as Data).items.every((i) => typeof i === 'string')
        ? { value: data as Data }
        : { problems: ['"items" must be a list of texts'] };
    const options = { kind: 'test', version: 2, validate };

    it('wraps data in a versioned envelope and reads it back', () => {
      const now = new Date(Date.UTC(2026, 0, 2));
      expect(createEnvelope('test', 2, { items: [] }, now)).to.deep.equal({
        format: 'alliance-elements/test',
        version: 2,
        exportedAt: '2026-01-02T00:00:00.000Z',
        data: { items: [] },
      });
      const result = parseEnvelope(stringifyEnvelope('test', 1, { items: ['a', 'b'] }, now), options);
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(result.value.data.items).to.deep.equal(['a', 'b']);
        expect(result.value.version).to.equal(1);
      }
    });

    const refusals: [string, string, string][] = [
      ['not JSON', '{"format": ', 'not-json'],
      ['a list', '[1, 2]', 'not-an-export'],
      ['null', 'null', 'not-an-export'],
      ['another app', '{"format":"someone-else/test","version":1,"data":{}}', 'not-an-export'],
      ['another kind', '{"format":"alliance-elements/worksheet","version":1,"data":{}}', 'wrong-kind'],
      ['no version', '{"format":"alliance-elements/test","data":{"items":[]}}', 'not-an-export'],
      ['a newer version', '{"format":"alliance-elements/test","version":3,"data":{"items":[]}}', 'newer-version'],
      ['bad data', '{"format":"alliance-elements/test","version":1,"data":{"items":[1]}}', 'bad-data'],
    ];
    for (const [what, text, code] of refusals) {
      it(`refuses ${what} with a problem a person can read, without throwing`, () => {
        const result = parseEnvelope(text, options);
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.problems[0].code).to.equal(code);
          expect(result.problems[0].message).to.be.a('string').and.not.equal('');
        }
      });
    }

    it('survives a validator that throws, and a byte-order mark', () => {
      const throwing = parseEnvelope('{"format":"alliance-elements/test","version":1,"data":{}}', {
        ...options,
        validate: () => {
          throw new Error('boom');
        },
      });
      expect(throwing.ok).to.equal(false);
      const bom = parseEnvelope('\uFEFF{"format":"alliance-elements/test","version":1,"data":{"items":[]}}', options);
      expect(bom.ok).to.equal(true);
    });
  });

  describe('markdown', () => {
    it('joins headings, paragraphs, quotes and lists with blank lines, keeping people’s words', () => {
      const text = markdown([
        { heading: 'Check-in', level: 1 },
        { heading: '  Monday\n 23  ', level: 9 },
        { paragraph: 'Sam:' },
        { quote: 'first line\r\n\r\n# not a heading <b>' },
        { list: ['Sam: 4', 'Alex: 3'] },
      ]);
      expect(text).to.equal(
        '# Check-in\n\n###### Monday 23\n\nSam:\n\n> first line\n>\n> # not a heading <b>\n\n- Sam: 4\n- Alex: 3\n',
      );
    });
  });

  describe('download', () => {
    it('saves text through a temporary link to an object URL, leaving nothing behind', async () => {
      let seen: { name: string; href: string; inDocument: boolean } | undefined;
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        seen = { name: this.download, href: this.href, inDocument: this.isConnected };
      });
      expect(downloadText('notes.md', '# Hello\nwörld', 'text/markdown')).to.equal(true);
      expect(seen?.name).to.equal('notes.md');
      expect(seen?.href.startsWith('blob:')).to.equal(true);
      expect(seen?.inDocument).to.equal(true);
      expect(document.querySelector('a[download]')).to.equal(null);
      const response = await fetch(seen!.href);
      expect(await response.text()).to.equal('# Hello\nwörld');
      expect(response.headers.get('content-type') ?? '').to.contain('text/markdown');
    });

    it('returns false instead of throwing where the browser refuses', () => {
      sinon.stub(URL, 'createObjectURL').throws(new Error('blocked'));
      expect(downloadText('a.txt', 'x')).to.equal(false);
    });

    it('names files by date, safely', () => {
      expect(datedFileName('check-ins', 'json', new Date(2026, 10, 3))).to.equal('check-ins-2026-11-03.json');
      expect(datedFileName('a/b:c', 'md', new Date(2026, 0, 1))).to.equal('a-b-c-2026-01-01.md');
    });
  });
});
