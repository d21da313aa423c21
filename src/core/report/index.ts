// The report: a pure model of what it shows, and a jsPDF renderer that takes its fonts as bytes.
export * from './model-types';
export * from './model';
export * from './render';
export * from './charset';
export * from './sanitise';
