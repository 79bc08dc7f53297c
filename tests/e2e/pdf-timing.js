// Shared by the PDF timing test and the browser benchmark (tests/bench/browser.mjs).

/** Wraps the page's Worker to time each request and reply. */
export function timeWorker() {
  const Native = window.Worker;
  const times = { posted: [], received: [] };
  window.__pdfTimes = times;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.pdf) times.received.push(performance.now());
      });
    }

    postMessage(message, transfer) {
      times.posted.push(performance.now());
      return super.postMessage(message, transfer);
    }
  };
}
