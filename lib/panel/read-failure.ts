/** Why a page could not be read, in words a practitioner can act on. */
export type ReadFailureReason = 'no-permission' | 'browser-page' | 'no-tab' | 'failed';

export interface ReadFailure {
  reason: ReadFailureReason;
  message: string;
}

const BROWSER_PAGE = /chrome:\/\/|edge:\/\/|about:|chrome-extension:\/\/|moz-extension:\/\/|extensions gallery|cannot be scripted|Cannot access a chrome|view-source:|devtools:\/\//i;
const NO_PERMISSION = /Cannot access contents of|must request permission|Missing host permission|permission to access/i;
const NO_TAB = /No tab with id|No current window|Invalid tab ID/i;

/** Maps an error from injecting the reader to a reason and a plain message. */
export function explainReadFailure(error: unknown): ReadFailure {
  const text = error instanceof Error ? error.message : String(error);
  if (BROWSER_PAGE.test(text))
    return { reason: 'browser-page', message: 'This is a browser page. Open a case page in this tab to see guidance.' };
  if (NO_PERMISSION.test(text))
    return {
      reason: 'no-permission',
      message:
        'Case guidance is not enabled for this site. To read this page, right-click it and choose "Open case guidance" (or use the toolbar button); you can then enable the site so the panel follows you through it.',
    };
  if (NO_TAB.test(text)) return { reason: 'no-tab', message: 'The tab this panel was reading has closed.' };
  return { reason: 'failed', message: `The page could not be read (${text.slice(0, 200)}).` };
}
