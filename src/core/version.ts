/** The app's version; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
/** The app name and version as written into the `app` field of saved files. */
export const APP_LABEL = `FinePrint ${APP_VERSION}`;
