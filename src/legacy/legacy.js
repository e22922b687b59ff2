/* global TITLE */
/*
 * The task pane's first script, ES5 only (the build checks it with acorn, ecmaVersion 5). It decides whether the
 * pane's bundle may load at all:
 *
 *  1. runtime test: the APIs React 19 and Fluent UI v9 need (Internet Explorer 11 and EdgeHTML lack some);
 *  2. syntax test: it loads probe.js, written in the newest syntax the bundle uses; an engine that cannot parse
 *     it never sets the flag.
 *
 * Only when both pass does it add the bundle's scripts (listed in this script tag's data-bundle), after the
 * document is parsed, so office.js (the next script in <head>) has run first. Otherwise it shows, in Vietnamese
 * and English, which Excel versions run the add-in, and the bundle is never requested.
 * That page is legacy-page.js (src/legacy/legacyPage.js), fetched only then: this script runs in every task pane
 * before anything else, so it stays small. scripts/deploy.js wraps it as function(TITLE){…}, TITLE being the page's
 * title in each language (src/legacy/messages.json), for when legacy-page.js cannot be fetched.
 */
"use strict";

var FLAG = "giamngheoSyntaxOk";
var boot = document.getElementById("giamngheo-boot");

function has(object, name, type) {
  return object !== undefined && object !== null && typeof object[name] === type;
}

/** What the bundle calls without a polyfill: missing in IE11 (Promise, Symbol, Proxy…) or EdgeHTML (globalThis…). */
function runtimeSupported() {
  try {
    var g = window;
    return (
      has(g, "Promise", "function") &&
      has(g.Promise, "allSettled", "function") &&
      has(g, "Map", "function") &&
      has(g, "Set", "function") &&
      has(g, "WeakMap", "function") &&
      has(g, "WeakRef", "function") &&
      has(g, "Symbol", "function") &&
      has(g, "Proxy", "function") &&
      has(g, "Reflect", "object") &&
      has(g, "globalThis", "object") &&
      has(g, "queueMicrotask", "function") &&
      has(g, "requestAnimationFrame", "function") &&
      has(g, "MutationObserver", "function") &&
      has(g.Object, "fromEntries", "function") &&
      has(g.Object, "hasOwn", "function") &&
      has(g.Array.prototype, "flatMap", "function") &&
      has(g.Array.prototype, "at", "function") &&
      has(g.String.prototype, "replaceAll", "function") &&
      has(g.Element.prototype, "closest", "function") &&
      has(g.CSS, "supports", "function") &&
      g.CSS.supports("--giamngheo", "0")
    );
  } catch (_e) {
    return false;
  }
}

function whenParsed(then) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
  else then();
}

function loadBundle() {
  var list = (boot && boot.getAttribute("data-bundle")) || "";
  var srcs = list.split(" ");
  var head = document.getElementsByTagName("head")[0];
  for (var i = 0; i < srcs.length; i++) {
    if (!srcs[i]) continue;
    var s = document.createElement("script");
    s.src = srcs[i];
    // Dynamically added scripts run as soon as they arrive unless async is off: keep the bundle's order.
    s.async = false;
    head.appendChild(s);
  }
}

/**
 * The page saying which Excel versions work is a script of its own (legacy-page.js, with its words and the
 * province's contact reader), fetched only here: a runtime that runs the pane never downloads it. If it cannot be
 * fetched, the title and the web app's address still show.
 */
function showLegacyPage() {
  var page = document.createElement("script");
  page.src = (boot && boot.getAttribute("data-page")) || "legacy-page.js";
  page.onerror = function () {
    whenParsed(showTitleOnly);
  };
  document.getElementsByTagName("head")[0].appendChild(page);
}

function showTitleOnly() {
  var root = document.getElementById("root") || document.body;
  while (root.firstChild) root.removeChild(root.firstChild);
  var main = document.createElement("main");
  main.id = "giamngheo-legacy";
  main.style.fontFamily = "'Segoe UI', Tahoma, Arial, sans-serif";
  main.style.padding = "12px 16px";
  var a = document.createElement("a");
  a.href = "index.html";
  a.appendChild(document.createTextNode(a.href));
  for (var lang in TITLE) {
    var h = document.createElement("p");
    h.setAttribute("lang", lang);
    h.appendChild(document.createTextNode(TITLE[lang]));
    main.appendChild(h);
  }
  main.appendChild(a);
  root.appendChild(main);
  document.title = TITLE.vi;
}

function checkSyntaxThenLoad() {
  var probe = document.createElement("script");
  probe.src = (boot && boot.getAttribute("data-probe")) || "probe.js";
  probe.onload = function () {
    if (window[FLAG] === true) whenParsed(loadBundle);
    else showLegacyPage();
  };
  // The probe could not be fetched (a network hiccup, not an old engine): let the bundle try.
  probe.onerror = function () {
    whenParsed(loadBundle);
  };
  document.getElementsByTagName("head")[0].appendChild(probe);
}

if (runtimeSupported()) checkSyntaxThenLoad();
else showLegacyPage();
