/**
 * jsdom lacks a few browser APIs Fluent UI v9 uses (matchMedia for reduced motion, ResizeObserver for overflow
 * and positioning, scrollIntoView for focus). Minimal stand-ins so components render in tests.
 */
import { TextDecoder, TextEncoder } from "util";
import { deserialize, serialize } from "v8";

// jsdom has no TextEncoder (the Excel host estimates request sizes with it; the live-check test drives it).
if (typeof globalThis.TextEncoder !== "function")
  Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom's global object has no structuredClone (the xlsx host uses it); node's v8 round trip is equivalent here.
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = (<T>(value: T): T =>
    deserialize(serialize(value)) as T) as typeof structuredClone;
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
