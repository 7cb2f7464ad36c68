import eventsCsv from './events.csv?raw';
import { parseEvents } from './events';

export const events = parseEvents(eventsCsv);
