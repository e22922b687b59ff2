/* global TEXT, showContactIn */
/*
 * legacy-page.js: the page legacy.js shows, instead of the pane, in a runtime that cannot run the bundle (Internet
 * Explorer 11, EdgeHTML, an old Safari). It says, in Vietnamese and English, which Excel versions run the add-in,
 * sends the officer first to the web app (the site's index.html: the same assistant on an .xlsx file, no Excel
 * needed), and names the province's contact (lien-he.json, when IT deployed one; else generic words).
 * ES5. The words live in src/legacy/messages.json; scripts/deploy.js wraps this file as function(TEXT, CONTACT){…},
 * with contactView.js (showContactIn) before it.
 */
"use strict";

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

function showPage() {
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
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showPage);
else showPage();
