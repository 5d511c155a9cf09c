export {};

/** Probes the end-to-end tests place on the page. */
declare global {
  interface Window {
    __longTasks?: number[];
    __pasted?: number;
    __done?: number;
    __clipboard?: DataTransfer;
  }
}
