// The physical limit for a badge: set it once at start, with nothing to compute or read.
chrome.action.setBadgeText({ text: '!' });
chrome.action.setBadgeBackgroundColor({ color: '#C5221F' });
chrome.action.setTitle({ title: 'Reference' });
