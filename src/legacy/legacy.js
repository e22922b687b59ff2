/* global TEXT, showContactIn */
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
 * It sends the officer first to the web app (the site's index.html: the same assistant on an .xlsx file, no Excel
 * needed), and names the province's contact (lien-he.json, when IT deployed one; else generic words).
 * The words live in src/legacy/messages.json; scripts/deploy.js wraps this file as function(TEXT, CONTACT){…},
 * with contactView.js (showContactIn) before it.
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

function element(tag, text, lang) {
  var e = document.createElement(tag);
  if (text) e.appendChild(document.createTextNode(text));
  if (lang) e.setAttribute("lang", lang);
  return e;
}

function link(href, text) {
  var a = element("a", text || href);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

/** The page in one language: title, why, the web app, the versions that work, Excel on the web, the fix, help. */
function section(words, lang, headingTag, webAppUrl) {
  var box = element("section", "", lang);
  var heading = element(headingTag, words.title);
  heading.style.fontSize = headingTag === "h1" ? "20px" : "16px";
  heading.style.lineHeight = "1.3";
  box.appendChild(heading);
  box.appendChild(element("p", words.why));
  var app = element("p", words.webAppBefore);
  app.appendChild(link(webAppUrl));
  app.appendChild(document.createTextNode(words.webAppAfter));
  app.style.fontWeight = "600";
  box.appendChild(app);
  box.appendChild(element("p", words.worksIn));
  var ul = element("ul");
  for (var i = 0; i < words.versions.length; i++) ul.appendChild(element("li", words.versions[i]));
  box.appendChild(ul);
  var web = element("p", words.webBefore);
  web.appendChild(link(words.webLink));
  web.appendChild(document.createTextNode(words.webAfter));
  box.appendChild(web);
  box.appendChild(element("p", words.fix));
  var help = element("p", words.help);
  help.setAttribute("data-help", lang);
  box.appendChild(help);
  return box;
}

function showLegacyPage() {
  whenParsed(function () {
    var root = document.getElementById("root") || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var main = element("main");
    main.id = "giamngheo-legacy";
    main.style.fontFamily = "'Segoe UI', Tahoma, Arial, sans-serif";
    main.style.fontSize = "14px";
    main.style.lineHeight = "1.5";
    main.style.padding = "12px 16px";
    main.style.color = "#242424";
    main.style.wordWrap = "break-word"; // a long address wraps rather than widen a 320px pane (IE11 too)
    var a = document.createElement("a");
    a.href = "index.html";
    var webAppUrl = a.href; // resolved against the page: an address the officer can copy
    main.appendChild(section(TEXT.vi, "vi", "h1", webAppUrl));
    var en = section(TEXT.en, "en", "h2", webAppUrl);
    en.style.marginTop = "24px";
    en.style.color = "#616161";
    en.style.borderTop = "1px solid #d1d1d1";
    main.appendChild(en);
    root.appendChild(main);
    document.title = TEXT.vi.title;
    showContactIn(main, TEXT);
  });
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
