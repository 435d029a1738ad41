/// <reference types="google-apps-script" />
/**
 * The Apps Script services the server code uses, read from the global scope when a function
 * runs (never at load: custom functions run without authorisation and must not touch them).
 * Typed with @types/google-apps-script, so a misspelt method fails the type check.
 */
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
}

export function services(): Services {
  const g = globalThis as unknown as Partial<Services>;
  if (!g.SpreadsheetApp || !g.HtmlService || !g.PropertiesService) throw new Error('Apps Script services are not available here');
  return g as Services;
}

export function app(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return services().SpreadsheetApp;
}

/** The spreadsheet the script is bound to. */
export function active(): Spreadsheet {
  return app().getActiveSpreadsheet();
}

/** Whether a value is a Date of any realm (Apps Script's, or a test's). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
